#pragma once

#include "video/streamerror.h"

#include <QImage>
#include <QObject>
#include <QUrl>

namespace iocwall {

// Where a camera stream's pictures come from: one connection to one URL that
// decodes to QImage. CameraStream owns one and decides when to open it again.
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

    // An MJPEG reader for http(s) URLs that are not HLS; QMediaPlayer for the rest.
    static FrameSource *create(const QUrl &url, QObject *parent);
    static bool isMjpegUrl(const QUrl &url);

Q_SIGNALS:
    // A decoded picture; `sourceSize` is the size the camera sent.
    void frameDecoded(const QImage &frame, const QSize &sourceSize);
    void failed(iocwall::StreamError error, const QString &detail);

protected:
    // The size to scale a `source`-sized frame to (the source's own when it fits).
    QSize scaledSizeFor(const QSize &source) const;

private:
    QSize m_maxFrameSize;
};

} // namespace iocwall
