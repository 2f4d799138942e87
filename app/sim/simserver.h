#pragma once

#include "simmodel.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QUrlQuery;

namespace iocwall {

// The built-in IOC simulator: serves a SimModel over HTTP on 127.0.0.1 as two
// APIs, the province IOC (/province/api/v1) and the town IOC (/town/api/v1),
// each behind its own bearer token. data/demo/README.md documents the API.
//
// Threading: start() and every other call except model() (immutable) belong to
// the thread the object lives in, where requests are served too; it may be
// moved to another thread before start().
class SimServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint16 port = 0; // 0: any free port, see port()
        QString dataRoot = SimModel::defaultDataRoot();
        quint64 seed = SimModel::kDefaultSeed;
        std::optional<QDateTime> fixedNow; // unset: the wall clock
        QString provinceToken = QStringLiteral("demo-province-token");
        QString townToken = QStringLiteral("demo-town-token");
    };

    explicit SimServer(Options options, QObject *parent = nullptr);
    ~SimServer() override;

    // Loads the data and listens on 127.0.0.1. On failure returns false and,
    // when `error` is given, says why (a bad data file, a port in use).
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    const SimModel &model() const { return m_model; }

    void setFixedNow(std::optional<QDateTime> now) { m_options.fixedNow = std::move(now); }
    QDateTime now() const; // the frozen instant, or the wall clock

private:
    enum class Api { Province, Town };
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    void addRoutes();
    // Routes GET prefix(api) + path to `handler` behind the API's token.
    void addApiRoute(Api api, const QString &path, Handler handler);
    bool authorized(const QHttpServerRequest &request, Api api) const;

    QHttpServerResponse indicators(Api api) const;
    QHttpServerResponse areas() const;
    QHttpServerResponse observations(Api api, const QUrlQuery &query) const;
    QHttpServerResponse reports(const QUrlQuery &query) const;

    Options m_options;
    SimModel m_model;
    QHttpServer *m_http = nullptr; // a child, so it moves with this object
    quint16 m_port = 0;
};

} // namespace iocwall
