#pragma once

#include "simcamera.h"

#include <QByteArray>
#include <QObject>

namespace iocwall {

// One camera's JPEG frames (640×360, 25 fps) for MJPEG clients and snapshots:
// a videotestsrc → jpegenc → appsink pipeline that runs only while someone
// holds it (acquire/release). Frames arrive on GStreamer's streaming thread and
// are handed to this object's thread by queued call.
//
// Threading: every call and the frameReady signal belong to the object's thread.
class JpegFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kWidth = 640, kHeight = 360, kFps = 25;

    JpegFeed(SimCamera camera, QObject *parent = nullptr);
    ~JpegFeed() override;

    // The first holder starts the pipeline, the last one stops it.
    void acquire();
    void release();
    int holders() const { return m_holders; }
    // The newest frame (empty before the first).
    const QByteArray &lastFrame() const { return m_last; }

Q_SIGNALS:
    void frameReady(const QByteArray &jpeg);

private:
    void start();
    void stop();
    void deliver(const QByteArray &jpeg);

    SimCamera m_camera;
    void *m_pipeline = nullptr; // GstElement*: GStreamer stays out of this header
    int m_holders = 0;
    QByteArray m_last;
};

} // namespace iocwall
