#pragma once

#include "simcameras.h"
#include "simfaults.h"
#include "simmodel.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QUrlQuery;

namespace iocwall {

// The built-in IOC simulator: serves a SimModel over HTTP on 127.0.0.1 as two
// APIs, the province IOC (/province/api/v1) and the town IOC (/town/api/v1),
// each behind its own bearer token. data/demo/README.md documents the API.
// Every 200 answer carries an ETag over its body and a matching If-None-Match
// gets 304. Fault modes (setFault) make paths misbehave for tests and demos.
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
        // Where the camera list's {rtsp} and {http} point: the demo stream
        // server (iocwall-camsim's default ports, or the one the wall runs).
        QString cameraRtspBase = QStringLiteral("rtsp://127.0.0.1:8554");
        QString cameraHttpBase = QStringLiteral("http://127.0.0.1:8555");
    };

    explicit SimServer(Options options, QObject *parent = nullptr);
    ~SimServer() override;

    // Loads the data and listens on 127.0.0.1. On failure returns false and,
    // when `error` is given, says why (a bad data file, a port in use).
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    const SimModel &model() const { return m_model; }

    // Points the camera list at another stream server.
    void setCameraStreams(const QString &rtspBase, const QString &httpBase)
    {
        m_options.cameraRtspBase = rtspBase;
        m_options.cameraHttpBase = httpBase;
    }

    void setFixedNow(std::optional<QDateTime> now) { m_options.fixedNow = std::move(now); }
    QDateTime now() const; // the frozen instant, or the wall clock

    // Makes every API path starting with `pathPrefix` (e.g. "/town/api/v1/areas")
    // misbehave; the longest matching prefix wins. clearFaults() heals them all.
    void setFault(const QString &pathPrefix, const SimFault &fault);
    void clearFaults() { m_faults.clear(); }
    // How many conditional requests were answered 304, and API requests served.
    int notModifiedCount() const { return m_notModified; }
    int requestCount() const { return m_requests; }

private:
    enum class Api { Province, Town };
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    void addRoutes();
    // Routes GET prefix(api) + path to `handler` behind the API's token.
    void addApiRoute(Api api, const QString &path, Handler handler);
    bool authorized(const QHttpServerRequest &request, Api api) const;
    const SimFault *faultFor(const QString &path) const;
    // Sends `response` (already past auth and the handler) with `fault` applied.
    void respond(const QHttpServerRequest &request, QHttpServerResponse response,
                 const SimFault *fault, QHttpServerResponder &&responder);

    QHttpServerResponse indicators(Api api) const;
    QHttpServerResponse areas() const;
    QHttpServerResponse observations(Api api, const QUrlQuery &query) const;
    QHttpServerResponse reports(const QUrlQuery &query) const;
    QHttpServerResponse cameras() const;

    Options m_options;
    SimModel m_model;
    SimCameras m_cameras;
    QHttpServer *m_http = nullptr; // a child, so it moves with this object
    quint16 m_port = 0;
    QList<std::pair<QString, SimFault>> m_faults;
    int m_notModified = 0;
    int m_requests = 0;
};

} // namespace iocwall
