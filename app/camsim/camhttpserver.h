#pragma once

#include "simcamera.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace iocwall {

class HlsFeed;
class JpegFeed;

// The HTTP half of the demo stream server, on 127.0.0.1:
//   GET /cam/<id>/mjpeg          multipart/x-mixed-replace JPEG stream (640×360, 25 fps)
//   GET /cam/<id>/snapshot.jpg   one JPEG
//   GET /cam/<id>/hls/index.m3u8 live HLS playlist, segments under …/hls/
//   GET /health                  {"status":"ok"}
// A small HTTP/1.1 server of its own (QTcpServer): a stream answer never ends,
// which QHttpServer cannot express. One JPEG pipeline per camera is shared by
// its MJPEG clients; a slow client skips frames instead of queueing them.
//
// Threading: the object, its sockets and its feeds live in one thread; it may be
// moved to another thread before listen().
class CamHttpServer : public QObject {
    Q_OBJECT
public:
    explicit CamHttpServer(const QList<SimCamera> &cameras, QObject *parent = nullptr);
    ~CamHttpServer() override;

    // 127.0.0.1:`port` (0: any free port). QTcpServer sets SO_REUSEADDR on
    // Unix, so a restart after a SIGKILL gets the port back at once.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();
    void readRequest(QTcpSocket *socket);
    void route(QTcpSocket *socket, const QByteArray &method, const QString &path);
    void serveMjpeg(QTcpSocket *socket, JpegFeed *feed);
    void serveSnapshot(QTcpSocket *socket, JpegFeed *feed);
    void serveHls(QTcpSocket *socket, HlsFeed *feed, const QString &file);
    void sendHlsFile(QTcpSocket *socket, HlsFeed *feed, const QString &file);

    QTcpServer m_server;
    QHash<QString, JpegFeed *> m_jpeg; // children, by camera id
    QHash<QString, HlsFeed *> m_hls;
};

} // namespace iocwall
