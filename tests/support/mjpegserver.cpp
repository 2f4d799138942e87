#include "mjpegserver.h"

#include <QBuffer>
#include <QPainter>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace iocwall::test {

MjpegServer::MjpegServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MjpegServer::onConnection);
    connect(&m_timer, &QTimer::timeout, this, &MjpegServer::tick);
    setFps(25);
}

MjpegServer::~MjpegServer()
{
    stop();
}

bool MjpegServer::start(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port ? port : m_port))
        return false;
    m_port = m_server.serverPort();
    m_timer.start();
    return true;
}

void MjpegServer::stop()
{
    m_timer.stop();
    m_server.close();
    for (Client &c : m_clients)
        if (c.socket) {
            c.socket->abort();
            c.socket->deleteLater();
        }
    m_clients.clear();
}

QString MjpegServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

void MjpegServer::setFps(int fps)
{
    m_timer.setInterval(1000 / std::max(1, fps));
}

int MjpegServer::clientCount() const
{
    int n = 0;
    for (const Client &c : m_clients)
        if (c.socket && c.socket->state() == QAbstractSocket::ConnectedState)
            ++n;
    return n;
}

void MjpegServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_clients.append({socket, {}, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void MjpegServer::onReadable(QTcpSocket *socket)
{
    if (!socket->canReadLine())
        return;
    const QByteArray requestLine = socket->readLine();
    socket->readAll(); // the rest of the headers
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray path = parts.value(1);
    if (!path.endsWith(".mjpg")) {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\n\r\nno such camera\n");
        socket->disconnectFromHost();
        return;
    }
    socket->write("HTTP/1.0 200 OK\r\nCache-Control: no-cache\r\n"
                  "Content-Type: multipart/x-mixed-replace; boundary=frame\r\n\r\n");
    for (Client &c : m_clients)
        if (c.socket == socket) {
            c.streaming = true;
            c.size = path.startsWith("/main") ? QSize(1280, 720) : m_frameSize;
        }
}

QByteArray MjpegServer::jpeg(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour());
    if (!m_frozen) {
        // A bar that moves each frame: every picture differs from the one before.
        QPainter p(&image);
        const int x = (m_counter * 8) % std::max(1, size.width() - 20);
        p.fillRect(QRect(x, 0, 20, size.height()), QColor(240, 240, 240));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

void MjpegServer::tick()
{
    ++m_counter;
    m_clients.removeIf([](const Client &c) { return c.socket.isNull(); });
    QHash<int, QByteArray> bySize; // one encode per size per tick
    for (Client &c : m_clients) {
        if (!c.streaming || c.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        // A slow reader is not buffered without bound: skip it this frame.
        if (c.socket->bytesToWrite() > 4 * 1024 * 1024)
            continue;
        QByteArray &jpg = bySize[c.size.width()];
        if (jpg.isEmpty())
            jpg = jpeg(c.size);
        c.socket->write("--frame\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                        QByteArray::number(jpg.size()) + "\r\n\r\n");
        c.socket->write(jpg);
        c.socket->write("\r\n");
        ++m_framesSent;
    }
}

} // namespace iocwall::test
