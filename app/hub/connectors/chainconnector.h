#pragma once

#include "hub/connector.h"

#include <QPointer>

#include <deque>
#include <functional>

namespace iocwall {

// The network half shared by the open-standard connectors: one poll is a chain
// of GET requests sent one after another (never two at once to one server), and
// a step's handler may queue more (the next page, the series of an entity).
// Records gather in one batch; finished() is emitted only when the whole chain
// answered, so a half-read source never replaces the last good data.
// Threading: created, polled and destroyed in the hub's thread.
class ChainConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void poll(QNetworkAccessManager &network) final;

protected:
    // Reads one answered step; returns an error in plain words, or empty to go on.
    using Handler = std::function<QString(QNetworkReply &reply, const QByteArray &body)>;

    // Queues the first requests of a poll, or returns why the poll cannot start
    // (a settings problem). Queuing nothing finishes the poll with an empty batch.
    virtual QString queueFirstRequests() = 0;

    // What an HTTP 404 answer means for a step: an error (the default), or "no
    // data" (QuantumLeap answers 404 for a series with nothing in the window).
    enum class NotFound { IsError, IsEmpty };

    void enqueue(const QNetworkRequest &request, Handler handler,
                 NotFound notFound = NotFound::IsError);
    // Called when every step answered; an error returned fails the poll
    // (e.g. nothing usable came at all).
    virtual QString complete() { return {}; }

    // Records a page parse dropped: counted, and the first few problems kept.
    void noteSkipped(qsizetype skipped, const QStringList &problems);
    void resetSkipped();
    // For complete(): logs what was skipped, and when nothing usable came at
    // all returns `nothingUsable` (a translated text with %1 = how many were
    // skipped, %2 = the first problems) as the poll's error.
    QString skippedOutcome(bool nothingCame, const QString &nothingUsable) const;
    RecordBatch &batch() { return m_batch; }
    // The `nothingUsable` text of the sources of observations (ngsi,
    // sensorthings, csv), and their complete(): no usable value at all fails.
    static QString noValueUsable();
    QString observationsOutcome()
    {
        return skippedOutcome(m_batch.observations.isEmpty(), noValueUsable());
    }
    // For mapPayload(): one page's records under the rule of a whole poll
    // (skipped ones counted in the batch and warned about; none usable at all
    // is the error `nothingUsable`, as in skippedOutcome()).
    PayloadMapping pageMapping(RecordBatch batch, qsizetype skipped, const QStringList &problems,
                               const QString &nothingUsable) const;
    // Pages followed so far in this poll: connectors cap them (a server whose
    // next-link never ends must not keep a poll alive for ever).
    int pagesFetched() const { return m_requestsSent; }

private:
    void next();
    void fail(const QString &error);

    QPointer<QNetworkAccessManager> m_network;
    qsizetype m_skipped = 0;
    QStringList m_problems;
    struct Step {
        QNetworkRequest request;
        Handler handler;
        NotFound notFound;
    };
    std::deque<Step> m_pending;
    RecordBatch m_batch;
    int m_requestsSent = 0;
    bool m_busy = false;
};

} // namespace iocwall
