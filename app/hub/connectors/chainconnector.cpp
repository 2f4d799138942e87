#include "chainconnector.h"

#include <QDebug>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

void ChainConnector::poll(QNetworkAccessManager &network)
{
    if (m_busy)
        return; // never two polls of one source at once
    m_busy = true;
    m_network = &network;
    m_pending.clear();
    m_requestsSent = 0;
    m_batch = RecordBatch{};
    m_batch.source = config().id;
    m_batch.fetchedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = queueFirstRequests(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    next();
}

void ChainConnector::enqueue(const QNetworkRequest &request, Handler handler, NotFound notFound)
{
    m_pending.push_back({request, std::move(handler), notFound});
}

void ChainConnector::next()
{
    if (m_pending.empty()) {
        if (const QString problem = complete(); !problem.isEmpty())
            return fail(problem);
        m_busy = false;
        m_batch.skippedRecords = m_skipped;
        m_batch.skippedReason = m_problems.value(0);
        Q_EMIT finished(m_batch);
        return;
    }
    if (!m_network) {
        fail(Connector::tr("mất kết nối mạng nội bộ của bộ thu thập"));
        return;
    }
    Step step = std::move(m_pending.front());
    m_pending.pop_front();
    ++m_requestsSent;
    QNetworkReply *reply = m_network->get(step.request);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler = std::move(step.handler), notFound = step.notFound] {
                reply->deleteLater();
                if (notFound == NotFound::IsEmpty &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404)
                    return next();
                QString error;
                const auto bytes = body(reply, &error);
                if (!bytes)
                    return fail(error);
                if (error = handler(*reply, *bytes); !error.isEmpty())
                    return fail(error);
                next();
            });
}

void ChainConnector::fail(const QString &error)
{
    m_pending.clear();
    m_busy = false;
    Q_EMIT failed(error);
}

void ChainConnector::noteSkipped(qsizetype skipped, const QStringList &problems)
{
    m_skipped += skipped;
    for (const QString &p : problems)
        if (m_problems.size() < 5)
            m_problems.append(p);
}

void ChainConnector::resetSkipped()
{
    m_skipped = 0;
    m_problems.clear();
}

PayloadMapping ChainConnector::pageMapping(RecordBatch batch, qsizetype skipped,
                                           const QStringList &problems,
                                           const QString &nothingUsable) const
{
    const QString first = problems.mid(0, 5).join(u"; "_s);
    if (skipped > 0 && batch.recordCount() == 0)
        return PayloadMapping::unusable(nothingUsable.arg(skipped).arg(first));
    PayloadMapping out;
    batch.skippedRecords = skipped;
    batch.skippedReason = problems.value(0);
    if (skipped > 0)
        out.warnings.append(ChainConnector::tr("%1 bản ghi bị bỏ qua: %2").arg(skipped).arg(first));
    out.batch = std::move(batch);
    return out;
}

QString ChainConnector::noValueUsable()
{
    return ChainConnector::tr("không có giá trị nào dùng được (%1 bị bỏ qua): %2");
}

QString ChainConnector::skippedOutcome(bool nothingCame, const QString &nothingUsable) const
{
    if (m_skipped == 0)
        return {};
    // Some records were unusable: keep the rest but say so in the log; when
    // nothing at all was usable the source is as good as down.
    qWarning().noquote() << "iocwall: nguồn" << config().id << ":" << m_skipped
                         << "bản ghi bị bỏ qua;" << m_problems.join(u"; "_s);
    return nothingCame ? nothingUsable.arg(m_skipped).arg(m_problems.join(u"; "_s)) : QString();
}

} // namespace iocwall
