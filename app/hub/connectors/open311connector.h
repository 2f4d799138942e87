#pragma once

#include "hub/connectors/chainconnector.h"
#include "hub/connectors/open311parse.h"

namespace iocwall {

// Open311 GeoReport v2 (citizen service requests, 1022-style): services.(json|
// xml) for the service names, then requests.(json|xml) over the last "days",
// paged when the server supports page/page_size. The base URL is the endpoint
// root (where services.json lives). Settings are described in
// docs/connectors.md. Threading: created, polled and destroyed in the hub's
// thread.
class Open311Connector : public ChainConnector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("open311");

    Open311Connector(const SourceConfig &config, const SecretStore &secrets,
                     QObject *parent = nullptr);

    struct Settings {
        QString format = QStringLiteral("json"); // json | xml
        QString jurisdictionId;
        bool fetchServices = true;
        QStringList serviceCodes;
        QString status; // open | closed | empty: both
        int days = 30;
        int pageSize = 0; // 0: the server's single answer (GeoReport caps it at 1000)
        int maxPages = 10;
        open311::Mapping mapping;
    };
    static Settings readSettings(const SourceConfig &config, ConfigIssues &issues);

    // One saved answer of requests.(json|xml); service names come only from
    // the requests' own service_name (services.json is not read).
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

protected:
    QString queueFirstRequests() override;
    QString complete() override;

private:
    QList<std::pair<QString, QString>> commonQuery() const;
    void requestPage(int page);
    static QString nothingUsable();

    Settings m_settings;
    QString m_settingsProblem;
};

} // namespace iocwall
