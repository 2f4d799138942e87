#include "open311connector.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

Open311Connector::Settings Open311Connector::readSettings(const SourceConfig &config,
                                                          ConfigIssues &issues)
{
    Settings s;
    FieldReader r(config.settings, u"/settings"_s, issues);
    s.format = r.string(u"format"_s, Need::Optional, s.format);
    if (s.format != u"json" && s.format != u"xml")
        issues.add(
            r.pathOf(u"format"_s),
            Open311Connector::tr("cần \"json\" hoặc \"xml\", nhưng có \"%1\"").arg(s.format));
    s.jurisdictionId = r.string(u"jurisdiction_id"_s, Need::Optional);
    s.fetchServices = r.boolean(u"services"_s, s.fetchServices);
    if (r.has(u"service_codes"_s))
        s.serviceCodes = r.stringList(u"service_codes"_s);
    s.status = r.string(u"status"_s, Need::Optional);
    if (!s.status.isEmpty() && s.status != u"open" && s.status != u"closed")
        issues.add(
            r.pathOf(u"status"_s),
            Open311Connector::tr("cần \"open\" hoặc \"closed\", nhưng có \"%1\"").arg(s.status));
    s.days = r.integer(u"days"_s, Need::Optional, s.days, 1, 90); // GeoReport's own limit
    s.pageSize = r.integer(u"page_size"_s, Need::Optional, s.pageSize, 0, 1000);
    s.maxPages = r.integer(u"max_pages"_s, Need::Optional, s.maxPages, 1, 1000);

    open311::Mapping &m = s.mapping;
    m.categoryMap = standards::stringMap(r, u"category_map"_s);
    const QHash<QString, QString> addressAreas = standards::stringMap(r, u"area_map"_s);
    for (auto it = addressAreas.cbegin(); it != addressAreas.cend(); ++it)
        m.addressAreas.append({it.key(), it.value()});
    // Longer names first: "Long Thành Bắc" must not be taken for "Long Thành".
    std::sort(m.addressAreas.begin(), m.addressAreas.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    if (r.has(u"areas"_s)) {
        const QJsonArray areas = r.array(u"areas"_s);
        for (qsizetype i = 0; i < areas.size(); ++i) {
            FieldReader a(areas.at(i).toObject(), r.pathOf(u"areas/%1"_s.arg(i)), issues);
            m.centroids.append({a.string(u"code"_s), a.number(u"lat"_s, Need::Required, 0, -90, 90),
                                a.number(u"lon"_s, Need::Required, 0, -180, 180)});
        }
    } else {
        QFile builtin(u":/data/areas/hoa-thanh.json"_s);
        if (builtin.open(QIODevice::ReadOnly))
            m.centroids = open311::centroidsFromAreasFile(builtin.readAll());
    }
    m.maxAreaKm = r.number(u"max_area_km"_s, Need::Optional, m.maxAreaKm, 0, 100);
    m.defaultArea = r.string(u"area"_s, Need::Optional);
    m.zoneless = standards::zonelessZone(r);
    m.source = config.id;
    return s;
}

Open311Connector::Open311Connector(const SourceConfig &config, const SecretStore &secrets,
                                   QObject *parent)
    : ChainConnector(config, secrets, parent)
{
    ConfigIssues issues(config.fileName);
    m_settings = readSettings(config, issues);
    if (!issues.isEmpty())
        m_settingsProblem = issues.summary();
}

QList<std::pair<QString, QString>> Open311Connector::commonQuery() const
{
    if (m_settings.jurisdictionId.isEmpty())
        return {};
    return {{u"jurisdiction_id"_s, m_settings.jurisdictionId}};
}

QString Open311Connector::queueFirstRequests()
{
    if (!m_settingsProblem.isEmpty())
        return m_settingsProblem;
    resetSkipped();
    m_settings.mapping.now = QDateTime::currentDateTimeUtc();
    if (m_settings.fetchServices) {
        enqueue(request(u"/services."_s + m_settings.format, commonQuery()),
                [this](QNetworkReply &, const QByteArray &body) {
                    QString error;
                    const auto names = open311::parseServices(body, &error);
                    if (!names)
                        return Open311Connector::tr("danh sách dịch vụ: %1").arg(error);
                    m_settings.mapping.serviceNames = *names;
                    return QString();
                });
    }
    requestPage(1);
    return {};
}

void Open311Connector::requestPage(int page)
{
    QList<std::pair<QString, QString>> query = commonQuery();
    const QDateTime now = m_settings.mapping.now;
    query.append({u"start_date"_s, now.addDays(-m_settings.days).toString(Qt::ISODate)});
    query.append({u"end_date"_s, now.toString(Qt::ISODate)});
    if (!m_settings.serviceCodes.isEmpty())
        query.append({u"service_code"_s, m_settings.serviceCodes.join(u',')});
    if (!m_settings.status.isEmpty())
        query.append({u"status"_s, m_settings.status});
    if (m_settings.pageSize > 0) {
        query.append({u"page"_s, QString::number(page)});
        query.append({u"page_size"_s, QString::number(m_settings.pageSize)});
    }
    enqueue(request(u"/requests."_s + m_settings.format, query),
            [this, page](QNetworkReply &, const QByteArray &body) {
                QString error;
                const auto result = open311::parseRequests(body, m_settings.mapping, &error);
                if (!result)
                    return Open311Connector::tr("yêu cầu dịch vụ: %1").arg(error);
                batch().reports.append(result->reports);
                noteSkipped(result->skipped, result->problems);
                const bool full = m_settings.pageSize > 0 && result->read >= m_settings.pageSize;
                if (full && page < m_settings.maxPages)
                    requestPage(page + 1);
                else if (full)
                    qWarning().noquote() << "iocwall: nguồn" << config().id << ": dừng ở" << page
                                         << "trang (max_pages)";
                return QString();
            });
}

QString Open311Connector::nothingUsable()
{
    return Open311Connector::tr("không có yêu cầu nào dùng được (%1 bị bỏ qua): %2");
}

QString Open311Connector::complete()
{
    return skippedOutcome(batch().reports.isEmpty(), nothingUsable());
}

PayloadMapping Open311Connector::mapPayload(const QByteArray &payload, const PayloadHint &) const
{
    if (!m_settingsProblem.isEmpty())
        return PayloadMapping::unusable(m_settingsProblem, true);
    open311::Mapping mapping = m_settings.mapping;
    mapping.now = QDateTime::currentDateTimeUtc(); // overdue is judged now, as a poll would
    QString error;
    const auto result = open311::parseRequests(payload, mapping, &error);
    if (!result)
        return PayloadMapping::unusable(Open311Connector::tr("yêu cầu dịch vụ: %1").arg(error));
    RecordBatch page = newBatch();
    page.reports = result->reports;
    return pageMapping(std::move(page), result->skipped, result->problems, nothingUsable());
}

} // namespace iocwall
