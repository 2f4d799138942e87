#include "sensorthingsconnector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

SensorThingsConnector::Settings SensorThingsConnector::readSettings(const SourceConfig &config,
                                                                    ConfigIssues &issues)
{
    Settings s;
    FieldReader r(config.settings, u"/settings"_s, issues);
    const QString entry = r.string(u"entry"_s, Need::Optional, u"things"_s);
    if (entry == u"datastreams")
        s.entry = Entry::Datastreams;
    else if (entry != u"things")
        issues.add(r.pathOf(u"entry"_s),
                   SensorThingsConnector::tr("cần \"things\" hoặc \"datastreams\", nhưng có \"%1\"")
                       .arg(entry));
    const QString format = r.string(u"result_format"_s, Need::Optional, u"default"_s);
    s.dataArray = format == u"dataArray";
    if (!s.dataArray && format != u"default")
        issues.add(r.pathOf(u"result_format"_s),
                   SensorThingsConnector::tr("cần \"default\" hoặc \"dataArray\", nhưng có \"%1\"")
                       .arg(format));
    s.filter = r.string(u"filter"_s, Need::Optional);
    s.pageSize = r.integer(u"top"_s, Need::Optional, s.pageSize, 1, 10000);
    s.maxPages = r.integer(u"max_pages"_s, Need::Optional, s.maxPages, 1, 1000);
    s.observationsPerStream =
        r.integer(u"observations"_s, Need::Optional, s.observationsPerStream, 1, 10000);
    s.mapping.datastreams = standards::indicatorMap(r, u"datastreams"_s, Need::Required);
    s.mapping.areaProperty = r.string(u"area_property"_s, Need::Optional);
    s.mapping.areaMap = standards::stringMap(r, u"area_map"_s);
    s.mapping.defaultArea = r.string(u"area"_s, Need::Optional);
    s.mapping.zoneless = standards::zonelessZone(r);
    s.mapping.source = config.id;
    if (s.mapping.areaProperty.isEmpty() && s.mapping.areaMap.isEmpty() &&
        s.mapping.defaultArea.isEmpty())
        issues.add(r.path(), SensorThingsConnector::tr("cần \"area_property\", \"area_map\" hoặc "
                                                       "\"area\" để biết địa bàn của số liệu"));
    return s;
}

SensorThingsConnector::SensorThingsConnector(const SourceConfig &config, const SecretStore &secrets,
                                             QObject *parent)
    : ChainConnector(config, secrets, parent)
{
    ConfigIssues issues(config.fileName);
    m_settings = readSettings(config, issues);
    if (!issues.isEmpty())
        m_settingsProblem = issues.summary();
}

QString SensorThingsConnector::queueFirstRequests()
{
    if (!m_settingsProblem.isEmpty())
        return m_settingsProblem;
    resetSkipped();
    m_pages = 0;
    const QString observations =
        u"Observations($top=%1;$orderby=phenomenonTime desc;$select=phenomenonTime,result)"_s.arg(
            m_settings.observationsPerStream);
    QList<std::pair<QString, QString>> query{{u"$top"_s, QString::number(m_settings.pageSize)}};
    if (m_settings.entry == Entry::Things) {
        query.append(
            {u"$expand"_s, m_settings.dataArray
                               ? u"Datastreams($expand=ObservedProperty)"_s
                               : u"Datastreams($expand=ObservedProperty,%1)"_s.arg(observations)});
    } else {
        query.append({u"$expand"_s, m_settings.dataArray
                                        ? u"Thing,ObservedProperty"_s
                                        : u"Thing,ObservedProperty,%1"_s.arg(observations)});
    }
    if (!m_settings.filter.isEmpty())
        query.append({u"$filter"_s, m_settings.filter});
    requestPage(
        request(m_settings.entry == Entry::Things ? u"/Things"_s : u"/Datastreams"_s, query));
    return {};
}

void SensorThingsConnector::requestPage(const QNetworkRequest &pageRequest)
{
    enqueue(pageRequest, [this](QNetworkReply &, const QByteArray &body) {
        QString error;
        const auto result = m_settings.entry == Entry::Things
                                ? sensorthings::parseThings(body, m_settings.mapping, &error)
                                : sensorthings::parseDatastreams(body, m_settings.mapping, &error);
        if (!result)
            return error;
        if (m_settings.dataArray) {
            // Observations come from each Datastream's dataArray request; any
            // the server expanded anyway are not taken twice.
            for (const sensorthings::Stream &s : result->streams)
                requestDataArray(s);
        } else {
            take(result, error);
        }
        if (result->nextLink.isEmpty())
            return QString();
        if (++m_pages >= m_settings.maxPages) {
            qWarning().noquote() << "iocwall: nguồn" << config().id << ": dừng ở" << m_pages
                                 << "trang (max_pages)";
            return QString();
        }
        // Credentials go with the link only when it stays on the source's server.
        const QNetworkRequest nextRequest = requestForUrl(QUrl(result->nextLink));
        requestPage(nextRequest);
        return QString();
    });
}

void SensorThingsConnector::requestDataArray(const sensorthings::Stream &stream)
{
    const QNetworkRequest r =
        request(u"/Datastreams(%1)/Observations"_s.arg(stream.urlId),
                {{u"$resultFormat"_s, u"dataArray"_s},
                 {u"$select"_s, u"phenomenonTime,result"_s},
                 {u"$orderby"_s, u"phenomenonTime desc"_s},
                 {u"$top"_s, QString::number(m_settings.observationsPerStream)}});
    enqueue(r, [this, stream](QNetworkReply &, const QByteArray &body) {
        QString error;
        return take(sensorthings::parseDataArray(body, {}, stream, m_settings.mapping, &error),
                    error);
    });
}

QString SensorThingsConnector::take(const std::optional<sensorthings::Result> &result,
                                    const QString &error)
{
    if (!result)
        return error;
    batch().observations.append(result->observations);
    noteSkipped(result->skipped, result->problems);
    return {};
}

QString SensorThingsConnector::complete()
{
    return observationsOutcome();
}

PayloadMapping SensorThingsConnector::mapPayload(const QByteArray &payload,
                                                 const PayloadHint &) const
{
    if (!m_settingsProblem.isEmpty())
        return PayloadMapping::unusable(m_settingsProblem, true);
    QString error;
    if (const auto doc = standards::parseJson(payload, &error)) {
        const QJsonValue first = doc->object().value(u"value"_s).toArray().first();
        if (first.toObject().contains(u"dataArray"_s))
            return PayloadMapping::unusable(
                SensorThingsConnector::tr(
                    "đây là câu trả lời dạng dataArray của một Datastream; nó không cho "
                    "biết chỉ tiêu và địa bàn. Hãy lưu trang %1 (có Observations mở rộng) "
                    "và đọc trang đó")
                    .arg(m_settings.entry == Entry::Things ? u"/Things"_s : u"/Datastreams"_s));
    }
    const auto result = m_settings.entry == Entry::Things
                            ? sensorthings::parseThings(payload, m_settings.mapping, &error)
                            : sensorthings::parseDatastreams(payload, m_settings.mapping, &error);
    if (!result)
        return PayloadMapping::unusable(error);
    RecordBatch page = newBatch();
    page.observations = result->observations;
    PayloadMapping out =
        pageMapping(std::move(page), result->skipped, result->problems, noValueUsable());
    if (out.batch && !result->nextLink.isEmpty())
        out.warnings.append(SensorThingsConnector::tr("trang này có @iot.nextLink; khi chạy thật "
                                                      "các trang sau cũng được đọc"));
    return out;
}

} // namespace iocwall
