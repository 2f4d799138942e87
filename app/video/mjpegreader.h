#pragma once

#include "video/framesource.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace iocwall {

// Reads an HTTP MJPEG stream (multipart/x-mixed-replace of JPEGs, or any body
// of back-to-back JPEGs): cuts the body at the JPEG start and end markers and
// decodes each picture. QMediaPlayer shows no frame of such a stream. Each
// reader has its own network manager: one manager opens at most six
// connections to a host, and a wall has more cameras than that on one NVR.
// Pictures are decoded (and hashed) on the thread pool, never on the GUI
// thread; while one decodes, only the newest JPEG that arrives waits.
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
    void startDecoding(const QByteArray &jpeg);
    void onDecoded();

    struct Decoded {
        QImage image;
        QSize sourceSize;
        quint64 hash = 0;
    };

    QNetworkAccessManager *m_network;
    QFutureWatcher<Decoded> m_decoding;
    QByteArray m_waiting;     // the newest JPEG not yet decoded
    quint64 m_generation = 0; // bumped by close(): older pictures are dropped
    quint64 m_decodingGeneration = 0;
    int m_jpegs = 0; // JPEGs found in this connection's body
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_checkedHeaders = false;
    int m_frames = 0;
};

} // namespace iocwall
