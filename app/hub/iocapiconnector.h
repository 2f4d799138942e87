#pragma once

#include "hub/connector.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

namespace iocwall {

// The REST shape of the province and town IOC APIs (and of the built-in
// simulator, see data/demo/README.md): /indicators, /areas,
// /observations?indicator=&from=&to=, /reports?from=. Settings:
// "indicators" (codes to poll; default all the catalog lists), "reports"
// (bool), "backfill_days" (history asked for on the first poll). The catalog
// and areas are asked conditionally (ETag / Last-Modified); a poll that fails
// at any step emits failed() and no records at all.
class IocApiConnector : public Connector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("ioc-rest");

    IocApiConnector(const SourceConfig &config, const SecretStore &secrets,
                    QObject *parent = nullptr);
    void poll(QNetworkAccessManager &network) override;
    // One saved answer of /indicators, /areas, /observations or /reports,
    // told apart by its content (iocapi::kindOf).
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

private:
    void next();
    void fail(const QString &error);
    // One answered step; `body` is nullopt for a 304 (reuse what was parsed last).
    void handle(const QString &step, const QString &path, const std::optional<QByteArray> &body);
    void queueObservations();

    QPointer<QNetworkAccessManager> m_network;
    QList<std::pair<QString, QNetworkRequest>> m_pending; // step name, request
    RecordBatch m_batch;
    QList<IndicatorInfo> m_catalog;     // the last catalog parsed, for a 304 on /indicators
    QList<Area> m_areas;                // the same for /areas
    QHash<QString, QDateTime> m_newest; // per indicator, across polls: asks only for what is new
    QHash<QString, QDateTime> m_pollNewest; // ... as seen by the poll under way
    int m_backfillDays = 35;
    bool m_busy = false;
};

// The payload readers, pure functions so they can be tested on saved payloads.
// Each returns nullopt and a plain-words error naming what was wrong and where.
namespace iocapi {
// Which endpoint a payload came from: /observations names its "indicator" at
// the top; in "data", reports have an "id", areas a "kind" or "parent", catalog
// entries a "code". nullopt for a "data" array empty or of none of these.
enum class PayloadKind { Indicators, Areas, Observations, Reports };
std::optional<PayloadKind> kindOf(const QByteArray &body);
std::optional<QList<IndicatorInfo>> parseIndicators(const QByteArray &body, QString *error);
std::optional<QList<Area>> parseAreas(const QByteArray &body, QString *error);
std::optional<QList<Observation>> parseObservations(const QByteArray &body, const QString &source,
                                                    QString *error);
std::optional<QList<Report>> parseReports(const QByteArray &body, const QString &source,
                                          QString *error);
} // namespace iocapi

} // namespace iocwall
