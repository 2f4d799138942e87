#pragma once

#include <QProcess>
#include <QString>

namespace iocwall::test {

// A real RTSP server with `count` live 25 fps H.264 streams on 127.0.0.1
// (tests/support/rtsp_test_server.py, GstRtspServer), for tests and
// benchmarks. Stopped (killed) on destruction.
class RtspServer {
public:
    RtspServer() = default;
    ~RtspServer();

    // False (with `error`) when /usr/bin/python3 has no GstRtspServer.
    // `preencoded`: every stream loops one clip encoded at start, so that the
    // server costs next to nothing (benchmarks of the players).
    bool start(int count, QString *error = nullptr, int width = 640, int height = 360,
               bool preencoded = false);
    void stop();
    // Starts the server again as before, on the same port (after stop()).
    bool restart(QString *error = nullptr);
    QString url(int n) const; // rtsp://127.0.0.1:PORT/cam/n
    qint64 pid() const { return m_process.processId(); }

private:
    bool run(const QStringList &arguments, QString *error);

    QProcess m_process;
    QStringList m_arguments; // of the last start, without --port
    int m_port = 0;
};

} // namespace iocwall::test
