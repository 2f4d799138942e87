#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace iocwall::test {

// A real HTTP MJPEG camera on 127.0.0.1 for tests: every GET of a path ending
// in .mjpg gets multipart/x-mixed-replace JPEGs at `fps`, each a new picture
// (a colour with a moving bar) unless frozen; any other path gets 404. Paths
// starting with /main are 1280×720, others `frameSize`. It can be stopped
// (every connection dropped, the port closed) and started again on the same port.
class MjpegServer : public QObject {
    Q_OBJECT
public:
    explicit MjpegServer(QObject *parent = nullptr);
    ~MjpegServer() override;

    bool start(quint16 port = 0); // 0: any free port (kept for restarts)
    void stop();
    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/cam.mjpg")) const;

    void setFps(int fps);
    void setFrozen(bool frozen) { m_frozen = frozen; }
    void setFrameSize(const QSize &size) { m_frameSize = size; }
    int clientCount() const;
    int framesSent() const { return m_framesSent; }
    // The picture's main colour (tests look for it in a tile).
    static QColor colour() { return QColor(200, 60, 40); }

private:
    struct Client {
        QPointer<QTcpSocket> socket;
        QSize size;
        bool streaming = false;
    };
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void tick();
    QByteArray jpeg(const QSize &size);

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Client> m_clients;
    QTimer m_timer;
    QSize m_frameSize{640, 360};
    bool m_frozen = false;
    int m_counter = 0;
    int m_framesSent = 0;
};

} // namespace iocwall::test
