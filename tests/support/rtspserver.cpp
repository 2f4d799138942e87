#include "rtspserver.h"

#include "testutil.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace iocwall::test {

RtspServer::~RtspServer()
{
    stop();
}

bool RtspServer::start(int count, QString *error, int width, int height, bool preencoded)
{
    const QString script = sourceDir() + u"/tests/support/rtsp_test_server.py"_s;
    const QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo::exists(python)) {
        if (error)
            *error = u"no /usr/bin/python3"_s;
        return false;
    }
    QStringList arguments{script,
                          u"--count"_s,
                          QString::number(count),
                          u"--width"_s,
                          QString::number(width),
                          u"--height"_s,
                          QString::number(height)};
    if (preencoded)
        arguments << u"--preencoded"_s;
    m_arguments = arguments;
    return run(arguments, error);
}

bool RtspServer::restart(QString *error)
{
    stop();
    return run(m_arguments + QStringList{u"--port"_s, QString::number(m_port)}, error);
}

bool RtspServer::run(const QStringList &arguments, QString *error)
{
    const QString python = u"/usr/bin/python3"_s;
    m_process.start(python, arguments);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    QByteArray out;
    const bool ready = waitUntil(
        [&] {
            out += m_process.readAllStandardOutput();
            return out.contains('\n') || m_process.state() == QProcess::NotRunning;
        },
        20000);
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (!ready || words.value(0) != "ready") {
        if (error)
            *error = QString::fromUtf8(m_process.readAllStandardError());
        stop();
        return false;
    }
    m_port = words.value(1).toInt();
    return true;
}

void RtspServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString RtspServer::url(int n) const
{
    return u"rtsp://127.0.0.1:%1/cam/%2"_s.arg(m_port).arg(n);
}

} // namespace iocwall::test
