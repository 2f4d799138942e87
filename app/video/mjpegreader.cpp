#include "video/mjpegreader.h"

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
}

MjpegReader::~MjpegReader()
{
    close();
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
    QByteArray bytes = jpeg;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    const QSize source = reader.size();
    const QSize scaled = scaledSizeFor(source);
    if (scaled != source)
        reader.setScaledSize(scaled); // the JPEG decoder scales during the DCT: cheap
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return; // one damaged picture; the next one may be fine
    ++m_frames;
    Q_EMIT frameDecoded(image, source.isValid() ? source : image.size(),
                        FrameMeter::pictureHash(image));
}

void MjpegReader::onFinished()
{
    if (!m_reply)
        return;
    const QNetworkReply::NetworkError e = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString detail = m_reply->errorString();
    const int frames = m_frames;
    close();
    StreamError error = errorOf(e, status);
    if (e == QNetworkReply::NoError && status < 400)
        error = frames > 0 ? StreamError::Ended : StreamError::UnsupportedCodec;
    Q_EMIT failed(error, detail);
}

} // namespace iocwall
