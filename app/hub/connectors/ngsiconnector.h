#pragma once

#include "hub/connectors/chainconnector.h"
#include "hub/connectors/ngsiparse.h"

namespace iocwall {

// FIWARE context brokers: NGSI-v2 (/v2/entities, paged by limit/offset),
// QuantumLeap time series (/v2/entities/{id}/attrs/{attr},
// /v2/types/{type}/attrs/{attr}) and NGSI-LD (/ngsi-ld/v1/entities and
// /ngsi-ld/v1/temporal/entities). Settings are described in docs/connectors.md;
// they are read when the connector is made and a problem fails every poll
// with the file, the JSON path and what was expected.
// Threading: created, polled and destroyed in the hub's thread.
class NgsiConnector : public ChainConnector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("ngsi");

    NgsiConnector(const SourceConfig &config, const SecretStore &secrets,
                  QObject *parent = nullptr);

    enum class Flavor { V2, Ld };
    enum class Mode { Entities, TimeSeries, Temporal };
    enum class Format { Normalized, KeyValues, TemporalValues };

    // The settings once read (public for tests of the reader).
    struct Settings {
        Flavor flavor = Flavor::V2;
        Mode mode = Mode::Entities;
        Format format = Format::Normalized;
        QString entityType;
        QStringList entityIds;
        QString query; // NGSI "q"
        int pageSize = 100;
        int maxPages = 50;
        int lastN = 24;
        int backfillHours = 24;
        QString fiwareService;
        QString fiwareServicePath;
        QString tenant;  // NGSI-LD NGSILD-Tenant
        QString context; // NGSI-LD @context, sent as a Link header
        ngsi::Mapping mapping;
    };
    static Settings readSettings(const SourceConfig &config, ConfigIssues &issues);

    // One saved page of entities (entities and temporal modes), or one
    // QuantumLeap series answer (timeseries mode).
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

protected:
    QString queueFirstRequests() override;

private:
    QNetworkRequest brokerRequest(const QString &path,
                                  const QList<std::pair<QString, QString>> &query) const;
    void requestEntitiesPage(int offset);
    void requestSeries(const QString &path, const ngsi::SeriesRequest &asked);
    QString takeResult(const std::optional<ngsi::Result> &result, const QString &error);
    QString complete() override;

    Settings m_settings;
    QString m_settingsProblem;
};

} // namespace iocwall
