#pragma once

#include "video/framesource.h"

#include <QByteArray>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace iocwall {

// Reads an HTTP MJPEG stream (multipart/x-mixed-replace of JPEGs, or any body
// of back-to-back JPEGs): cuts the body at the JPEG start and end markers and
// decodes each picture. QMediaPlayer shows no frame of such a stream. Each
// reader has its own network manager: one manager opens at most six
// connections to a host, and a wall has more cameras than that on one NVR.
class MjpegReader : public FrameSource {
    Q_OBJECT
public:
    explicit MjpegReader(QObject *parent = nullptr);
    ~MjpegReader() override;

    void open(const QUrl &url) override;
    void close() override;

    // Splits the complete JPEGs off the front of `buffer` (consumed), keeping
    // an incomplete one; exposed for tests.
    static QList<QByteArray> takeJpegs(QByteArray &buffer);

private:
    void onReadyRead();
    void onFinished();
    void decode(const QByteArray &jpeg);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_checkedHeaders = false;
    int m_frames = 0;
};

} // namespace iocwall
