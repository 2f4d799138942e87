#include "jsonconnector.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

Q_LOGGING_CATEGORY(lcJson, "iocwall.hub.json")

namespace {
// Moves the items of `from` to the end of `to`; a move when `to` is empty.
template <typename T> void takeInto(QList<T> &to, QList<T> &from)
{
    if (to.isEmpty())
        to = std::move(from);
    else
        to.append(from);
    from.clear();
}
} // namespace

JsonConnector::JsonConnector(const SourceConfig &config, const SecretStore &secrets,
                             QObject *parent)
    : Connector(config, secrets, parent)
{
    ConfigIssues issues(config.fileName);
    m_plan = jsonmap::readJsonPlan(config.settings, issues);
    if (!m_plan)
        m_configProblem = JsonConnector::tr("cấu hình ánh xạ JSON sai:\n%1").arg(issues.summary());
}

void JsonConnector::poll(QNetworkAccessManager &network)
{
    if (m_busy)
        return; // never two polls of one source at once
    if (!m_plan) {
        Q_EMIT failed(m_configProblem);
        return;
    }
    if (const QString problem = authProblem(); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return;
    }
    m_busy = true;
    m_network = &network;
    m_batch = RecordBatch{};
    m_batch.source = config().id;
    m_batch.fetchedAt = QDateTime::currentDateTimeUtc();
    m_totals = {};
    m_notes.clear();
    m_jobs = jsonmap::plannedJobs(*m_plan, m_batch.fetchedAt);
    startJob();
}

PayloadMapping JsonConnector::mapPayload(const QByteArray &bytes, const PayloadHint &hint) const
{
    if (!m_plan)
        return PayloadMapping::unusable(m_configProblem, true);
    if (hint.request < 0 || hint.request >= m_plan->requests.size())
        return PayloadMapping::unusable(
            JsonConnector::tr("nguồn chỉ có %1 yêu cầu (--request từ 0)")
                .arg(m_plan->requests.size()),
            true);
    QString error;
    const auto payload = jsonmap::parsePayload(bytes, &error);
    if (!payload)
        return PayloadMapping::unusable(error);
    const jsonmap::RequestSpec &spec = m_plan->requests.at(hint.request);
    jsonmap::Variables variables;
    for (const jsonmap::Job &job : jsonmap::plannedJobs(*m_plan, QDateTime::currentDateTimeUtc()))
        if (job.request == hint.request) {
            variables = job.variables;
            break;
        }
    const jsonmap::PageState first = jsonmap::startPaging(spec.paging);
    if (spec.paging.kind == jsonmap::PagingSpec::Kind::Page)
        variables.insert(u"page"_s, QString::number(first.number));
    if (spec.paging.kind == jsonmap::PagingSpec::Kind::Offset)
        variables.insert(u"offset"_s, QString::number(first.number));
    variables.insert(u"cursor"_s, first.cursor);
    jsonmap::MapResult result;
    jsonmap::mapRequest(spec, *payload, {variables, config().id, m_plan->zone}, result);
    if (result.unusable)
        return PayloadMapping::unusable(*result.unusable);
    if (result.allFailed())
        return PayloadMapping::unusable(
            JsonConnector::tr("không bản ghi nào đọc được:\n%1").arg(result.summary()));
    PayloadMapping out;
    RecordBatch page = newBatch();
    page.observations = std::move(result.observations);
    page.reports = std::move(result.reports);
    page.skippedRecords = result.failed;
    if (!result.problems.isEmpty())
        page.skippedReason = result.problems.first().toString();
    if (result.failed > 0)
        out.warnings.append(result.summary());
    out.batch = std::move(page);
    return out;
}

void JsonConnector::startJob()
{
    if (m_jobs.isEmpty()) {
        m_busy = false;
        m_batch.skippedRecords = m_totals.failed;
        if (!m_totals.problems.isEmpty())
            m_batch.skippedReason = m_totals.problems.first().toString();
        Q_EMIT finished(m_batch);
        if (m_totals.failed > 0 || !m_notes.isEmpty()) {
            QStringList parts = m_notes;
            if (m_totals.failed > 0)
                parts.append(m_totals.summary());
            const QString message = parts.join(u'\n');
            qCWarning(lcJson).noquote() << config().id << message;
            Q_EMIT warning(message);
        }
        return;
    }
    m_job = m_jobs.takeFirst();
    m_page = jsonmap::startPaging(m_plan->requests.at(m_job.request).paging);
    fetch();
}

void JsonConnector::fetch()
{
    if (!m_network) {
        fail(JsonConnector::tr("mất kết nối mạng nội bộ của bộ thu thập"));
        return;
    }
    const jsonmap::RequestSpec &spec = m_plan->requests.at(m_job.request);
    QNetworkRequest req;
    if (m_page.nextUrl.isValid()) {
        req = requestForUrl(m_page.nextUrl);
    } else {
        // Values go into the path percent-encoded: an indicator code is data.
        jsonmap::Variables encoded;
        for (auto it = m_job.variables.begin(); it != m_job.variables.end(); ++it)
            encoded.insert(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        QList<std::pair<QString, QString>> query;
        for (const auto &[key, value] : spec.query)
            query.append({key, jsonmap::fill(value, m_job.variables)});
        query.append(jsonmap::pageQuery(spec.paging, m_page));
        req = request(jsonmap::fill(spec.path, encoded), query);
    }
    QNetworkReply *reply = m_network->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_busy)
            return;
        QString error;
        const auto bytes = body(reply, &error);
        if (!bytes) {
            fail(error);
            return;
        }
        handle(reply->url(), *bytes);
    });
}

void JsonConnector::handle(const QUrl &url, const QByteArray &bytes)
{
    const jsonmap::RequestSpec &spec = m_plan->requests.at(m_job.request);
    const QString where = url.path();
    QString error;
    const auto payload = jsonmap::parsePayload(bytes, &error);
    if (!payload)
        return fail(where + u": "_s + error);
    jsonmap::MapResult page;
    jsonmap::Variables variables = m_job.variables;
    if (spec.paging.kind == jsonmap::PagingSpec::Kind::Page)
        variables.insert(u"page"_s, QString::number(m_page.number));
    if (spec.paging.kind == jsonmap::PagingSpec::Kind::Offset)
        variables.insert(u"offset"_s, QString::number(m_page.number));
    variables.insert(u"cursor"_s, m_page.cursor);
    const jsonmap::MapContext context{variables, config().id, m_plan->zone};
    const qsizetype records = jsonmap::mapRequest(spec, *payload, context, page);
    if (page.unusable)
        return fail(where + u": "_s + *page.unusable);
    if (page.allFailed())
        return fail(
            JsonConnector::tr("%1: không bản ghi nào đọc được:\n%2").arg(where, page.summary()));
    // The records pass through m_totals (moved, not copied) into the batch.
    m_totals.merge(std::move(page));
    takeInto(m_batch.observations, m_totals.observations);
    takeInto(m_batch.reports, m_totals.reports);

    using jsonmap::PageStep;
    switch (jsonmap::advance(spec.paging, m_page, *payload, records, url, config().baseUrl)) {
    case PageStep::Next:
        fetch();
        return;
    case PageStep::Done:
        break;
    case PageStep::LimitReached:
        m_notes.append(JsonConnector::tr("%1: dừng ở trang thứ %2 (giới hạn max_pages); "
                                         "dữ liệu có thể chưa đủ")
                           .arg(where)
                           .arg(m_page.fetched));
        break;
    case PageStep::Loop:
        m_notes.append(
            JsonConnector::tr("%1: máy chủ trả lại một trang đã đọc; dừng phân trang").arg(where));
        break;
    case PageStep::ForeignLink:
        return fail(JsonConnector::tr("%1: liên kết trang sau trỏ ra ngoài máy chủ của nguồn "
                                      "(%2); không gửi mã truy cập tới đó")
                        .arg(where, config().baseUrl.host()));
    }
    endJob();
}

void JsonConnector::endJob()
{
    // What was asked for and answered is fresh even when nothing new came.
    if (const QString indicator = m_job.variables.value(u"indicator"_s); !indicator.isEmpty())
        m_batch.polledIndicators.append(indicator);
    startJob();
}

void JsonConnector::fail(const QString &error)
{
    m_jobs.clear();
    m_busy = false;
    Q_EMIT failed(error);
}

} // namespace iocwall
