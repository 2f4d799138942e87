#pragma once

#include "hub/connectors/chainconnector.h"
#include "hub/connectors/sensorthingsparse.h"

namespace iocwall {

// OGC SensorThings API 1.1: the latest Observations of the mapped Datastreams,
// read from /Things (or /Datastreams) with $expand, following @iot.nextLink up
// to a page cap; or, with "result_format": "dataArray", the Datastreams first
// and then each one's /Observations in the dataArray format. The base URL is
// the service root (e.g. https://host/FROST-Server/v1.1). Settings are
// described in docs/connectors.md. Threading: created, polled and destroyed
// in the hub's thread.
class SensorThingsConnector : public ChainConnector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("sensorthings");

    SensorThingsConnector(const SourceConfig &config, const SecretStore &secrets,
                          QObject *parent = nullptr);

    enum class Entry { Things, Datastreams };
    struct Settings {
        Entry entry = Entry::Things;
        bool dataArray = false;
        QString filter; // OData $filter on the entry collection
        int pageSize = 100;
        int maxPages = 20;
        int observationsPerStream = 1; // the newest N of each Datastream
        sensorthings::Mapping mapping;
    };
    static Settings readSettings(const SourceConfig &config, ConfigIssues &issues);

    // One saved page of the entry collection (/Things or /Datastreams) with
    // its expanded Observations. A dataArray answer alone cannot be mapped:
    // its Datastream's indicator and area come from the entry page.
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

protected:
    QString queueFirstRequests() override;
    QString complete() override;

private:
    void requestPage(const QNetworkRequest &request);
    void requestDataArray(const sensorthings::Stream &stream);
    QString take(const std::optional<sensorthings::Result> &result, const QString &error);

    Settings m_settings;
    QString m_settingsProblem;
    int m_pages = 0; // pages of the entry collection read in this poll
};

} // namespace iocwall
