#pragma once

#include "simcamera.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

namespace iocwall {

class CamHttpServer;
class RtspCamServer;

// The demo stream server: test cameras on 127.0.0.1 as RTSP (main 1280×720,
// sub 640×360), MJPEG and HLS, every stream encoded only while watched.
// iocwall-camsim runs it on its own; `iocwall --demo` runs it in-process.
//
//   rtsp://127.0.0.1:R/cam/<id>/main | …/sub
//   http://127.0.0.1:H/cam/<id>/mjpeg | …/snapshot.jpg | …/hls/index.m3u8
//
// Threading: lives in one thread (it may be moved before start()); the RTSP
// server runs its own GMainLoop thread, stopped by stop() or the destructor.
class CamStreamServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint16 rtspPort = 0; // 0: any free port
        quint16 httpPort = 0;
        QList<SimCamera> cameras;
    };

    explicit CamStreamServer(Options options, QObject *parent = nullptr);
    ~CamStreamServer() override;

    // Opens both ports; false with `error` naming the port or the missing
    // GStreamer element when it cannot.
    bool start(QString *error);
    void stop();

    const QList<SimCamera> &cameras() const { return m_options.cameras; }
    QString rtspBase() const; // rtsp://127.0.0.1:R
    QString httpBase() const; // http://127.0.0.1:H
    // {rtsp} and {http} for the URL templates of a camera list.
    QHash<QString, QString> placeholders() const;

    enum class Stream { RtspMain, RtspSub, Mjpeg, Snapshot, Hls };
    QUrl url(const QString &cameraId, Stream stream) const;

private:
    Options m_options;
    std::unique_ptr<RtspCamServer> m_rtsp;
    CamHttpServer *m_http = nullptr; // a child, so it moves with this object
};

} // namespace iocwall
