#pragma once

#include "hub/connector.h"
#include "hub/connectors/jsonplan.h"

#include <QPointer>

namespace iocwall {

// The generic REST/JSON connector: what to ask for and how to read the answers
// is all in the source's `settings` (docs/json-connector.md), so a new vendor
// API needs a config, not a release. Requests run one after another; each page
// is parsed and mapped in the hub's thread (never the GUI thread), where this
// object lives, is polled and destroyed.
//
// Records that cannot be mapped are left out and counted; the poll still
// succeeds with the good ones and warning() says what was left out. A payload
// of the wrong shape, or one of whose records none could be read, fails it.
class JsonConnector : public Connector {
    Q_OBJECT
public:
    static constexpr auto kType = QLatin1StringView("json");

    JsonConnector(const SourceConfig &config, const SecretStore &secrets,
                  QObject *parent = nullptr);
    void poll(QNetworkAccessManager &network) override;
    // One saved page of the answer to settings.requests[hint.request], with
    // the variables of that request's first instance and first page.
    PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const override;

    // The mapping read from the settings; nullopt when they were wrong (then
    // every poll fails with configProblem()).
    const std::optional<jsonmap::JsonPlan> &plan() const { return m_plan; }
    QString configProblem() const { return m_configProblem; }

Q_SIGNALS:
    // After finished(): some records were left out; plain words, first problems.
    void warning(const QString &message);

private:
    void startJob();
    void fetch();
    void handle(const QUrl &url, const QByteArray &bytes);
    void endJob();
    void fail(const QString &error);

    std::optional<jsonmap::JsonPlan> m_plan;
    QString m_configProblem;
    QPointer<QNetworkAccessManager> m_network;
    QList<jsonmap::Job> m_jobs;
    jsonmap::Job m_job;
    jsonmap::PageState m_page;
    RecordBatch m_batch;
    jsonmap::MapResult m_totals;
    QStringList m_notes; // paging limits met, for the warning
    bool m_busy = false;
};

} // namespace iocwall
