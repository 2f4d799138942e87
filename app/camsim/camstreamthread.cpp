#include "camstreamthread.h"

namespace iocwall {

CamStreamThread::~CamStreamThread()
{
    stop();
}

bool CamStreamThread::start(CamStreamServer::Options options, QString *error)
{
    stop();
    auto *server = new CamStreamServer(std::move(options));
    server->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("iocwall-camstreams"));
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        server,
        [&] {
            ok = server->start(error);
            m_rtspBase = server->rtspBase();
            m_httpBase = server->httpBase();
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    if (!ok)
        stop();
    return ok;
}

void CamStreamThread::stop()
{
    if (!m_server)
        return;
    // Sockets and pipelines belong to the server's thread: end them there.
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread.quit();
    m_thread.wait();
    m_rtspBase.clear();
    m_httpBase.clear();
}

} // namespace iocwall
