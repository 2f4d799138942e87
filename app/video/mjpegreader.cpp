#include "video/mjpegreader.h"

#include <QtConcurrent/QtConcurrentRun>

#include "video/framemeter.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
// A picture larger than this is not a camera frame: the body is not MJPEG.
constexpr qsizetype kMaxJpegBytes = 16 * 1024 * 1024;

StreamError errorOf(QNetworkReply::NetworkError e, int httpStatus)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return StreamError::Refused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return StreamError::BadUrl;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return StreamError::Timeout;
    case QNetworkReply::RemoteHostClosedError:
        return StreamError::Ended;
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
        return StreamError::Refused;
    default:
        break;
    }
    if (httpStatus == 404 || httpStatus == 410)
        return StreamError::BadUrl;
    if (httpStatus >= 400)
        return StreamError::Refused;
    return StreamError::Other;
}
} // namespace

MjpegReader::MjpegReader(QObject *parent)
    : FrameSource(parent)
    , m_network(new QNetworkAccessManager(this))
{
    connect(&m_decoding, &QFutureWatcher<Decoded>::finished, this, &MjpegReader::onDecoded);
}

MjpegReader::~MjpegReader()
{
    close();
    m_decoding.waitForFinished(); // the task holds no pointer to us, but finish it here
}

void MjpegReader::open(const QUrl &url)
{
    close();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "multipart/x-mixed-replace, image/jpeg");
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QNetworkReply::readyRead, this, &MjpegReader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MjpegReader::onFinished);
}

void MjpegReader::close()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    m_buffer.clear();
    m_checkedHeaders = false;
    m_frames = 0;
    m_jpegs = 0;
    m_waiting.clear();
    ++m_generation;
}

QList<QByteArray> MjpegReader::takeJpegs(QByteArray &buffer)
{
    QList<QByteArray> jpegs;
    static const QByteArray soi("\xFF\xD8", 2);
    static const QByteArray eoi("\xFF\xD9", 2);
    qsizetype consumed = 0;
    while (true) {
        const qsizetype start = buffer.indexOf(soi, consumed);
        if (start < 0) {
            // Keep a trailing 0xFF: it may be the first half of the next marker.
            consumed = buffer.endsWith('\xFF') ? buffer.size() - 1 : buffer.size();
            break;
        }
        const qsizetype end = buffer.indexOf(eoi, start + 2);
        if (end < 0) {
            consumed = start;
            break;
        }
        jpegs.append(buffer.mid(start, end + 2 - start));
        consumed = end + 2;
    }
    buffer.remove(0, consumed);
    return jpegs;
}

void MjpegReader::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_checkedHeaders) {
        m_checkedHeaders = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString type =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
        if (status >= 400) {
            const StreamError e = errorOf(QNetworkReply::NoError, status);
            close();
            Q_EMIT failed(e, u"HTTP %1"_s.arg(status));
            return;
        }
        if (!type.isEmpty() && !type.startsWith(u"multipart/") && !type.startsWith(u"image/jpeg") &&
            !type.startsWith(u"application/octet-stream")) {
            close();
            Q_EMIT failed(StreamError::UnsupportedCodec, u"Content-Type: %1"_s.arg(type));
            return;
        }
    }
    m_buffer.append(m_reply->readAll());
    const QList<QByteArray> jpegs = takeJpegs(m_buffer);
    m_jpegs += int(jpegs.size());
    // Only the newest picture is worth decoding when several arrived at once.
    if (!jpegs.isEmpty())
        decode(jpegs.last());
    if (m_buffer.size() > kMaxJpegBytes) {
        close();
        Q_EMIT failed(StreamError::UnsupportedCodec, u"no JPEG frame in the first 16 MB"_s);
    }
}

void MjpegReader::decode(const QByteArray &jpeg)
{
    if (m_decoding.isRunning()) {
        m_waiting = jpeg; // a picture still waiting is simply replaced: the newest wins
        return;
    }
    startDecoding(jpeg);
}

void MjpegReader::startDecoding(const QByteArray &jpeg)
{
    m_decodingGeneration = m_generation;
    const QSize maxSize = maxFrameSize();
    m_decoding.setFuture(QtConcurrent::run([jpeg, maxSize] {
        QByteArray bytes = jpeg;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        const QSize source = reader.size();
        const QSize scaled = FrameSource::scaledSize(source, maxSize);
        if (scaled != source)
            reader.setScaledSize(scaled); // the JPEG decoder scales during the DCT: cheap
        Decoded done;
        if (!reader.read(&done.image) || done.image.isNull())
            return Decoded{}; // one damaged picture; the next one may be fine
        done.sourceSize = source.isValid() ? source : done.image.size();
        done.hash = FrameMeter::pictureHash(done.image);
        return done;
    }));
}

void MjpegReader::onDecoded()
{
    const Decoded done = m_decoding.result();
    const bool current = m_decodingGeneration == m_generation;
    if (!m_waiting.isEmpty()) {
        const QByteArray next = m_waiting;
        m_waiting.clear();
        startDecoding(next);
    }
    if (!current || done.image.isNull())
        return;
    ++m_frames;
    Q_EMIT frameDecoded(done.image, done.sourceSize, done.hash);
}

void MjpegReader::onFinished()
{
    if (!m_reply)
        return;
    const QNetworkReply::NetworkError e = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString detail = m_reply->errorString();
    const int frames = std::max(m_frames, m_jpegs); // some may still be decoding
    close();
    StreamError error = errorOf(e, status);
    if (e == QNetworkReply::NoError && status < 400)
        error = frames > 0 ? StreamError::Ended : StreamError::UnsupportedCodec;
    Q_EMIT failed(error, detail);
}

} // namespace iocwall
