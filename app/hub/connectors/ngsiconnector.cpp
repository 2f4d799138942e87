#include "ngsiconnector.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// One of `names` (lower case) from a settings field, or the first after
// recording what was expected.
template <typename Enum>
Enum choice(const FieldReader &r, const QString &key, const QList<std::pair<QString, Enum>> &names)
{
    const QString value = r.string(key, Need::Optional, names.first().first);
    QStringList allowed;
    for (const auto &[name, e] : names) {
        if (value == name)
            return e;
        allowed.append(u'"' + name + u'"');
    }
    r.issues().add(
        r.pathOf(key),
        NgsiConnector::tr("cần một trong %1, nhưng có \"%2\"").arg(allowed.join(u", "_s), value));
    return names.first().second;
}

} // namespace

NgsiConnector::Settings NgsiConnector::readSettings(const SourceConfig &config,
                                                    ConfigIssues &issues)
{
    Settings s;
    FieldReader r(config.settings, u"/settings"_s, issues);
    s.flavor = choice<Flavor>(r, u"flavor"_s, {{u"v2"_s, Flavor::V2}, {u"ld"_s, Flavor::Ld}});
    s.mode = choice<Mode>(r, u"mode"_s,
                          {{u"entities"_s, Mode::Entities},
                           {u"timeseries"_s, Mode::TimeSeries},
                           {u"temporal"_s, Mode::Temporal}});
    s.format = choice<Format>(r, u"format"_s,
                              {{u"normalized"_s, Format::Normalized},
                               {u"keyValues"_s, Format::KeyValues},
                               {u"temporalValues"_s, Format::TemporalValues}});
    s.entityType = r.string(u"entity_type"_s, Need::Optional);
    if (r.has(u"entity_ids"_s))
        s.entityIds = r.stringList(u"entity_ids"_s);
    s.query = r.string(u"q"_s, Need::Optional);
    s.pageSize = r.integer(u"page_size"_s, Need::Optional, s.pageSize, 1, 1000);
    s.maxPages = r.integer(u"max_pages"_s, Need::Optional, s.maxPages, 1, 1000);
    s.lastN = r.integer(u"last_n"_s, Need::Optional, s.lastN, 1, 10000);
    s.backfillHours = r.integer(u"backfill_hours"_s, Need::Optional, s.backfillHours, 1, 24 * 366);
    s.fiwareService = r.string(u"fiware_service"_s, Need::Optional);
    s.fiwareServicePath = r.string(u"fiware_servicepath"_s, Need::Optional);
    s.tenant = r.string(u"tenant"_s, Need::Optional);
    s.context = r.string(u"context"_s, Need::Optional);
    s.mapping.attributes = standards::indicatorMap(r, u"attributes"_s, Need::Required);
    s.mapping.areaAttribute = r.string(u"area_attribute"_s, Need::Optional);
    s.mapping.areaMap = standards::stringMap(r, u"area_map"_s);
    s.mapping.defaultArea = r.string(u"area"_s, Need::Optional);
    s.mapping.zoneless = standards::zonelessZone(r);
    s.mapping.source = config.id;

    if (s.mapping.areaAttribute.isEmpty() && s.mapping.areaMap.isEmpty() &&
        s.mapping.defaultArea.isEmpty())
        issues.add(r.path(), NgsiConnector::tr("cần \"area_attribute\", \"area_map\" hoặc \"area\" "
                                               "để biết địa bàn của số liệu"));
    if (s.mode == Mode::TimeSeries && s.flavor != Flavor::V2)
        issues.add(r.pathOf(u"mode"_s),
                   NgsiConnector::tr("\"timeseries\" (QuantumLeap) chỉ dùng với flavor \"v2\""));
    if (s.mode == Mode::Temporal && s.flavor != Flavor::Ld)
        issues.add(r.pathOf(u"mode"_s),
                   NgsiConnector::tr("\"temporal\" chỉ dùng với flavor \"ld\""));
    if (s.format == Format::TemporalValues && s.mode != Mode::Temporal)
        issues.add(r.pathOf(u"format"_s),
                   NgsiConnector::tr("\"temporalValues\" chỉ dùng với mode \"temporal\""));
    if (s.entityType.isEmpty() && s.entityIds.isEmpty() &&
        (s.mode == Mode::TimeSeries || (s.flavor == Flavor::Ld && s.query.isEmpty())))
        issues.add(
            r.pathOf(u"entity_type"_s),
            NgsiConnector::tr("cần loại thực thể (hoặc \"entity_ids\") cho cách truy vấn này"));
    return s;
}

NgsiConnector::NgsiConnector(const SourceConfig &config, const SecretStore &secrets,
                             QObject *parent)
    : ChainConnector(config, secrets, parent)
{
    ConfigIssues issues(config.fileName);
    m_settings = readSettings(config, issues);
    if (!issues.isEmpty())
        m_settingsProblem = issues.summary();
}

QNetworkRequest NgsiConnector::brokerRequest(const QString &path,
                                             const QList<std::pair<QString, QString>> &query) const
{
    QNetworkRequest r = request(path, query);
    if (m_settings.flavor == Flavor::V2) {
        if (!m_settings.fiwareService.isEmpty())
            r.setRawHeader("Fiware-Service", m_settings.fiwareService.toUtf8());
        if (!m_settings.fiwareServicePath.isEmpty())
            r.setRawHeader("Fiware-ServicePath", m_settings.fiwareServicePath.toUtf8());
    } else {
        if (!m_settings.tenant.isEmpty())
            r.setRawHeader("NGSILD-Tenant", m_settings.tenant.toUtf8());
        // With a Link header the broker compacts names by our @context and
        // answers plain JSON (Accept: application/json) without one in the body.
        if (!m_settings.context.isEmpty())
            r.setRawHeader("Link", "<" + m_settings.context.toUtf8() +
                                       ">; rel=\"http://www.w3.org/ns/json-ld#context\"; "
                                       "type=\"application/ld+json\"");
    }
    return r;
}

QString NgsiConnector::queueFirstRequests()
{
    if (!m_settingsProblem.isEmpty())
        return m_settingsProblem;
    resetSkipped();
    if (m_settings.mode != Mode::TimeSeries) {
        requestEntitiesPage(0);
        return {};
    }
    for (auto it = m_settings.mapping.attributes.cbegin();
         it != m_settings.mapping.attributes.cend(); ++it) {
        if (m_settings.entityIds.isEmpty()) {
            requestSeries(u"/v2/types/%1/attrs/%2"_s.arg(m_settings.entityType, it.key()),
                          {{}, it.key()});
            continue;
        }
        for (const QString &id : m_settings.entityIds)
            requestSeries(u"/v2/entities/%1/attrs/%2"_s.arg(id, it.key()), {id, it.key()});
    }
    return {};
}

void NgsiConnector::requestEntitiesPage(int offset)
{
    const bool ld = m_settings.flavor == Flavor::Ld;
    const bool temporal = m_settings.mode == Mode::Temporal;
    QList<std::pair<QString, QString>> query;
    if (!m_settings.entityType.isEmpty())
        query.append({u"type"_s, m_settings.entityType});
    if (!m_settings.entityIds.isEmpty())
        query.append({u"id"_s, m_settings.entityIds.join(u',')});
    if (!m_settings.query.isEmpty())
        query.append({u"q"_s, m_settings.query});
    if (!ld) {
        // Only what the mapping reads: keeps a big broker's answer small.
        QStringList attrs = m_settings.mapping.attributes.keys();
        if (!m_settings.mapping.areaAttribute.isEmpty())
            attrs.append(m_settings.mapping.areaAttribute);
        attrs << u"dateObserved"_s << u"TimeInstant"_s;
        attrs.sort();
        query.append({u"attrs"_s, attrs.join(u',')});
    }
    if (temporal) {
        query.append({u"timerel"_s, u"after"_s});
        query.append({u"timeAt"_s, QDateTime::currentDateTimeUtc()
                                       .addSecs(-qint64(m_settings.backfillHours) * 3600)
                                       .toString(Qt::ISODate)});
        query.append({u"lastN"_s, QString::number(m_settings.lastN)});
    }
    query.append({u"limit"_s, QString::number(m_settings.pageSize)});
    query.append({u"offset"_s, QString::number(offset)});
    QStringList options;
    if (m_settings.format == Format::KeyValues)
        options.append(u"keyValues"_s);
    else if (m_settings.format == Format::TemporalValues)
        options.append(u"temporalValues"_s);
    if (!ld)
        options.append(u"count"_s);
    if (!options.isEmpty())
        query.append({u"options"_s, options.join(u',')});
    if (ld)
        query.append({u"count"_s, u"true"_s});

    const QString path =
        !ld ? u"/v2/entities"_s
            : (temporal ? u"/ngsi-ld/v1/temporal/entities"_s : u"/ngsi-ld/v1/entities"_s);
    enqueue(brokerRequest(path, query), [this, offset, ld](QNetworkReply &reply,
                                                           const QByteArray &body) {
        QString error;
        const auto result = ngsi::parseEntities(body, m_settings.mapping, &error);
        if (const QString problem = takeResult(result, error); !problem.isEmpty())
            return problem;
        // The broker's count header when it sent one, else "a full page: ask on".
        bool known = false;
        const qint64 total =
            reply.rawHeader(ld ? "NGSILD-Results-Count" : "Fiware-Total-Count").toLongLong(&known);
        const int nextOffset = offset + m_settings.pageSize;
        const bool more = known ? nextOffset < total : result->entities >= m_settings.pageSize;
        if (more && pagesFetched() < m_settings.maxPages)
            requestEntitiesPage(nextOffset);
        else if (more)
            qWarning().noquote() << "iocwall: nguồn" << config().id << ": dừng ở" << pagesFetched()
                                 << "trang (max_pages)";
        return QString();
    });
}

void NgsiConnector::requestSeries(const QString &path, const ngsi::SeriesRequest &asked)
{
    const QString from = QDateTime::currentDateTimeUtc()
                             .addSecs(-qint64(m_settings.backfillHours) * 3600)
                             .toString(Qt::ISODate);
    const QNetworkRequest r = brokerRequest(
        path, {{u"lastN"_s, QString::number(m_settings.lastN)}, {u"fromDate"_s, from}});
    enqueue(
        r,
        [this, asked](QNetworkReply &, const QByteArray &body) {
            QString error;
            return takeResult(ngsi::parseTimeSeries(body, m_settings.mapping, asked, &error),
                              error);
        },
        NotFound::IsEmpty);
}

QString NgsiConnector::takeResult(const std::optional<ngsi::Result> &result, const QString &error)
{
    if (!result)
        return error;
    batch().observations.append(result->observations);
    noteSkipped(result->skipped, result->problems);
    return {};
}

QString NgsiConnector::complete()
{
    return observationsOutcome();
}

PayloadMapping NgsiConnector::mapPayload(const QByteArray &payload, const PayloadHint &) const
{
    if (!m_settingsProblem.isEmpty())
        return PayloadMapping::unusable(m_settingsProblem, true);
    QString error;
    std::optional<ngsi::Result> result;
    if (m_settings.mode == Mode::TimeSeries) {
        // A series answer names its entity and attribute; when it does not,
        // they can only be the configured ones if there is just one of each.
        ngsi::SeriesRequest asked;
        if (m_settings.entityIds.size() == 1)
            asked.entityId = m_settings.entityIds.first();
        if (m_settings.mapping.attributes.size() == 1)
            asked.attribute = m_settings.mapping.attributes.cbegin().key();
        result = ngsi::parseTimeSeries(payload, m_settings.mapping, asked, &error);
    } else {
        result = ngsi::parseEntities(payload, m_settings.mapping, &error);
    }
    if (!result)
        return PayloadMapping::unusable(error);
    RecordBatch page = newBatch();
    page.observations = result->observations;
    return pageMapping(std::move(page), result->skipped, result->problems, noValueUsable());
}

} // namespace iocwall
