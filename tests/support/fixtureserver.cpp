#include "fixtureserver.h"

#include "testutil.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace iocwall::test {

QByteArray readFixture(const QString &relativePath)
{
    QFile file(sourceDir() + u"/tests/fixtures/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "fixture " << relativePath.toStdString() << ": "
                      << file.errorString().toStdString();
        return {};
    }
    return file.readAll();
}

QByteArray FixtureServer::Seen::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FixtureServer::FixtureServer(QObject *parent)
    : QObject(parent)
{
}

FixtureServer::~FixtureServer() = default;

bool FixtureServer::start(QString *error)
{
    m_http = new QHttpServer(this);
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QString path = request.url().path();
            m_seen.append({path, request.query(), request.headers()});
            const Route *route = match(path, request.query());
            if (!route) {
                QHttpServerResponse(QByteArrayLiteral("application/json"),
                                    QByteArrayLiteral("{\"error\":\"NotFound\"}"),
                                    QHttpServerResponse::StatusCode::NotFound)
                    .write(std::move(responder));
                return;
            }
            QHttpServerResponse response(route->response.contentType, route->response.body,
                                         QHttpServerResponse::StatusCode(route->response.status));
            for (const auto &[name, value] : route->response.headers)
                response.addHeader(name, value);
            response.write(std::move(responder));
        });
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tcp->errorString();
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl FixtureServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void FixtureServer::serve(const QString &path, const QList<std::pair<QString, QString>> &query,
                          const Response &response)
{
    m_routes.append({path, query, response});
}

int FixtureServer::requestCount(const QString &path) const
{
    if (path.isEmpty())
        return int(m_seen.size());
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(),
                             [&](const Seen &s) { return s.path == path; }));
}

const FixtureServer::Route *FixtureServer::match(const QString &path, const QUrlQuery &query) const
{
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (route.path != path)
            continue;
        const bool all =
            std::all_of(route.query.cbegin(), route.query.cend(), [&](const auto &item) {
                return query.queryItemValue(item.first, QUrl::FullyDecoded) == item.second;
            });
        if (all && (!best || route.query.size() > best->query.size()))
            best = &route;
    }
    return best;
}

} // namespace iocwall::test
