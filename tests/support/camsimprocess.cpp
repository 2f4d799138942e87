#include "camsimprocess.h"
#include "testutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace iocwall::test {

CamsimProcess::~CamsimProcess()
{
    kill();
}

QStringList CamsimProcess::defaultArgs()
{
    return {u"--count"_s, u"2"_s, u"--rtsp-port"_s, u"0"_s, u"--http-port"_s, u"0"_s};
}

bool CamsimProcess::start(const QStringList &args, int timeout_ms)
{
    kill();
    m_cameras.clear();
    m_error.clear();
    m_process.start(binaryDir() + u"/app/iocwall-camsim"_s, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    bool ready = false;
    QByteArray pending;
    const bool finished = waitUntil(
        [&] {
            pending += m_process.readAllStandardOutput();
            qsizetype end;
            while (!ready && (end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end).trimmed();
                pending.remove(0, end + 1);
                if (line == "ready")
                    ready = true;
                else if (line.startsWith('{'))
                    m_cameras.append(QJsonDocument::fromJson(line).object());
            }
            return ready || m_process.state() == QProcess::NotRunning;
        },
        timeout_ms);
    if (!ready) {
        m_error = finished ? u"iocwall-camsim ended: "_s +
                                 QString::fromUtf8(m_process.readAllStandardError())
                           : u"iocwall-camsim printed no \"ready\" in time"_s;
        kill();
    }
    return ready;
}

void CamsimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

int CamsimProcess::terminate(int timeout_ms)
{
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    m_process.terminate();
    if (!waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeout_ms))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QUrl CamsimProcess::url(int camera, const QString &stream) const
{
    return QUrl(m_cameras.value(camera).value(stream).toString());
}

quint16 CamsimProcess::rtspPort() const
{
    return quint16(url(0, u"rtsp_main"_s).port());
}

quint16 CamsimProcess::httpPort() const
{
    return quint16(url(0, u"mjpeg"_s).port());
}

} // namespace iocwall::test
