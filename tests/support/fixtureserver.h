#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QHttpServer;
class QHttpServerRequest;

namespace iocwall::test {

// The bytes of tests/fixtures/<relativePath>; empty (and a test failure) when
// the file cannot be read.
QByteArray readFixture(const QString &relativePath);

// A small HTTP server on 127.0.0.1 (a free port) that answers GET requests with
// the bodies a test gives it, for running connectors through their real
// network path. A route names a path and, optionally, query items that must be
// present with those values (others are ignored, so a timestamp a connector
// adds does not matter); the route with the most matching items wins. Anything
// unrouted gets 404. Every request is recorded. Threading: lives in the test's
// thread, whose event loop must run (test::waitUntil) for it to answer.
class FixtureServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        QByteArray body;
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct Seen {
        QString path;
        QUrlQuery query;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray header(QByteArrayView name) const; // case-insensitive; empty if absent
    };

    explicit FixtureServer(QObject *parent = nullptr);
    ~FixtureServer() override;

    // Listens on 127.0.0.1:0; false and a reason when that fails.
    bool start(QString *error = nullptr);
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;

    void serve(const QString &path, const Response &response) { serve(path, {}, response); }
    void serve(const QString &path, const QList<std::pair<QString, QString>> &query,
               const Response &response);
    static Response json(const QByteArray &body, int status = 200)
    {
        return {body, status, QByteArrayLiteral("application/json"), {}};
    }

    // Requests seen so far, all or for one path.
    const QList<Seen> &requests() const { return m_seen; }
    int requestCount(const QString &path = {}) const;

private:
    struct Route {
        QString path;
        QList<std::pair<QString, QString>> query;
        Response response;
    };
    const Route *match(const QString &path, const QUrlQuery &query) const;

    QHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    QList<Route> m_routes;
    QList<Seen> m_seen;
};

} // namespace iocwall::test
