#include "camstreamserver.h"
#include "camhttpserver.h"
#include "gstsupport.h"
#include "hlsfeed.h"
#include "rtspcamserver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct CamServerText {
    Q_DECLARE_TR_FUNCTIONS(CamServerText)
};

} // namespace

CamStreamServer::CamStreamServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

CamStreamServer::~CamStreamServer()
{
    stop();
}

bool CamStreamServer::start(QString *error)
{
    QString missing;
    if (!gst::haveElements(&missing)) {
        *error = CamServerText::tr("Thiếu phần tử GStreamer: %1").arg(missing);
        return false;
    }
    if (m_rtsp) {
        *error = CamServerText::tr("Máy chủ luồng camera đã chạy");
        return false;
    }
    HlsFeed::removeStaleFolders();
    m_http = new CamHttpServer(m_options.cameras, this);
    if (!m_http->listen(m_options.httpPort, error)) {
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_rtsp = std::make_unique<RtspCamServer>();
    if (!m_rtsp->start(m_options.rtspPort, m_options.cameras, error)) {
        stop();
        return false;
    }
    return true;
}

void CamStreamServer::stop()
{
    if (m_rtsp)
        m_rtsp->stop();
    m_rtsp.reset();
    delete m_http;
    m_http = nullptr;
}

QString CamStreamServer::rtspBase() const
{
    return m_rtsp ? u"rtsp://127.0.0.1:%1"_s.arg(m_rtsp->port()) : QString();
}

QString CamStreamServer::httpBase() const
{
    return m_http ? u"http://127.0.0.1:%1"_s.arg(m_http->port()) : QString();
}

QHash<QString, QString> CamStreamServer::placeholders() const
{
    return {{u"rtsp"_s, rtspBase()}, {u"http"_s, httpBase()}};
}

QUrl CamStreamServer::url(const QString &cameraId, Stream stream) const
{
    const QString camera = u"/cam/"_s + cameraId;
    switch (stream) {
    case Stream::RtspMain:
        return QUrl(rtspBase() + camera + u"/main"_s);
    case Stream::RtspSub:
        return QUrl(rtspBase() + camera + u"/sub"_s);
    case Stream::Mjpeg:
        return QUrl(httpBase() + camera + u"/mjpeg"_s);
    case Stream::Snapshot:
        return QUrl(httpBase() + camera + u"/snapshot.jpg"_s);
    case Stream::Hls:
        return QUrl(httpBase() + camera + u"/hls/index.m3u8"_s);
    }
    return {};
}

} // namespace iocwall
