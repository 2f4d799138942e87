#pragma once

#include "video/streamerror.h"
#include "video/videopicture.h"

#include <QImage>
#include <QObject>
#include <QUrl>

namespace iocwall {

// Where a camera stream's pictures come from: one connection to one URL that
// decodes to pictures. CameraStream owns one and decides when to open it again.
// Threading: created, used and emitting on one thread (the GUI thread).
class FrameSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void open(const QUrl &url) = 0;
    virtual void close() = 0;
    // Frames larger than this are scaled down once, at decode when the format
    // allows it; an invalid size keeps the source's size.
    void setMaxFrameSize(const QSize &size) { m_maxFrameSize = size; }

    // An MJPEG reader for http(s) URLs that are not HLS; a GStreamer pipeline
    // of our own (GstPipelineSource) for the rest. The environment variable
    // IOCWALL_VIDEO_BACKEND=qtmultimedia picks Qt Multimedia's QMediaPlayer
    // (MediaPlayerSource) instead, a fallback: it converts every frame twice
    // on the CPU (on 16 tiles: 18–20 instead of 24 fps, ~25 % more CPU per frame).
    static FrameSource *create(const QUrl &url, QObject *parent);
    static bool isMjpegUrl(const QUrl &url);
    // The same rule for any thread: `source` scaled to fit `max` when it is
    // much larger (more than 1.5 times in a dimension), else `source`.
    static QSize scaledSize(const QSize &source, const QSize &max);

Q_SIGNALS:
    // A decoded picture; `sourceSize` is the size the camera sent;
    // `pictureHash` is the picture's PictureHasher hash (or
    // FrameMeter::kNotHashed), computed where the frame was decoded so that
    // the receiving thread need not.
    void frameDecoded(const iocwall::VideoPicture &picture, const QSize &sourceSize,
                      quint64 pictureHash);
    void failed(iocwall::StreamError error, const QString &detail);

protected:
    // The size to scale a `source`-sized frame to (the source's own when it fits).
    QSize scaledSizeFor(const QSize &source) const { return scaledSize(source, m_maxFrameSize); }
    QSize maxFrameSize() const { return m_maxFrameSize; }

private:
    QSize m_maxFrameSize;
};

} // namespace iocwall
