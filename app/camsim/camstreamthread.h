#pragma once

#include "camstreamserver.h"

#include <QThread>

namespace iocwall {

// The demo stream server in a thread of its own, for programs with a GUI
// (`iocwall --demo`): its HTTP sockets and JPEG/HLS feeds live in that
// thread, the RTSP server in its GMainLoop thread, so encoding and serving
// never touch the GUI thread. stop() (or the destructor) closes everything.
// Threading: the public calls belong to the thread that made the object.
class CamStreamThread {
public:
    CamStreamThread() = default;
    ~CamStreamThread();
    CamStreamThread(const CamStreamThread &) = delete;
    CamStreamThread &operator=(const CamStreamThread &) = delete;

    // Starts the server in its thread and waits until it listens (or failed).
    bool start(CamStreamServer::Options options, QString *error);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QString rtspBase() const { return m_rtspBase; }
    QString httpBase() const { return m_httpBase; }

private:
    QThread m_thread;
    CamStreamServer *m_server = nullptr; // lives in m_thread
    QString m_rtspBase;
    QString m_httpBase;
};

} // namespace iocwall
