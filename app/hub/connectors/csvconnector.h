#pragma once

#include "hub/connectors/chainconnector.h"
#include "hub/connectors/csvparse.h"

namespace iocwall {

// Tables of observations: a CSV file (a local "file", or a file:// base URL),
// a CSV download over http(s) (open-data portals, spreadsheet exports), or
// CKAN's datastore_search API (paged by _links.next). Settings are described
// in docs/connectors.md. Threading: created, polled and destroyed in the hub's
// thread; a local file is read and parsed there too.
class CsvConnector : public ChainConnector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("csv");

    CsvConnector(const SourceConfig &config, const SecretStore &secrets, QObject *parent = nullptr);

    struct Settings {
        bool ckan = false;
        QString file; // a local file instead of the network
        QString path; // under the base URL
        QString resourceId;
        int pageSize = 1000;
        int maxPages = 50;
        QChar delimiter; // null: detect
        bool header = true;
        csv::Mapping mapping;
    };
    static Settings readSettings(const SourceConfig &config, ConfigIssues &issues);

    // A saved CSV file, or one saved datastore_search page (format "ckan").
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

protected:
    QString queueFirstRequests() override;
    QString complete() override;

private:
    QString take(const std::optional<csv::Table> &table, const QString &error);
    void requestCkan(const QNetworkRequest &request);

    Settings m_settings;
    QString m_settingsProblem;
    int m_pages = 0;
};

} // namespace iocwall
