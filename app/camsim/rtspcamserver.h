#pragma once

#include "simcamera.h"

#include <QList>
#include <QString>

#include <memory>

namespace iocwall {

// The RTSP half of the demo stream server (GstRtspServer on 127.0.0.1):
// rtsp://127.0.0.1:PORT/cam/<id>/main (1280×720) and …/sub (640×360), H.264 at
// 25 fps. One shared media per path; its pipeline is built when the first
// client plays and torn down after the last one leaves, so an unwatched camera
// costs nothing. TCP and UDP transports.
//
// Threading: the server runs its own GMainLoop in a thread of its own, started
// by start() and stopped (clients closed) by stop() or the destructor; the
// public calls belong to one thread.
class RtspCamServer {
public:
    static constexpr int kMainWidth = 1280, kMainHeight = 720;
    static constexpr int kSubWidth = 640, kSubHeight = 360;
    static constexpr int kFps = 25;

    RtspCamServer();
    ~RtspCamServer();
    RtspCamServer(const RtspCamServer &) = delete;
    RtspCamServer &operator=(const RtspCamServer &) = delete;

    // Listens on 127.0.0.1:`port` (0: any free port); false with `error` set
    // when the port cannot be had.
    bool start(quint16 port, const QList<SimCamera> &cameras, QString *error);
    void stop();
    quint16 port() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace iocwall
