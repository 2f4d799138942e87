#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace iocwall::test {

// iocwall-camsim (the demo camera streams) as a child process for tests: starts
// it, reads the camera lines it prints (one JSON object per camera: id, name,
// rtsp_main, rtsp_sub, mjpeg, snapshot, hls) up to "ready", and SIGKILLs it on
// kill() or destruction. Ports 0 pick free ones; restart on the same ports
// with start({"--rtsp-port", N, ...}) to test reconnects.
class CamsimProcess {
public:
    CamsimProcess() = default;
    ~CamsimProcess();
    CamsimProcess(const CamsimProcess &) = delete;
    CamsimProcess &operator=(const CamsimProcess &) = delete;

    // Runs iocwall-camsim with `args` (default: --count 2, free ports); true
    // once it printed "ready" within `timeout_ms`, else `error()` says why.
    bool start(const QStringList &args = defaultArgs(), int timeout_ms = 30000);
    static QStringList defaultArgs();
    void kill(); // SIGKILL, waits until it is gone
    // SIGTERM; the exit code once it ended cleanly within `timeout_ms`, else -1.
    int terminate(int timeout_ms = 15000);
    qint64 pid() const { return m_process.processId(); }

    const QList<QJsonObject> &cameras() const { return m_cameras; }
    QUrl url(int camera, const QString &stream) const; // stream: "rtsp_main", "mjpeg", ...
    quint16 rtspPort() const;
    quint16 httpPort() const;
    const QString &error() const { return m_error; }

private:
    QProcess m_process;
    QList<QJsonObject> m_cameras;
    QString m_error;
};

} // namespace iocwall::test
