#include "camhttpserver.h"
#include "hlsfeed.h"
#include "jpegfeed.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct CamHttpText {
    Q_DECLARE_TR_FUNCTIONS(CamHttpText)
};

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
// A client this far behind skips frames until it catches up.
constexpr qint64 kMaxQueuedBytes = 512 * 1024;
constexpr int kPlaylistWaitMs = 20000;
const QByteArray kBoundary = QByteArrayLiteral("iocwallframe");

void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &type,
            const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " +
                  type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void notFound(QTcpSocket *socket, const QString &path)
{
    answer(socket, 404, "Not Found", "text/plain; charset=utf-8",
           CamHttpText::tr("Không có đường dẫn %1").arg(path).toUtf8());
}

} // namespace

CamHttpServer::CamHttpServer(const QList<SimCamera> &cameras, QObject *parent)
    : QObject(parent)
{
    m_server.setParent(this);
    for (const SimCamera &camera : cameras) {
        m_jpeg.insert(camera.id, new JpegFeed(camera, this));
        m_hls.insert(camera.id, new HlsFeed(camera, this));
    }
    connect(&m_server, &QTcpServer::newConnection, this, &CamHttpServer::accept);
}

CamHttpServer::~CamHttpServer()
{
    // Sockets first: they release their feeds when they go.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        delete socket;
    qDeleteAll(m_jpeg);
    qDeleteAll(m_hls);
}

bool CamHttpServer::listen(quint16 port, QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    *error = CamHttpText::tr("Không mở được cổng HTTP %1 trên 127.0.0.1: %2")
                 .arg(port)
                 .arg(m_server.errorString());
    return false;
}

void CamHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void CamHttpServer::readRequest(QTcpSocket *socket)
{
    if (socket->property("iocwall.handled").toBool()) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    QByteArray buffered = socket->property("iocwall.request").toByteArray() + socket->readAll();
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffered.size() > kMaxRequestBytes)
            answer(socket, 431, "Request Header Fields Too Large", "text/plain", {});
        else
            socket->setProperty("iocwall.request", buffered);
        return;
    }
    socket->setProperty("iocwall.handled", true);
    const QList<QByteArray> requestLine = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3) {
        answer(socket, 400, "Bad Request", "text/plain", {});
        return;
    }
    const QByteArray target = requestLine.at(1);
    const QString path =
        QUrl::fromEncoded(
            target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')))
            .path();
    route(socket, requestLine.at(0), path);
}

void CamHttpServer::route(QTcpSocket *socket, const QByteArray &method, const QString &path)
{
    if (method != "GET") {
        answer(socket, 405, "Method Not Allowed", "text/plain", {});
        return;
    }
    if (path == u"/health") {
        answer(socket, 200, "OK", "application/json", R"({"status":"ok"})");
        return;
    }
    // /cam/<id>/<what>[/<file>]
    const QStringList parts = path.split(u'/');
    if (parts.size() < 4 || !parts.at(0).isEmpty() || parts.at(1) != u"cam") {
        notFound(socket, path);
        return;
    }
    const QString id = parts.at(2);
    const QString what = parts.at(3);
    JpegFeed *jpeg = m_jpeg.value(id);
    HlsFeed *hls = m_hls.value(id);
    if (!jpeg || !hls)
        notFound(socket, path);
    else if (parts.size() == 4 && what == u"mjpeg")
        serveMjpeg(socket, jpeg);
    else if (parts.size() == 4 && what == u"snapshot.jpg")
        serveSnapshot(socket, jpeg);
    else if (parts.size() == 5 && what == u"hls" && HlsFeed::isFileName(parts.at(4)))
        serveHls(socket, hls, parts.at(4));
    else
        notFound(socket, path);
}

void CamHttpServer::serveMjpeg(QTcpSocket *socket, JpegFeed *feed)
{
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=" + kBoundary +
        "\r\nCache-Control: no-cache, no-store\r\nPragma: no-cache\r\n"
        "Connection: close\r\n\r\n");
    feed->acquire();
    connect(feed, &JpegFeed::frameReady, socket, [socket](const QByteArray &jpeg) {
        if (socket->bytesToWrite() > kMaxQueuedBytes)
            return;
        socket->write("--" + kBoundary + "\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                      QByteArray::number(jpeg.size()) + "\r\n\r\n" + jpeg + "\r\n");
    });
    connect(socket, &QObject::destroyed, feed, [feed] { feed->release(); });
}

void CamHttpServer::serveSnapshot(QTcpSocket *socket, JpegFeed *feed)
{
    // The next frame; the feed runs only until it has been sent.
    feed->acquire();
    auto once = std::make_shared<QMetaObject::Connection>();
    const auto release = std::make_shared<bool>(false);
    const auto done = [feed, release] {
        if (!std::exchange(*release, true))
            feed->release();
    };
    *once =
        connect(feed, &JpegFeed::frameReady, socket, [socket, once, done](const QByteArray &jpeg) {
            QObject::disconnect(*once);
            answer(socket, 200, "OK", "image/jpeg", jpeg);
            done();
        });
    connect(socket, &QObject::destroyed, feed, done);
}

void CamHttpServer::serveHls(QTcpSocket *socket, HlsFeed *feed, const QString &file)
{
    feed->touch();
    if (file != u"index.m3u8" || feed->playlistReady()) {
        sendHlsFile(socket, feed, file);
        return;
    }
    // A cold start: hold the first playlist request until the first segment
    // is written (about a second) instead of failing the player.
    auto *wait = new QTimer(socket);
    wait->setInterval(100);
    const QDeadlineTimer deadline(kPlaylistWaitMs);
    QPointer<HlsFeed> guarded(feed);
    connect(wait, &QTimer::timeout, socket, [this, socket, wait, guarded, file, deadline] {
        if (!guarded) {
            wait->stop();
            answer(socket, 503, "Service Unavailable", "text/plain", {});
        } else if (guarded->playlistReady()) {
            wait->stop();
            sendHlsFile(socket, guarded, file);
        } else if (deadline.hasExpired()) {
            wait->stop();
            answer(socket, 503, "Service Unavailable", "text/plain; charset=utf-8",
                   CamHttpText::tr("Luồng HLS chưa sẵn sàng").toUtf8());
        }
    });
    wait->start();
}

void CamHttpServer::sendHlsFile(QTcpSocket *socket, HlsFeed *feed, const QString &file)
{
    QFile f(feed->filePath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        notFound(socket, file);
        return;
    }
    const bool playlist = file.endsWith(u".m3u8");
    answer(socket, 200, "OK",
           playlist ? QByteArrayLiteral("application/vnd.apple.mpegurl")
                    : QByteArrayLiteral("video/mp2t"),
           f.readAll());
}

} // namespace iocwall
