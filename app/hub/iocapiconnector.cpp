#include "iocapiconnector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

#include "util/jsonfields.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// The "data" array of a payload, or an error saying what came instead.
std::optional<QJsonArray> dataArray(const QByteArray &body, QString *error,
                                    QJsonObject *rootOut = nullptr)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = IocApiConnector::tr("phản hồi không phải JSON hợp lệ (vị trí %1: %2)")
                     .arg(parse.offset)
                     .arg(parse.errorString());
        const QByteArray around = body.mid(std::max(0, parse.offset - 12), 24);
        if (around.contains("NaN") || around.contains("Infinity"))
            *error += IocApiConnector::tr("; NaN và Infinity không phải số JSON");
        else if (const QString text = Connector::excerpt(body); !text.isEmpty())
            *error += u": «%1»"_s.arg(text);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = IocApiConnector::tr("phản hồi là một mảng, cần một đối tượng có mảng \"data\"");
        return std::nullopt;
    }
    const QJsonValue data = doc.object().value(u"data"_s);
    if (!data.isArray()) {
        *error = data.isUndefined()
                     ? IocApiConnector::tr("phản hồi thiếu mảng \"data\" (có các khóa: %1)")
                           .arg(doc.object().keys().join(u", "_s))
                     : IocApiConnector::tr("\"data\" cần là một mảng, nhưng là %1")
                           .arg(FieldReader::describe(data));
        return std::nullopt;
    }
    if (rootOut)
        *rootOut = doc.object();
    return data.toArray();
}

// Every element of `data` must be an object; says which one is not.
bool allObjects(const QJsonArray &data, QString *error)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!data.at(i).isObject()) {
            *error = IocApiConnector::tr("phần tử thứ %1 của \"data\" cần là một đối tượng, "
                                         "nhưng là %2")
                         .arg(i)
                         .arg(FieldReader::describe(data.at(i)));
            return false;
        }
    }
    return true;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QDateTime parseTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no zone given: the IOC's local time, UTC+7
        t = QDateTime(t.date(), t.time(), QTimeZone(7 * 3600));
    return t.toUTC();
}

} // namespace

namespace iocapi {

std::optional<PayloadKind> kindOf(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.contains(u"indicator"_s))
        return PayloadKind::Observations;
    const QJsonObject first = root.value(u"data"_s).toArray().first().toObject();
    if (first.contains(u"id"_s))
        return PayloadKind::Reports;
    if (first.contains(u"kind"_s) || first.contains(u"parent"_s))
        return PayloadKind::Areas;
    if (first.contains(u"code"_s))
        return PayloadKind::Indicators;
    return std::nullopt;
}

std::optional<QList<IndicatorInfo>> parseIndicators(const QByteArray &body, QString *error)
{
    const auto data = dataArray(body, error);
    if (!data || !allObjects(*data, error))
        return std::nullopt;
    if (data->isEmpty()) {
        *error = IocApiConnector::tr("danh mục rỗng: API không liệt kê chỉ tiêu nào");
        return std::nullopt;
    }
    QList<IndicatorInfo> out;
    for (qsizetype i = 0; i < data->size(); ++i) {
        const QJsonObject o = data->at(i).toObject();
        IndicatorInfo info;
        info.code = o.value(u"code"_s).toString();
        if (info.code.isEmpty()) {
            *error = IocApiConnector::tr("chỉ tiêu thứ %1: \"code\" cần là chuỗi, nhưng là %2")
                         .arg(i)
                         .arg(FieldReader::describe(o.value(u"code"_s)));
            return std::nullopt;
        }
        info.name = o.value(u"name"_s).toString(info.code);
        info.nameEn = o.value(u"name_en"_s).toString();
        info.unit = o.value(u"unit"_s).toString();
        info.domain = o.value(u"domain"_s).toString();
        info.period = o.value(u"period"_s).toString(u"day"_s);
        info.aggregation =
            aggregationFromString(o.value(u"aggregation"_s).toString()).value_or(Aggregation::Last);
        info.target = optionalNumber(o.value(u"target"_s));
        const QJsonObject t = o.value(u"thresholds"_s).toObject();
        info.thresholds.direction = t.value(u"direction"_s).toString() == u"lower_is_better"
                                        ? Thresholds::Direction::LowerIsBetter
                                        : Thresholds::Direction::HigherIsBetter;
        info.thresholds.good = optionalNumber(t.value(u"good"_s));
        info.thresholds.warning = optionalNumber(t.value(u"warning"_s));
        out.append(info);
    }
    return out;
}

std::optional<QList<Area>> parseAreas(const QByteArray &body, QString *error)
{
    const auto data = dataArray(body, error);
    if (!data || !allObjects(*data, error))
        return std::nullopt;
    QList<Area> out;
    for (const QJsonValue &v : *data) {
        const QJsonObject o = v.toObject();
        Area a{o.value(u"code"_s).toString(), o.value(u"name"_s).toString(),
               o.value(u"kind"_s).toString(), o.value(u"parent"_s).toString(),
               o.value(u"lat"_s).toDouble(),  o.value(u"lon"_s).toDouble()};
        if (!a.code.isEmpty())
            out.append(a);
    }
    return out;
}

std::optional<QList<Observation>> parseObservations(const QByteArray &body, const QString &source,
                                                    QString *error)
{
    QJsonObject root;
    const auto data = dataArray(body, error, &root);
    if (!data || !allObjects(*data, error))
        return std::nullopt;
    const QString indicator = root.value(u"indicator"_s).toString();
    const QString unit = root.value(u"unit"_s).toString();
    QList<Observation> out;
    out.reserve(data->size());
    for (qsizetype i = 0; i < data->size(); ++i) {
        const QJsonObject o = data->at(i).toObject();
        Observation obs{indicator,
                        o.value(u"area"_s).toString(),
                        parseTime(o.value(u"time"_s)),
                        o.value(u"value"_s).toDouble(std::nan("")),
                        unit,
                        source};
        if (obs.area.isEmpty() || !obs.time.isValid() || !std::isfinite(obs.value)) {
            *error = IocApiConnector::tr("giá trị thứ %1 của chỉ tiêu %2 không hợp lệ (cần area, "
                                         "time ISO 8601 và value là số; có area %3, time %4, "
                                         "value %5)")
                         .arg(i)
                         .arg(indicator, FieldReader::describe(o.value(u"area"_s)),
                              FieldReader::describe(o.value(u"time"_s)),
                              FieldReader::describe(o.value(u"value"_s)));
            return std::nullopt;
        }
        out.append(obs);
    }
    return out;
}

std::optional<QList<Report>> parseReports(const QByteArray &body, const QString &source,
                                          QString *error)
{
    const auto data = dataArray(body, error);
    if (!data || !allObjects(*data, error))
        return std::nullopt;
    QList<Report> out;
    for (const QJsonValue &v : *data) {
        const QJsonObject o = v.toObject();
        Report r;
        r.id = o.value(u"id"_s).toString();
        if (r.id.isEmpty())
            continue;
        r.title = o.value(u"title"_s).toString();
        r.category = o.value(u"category"_s).toString();
        r.status = o.value(u"status"_s).toString();
        r.area = o.value(u"area"_s).toString();
        r.created = parseTime(o.value(u"created"_s));
        r.updated = parseTime(o.value(u"updated"_s));
        if (const QDateTime d = parseTime(o.value(u"deadline"_s)); d.isValid())
            r.deadline = d;
        r.address = o.value(u"address"_s).toString();
        r.lat = optionalNumber(o.value(u"lat"_s));
        r.lon = optionalNumber(o.value(u"lon"_s));
        r.agency = o.value(u"agency"_s).toString();
        r.source = source;
        out.append(r);
    }
    return out;
}

} // namespace iocapi

IocApiConnector::IocApiConnector(const SourceConfig &config, const SecretStore &secrets,
                                 QObject *parent)
    : Connector(config, secrets, parent)
    , m_backfillDays(config.settings.value(u"backfill_days"_s).toInt(35))
{
    // The catalog and the areas rarely change: a 304 reuses what was parsed last.
    setConditionalRequests(true);
}

PayloadMapping IocApiConnector::mapPayload(const QByteArray &payload, const PayloadHint &) const
{
    using iocapi::PayloadKind;
    QString error;
    // A malformed body is reported by the parser of observations, the most
    // common payload to save.
    const PayloadKind kind = iocapi::kindOf(payload).value_or(PayloadKind::Observations);
    RecordBatch page = newBatch();
    bool parsed = false;
    switch (kind) {
    case PayloadKind::Observations:
        if (auto observations = iocapi::parseObservations(payload, config().id, &error)) {
            page.observations = std::move(*observations);
            parsed = true;
        }
        break;
    case PayloadKind::Reports:
        if (auto reports = iocapi::parseReports(payload, config().id, &error)) {
            page.reports = std::move(*reports);
            parsed = true;
        }
        break;
    case PayloadKind::Areas:
        if (auto areas = iocapi::parseAreas(payload, &error)) {
            page.areas = std::move(*areas);
            parsed = true;
        }
        break;
    case PayloadKind::Indicators:
        if (auto indicators = iocapi::parseIndicators(payload, &error)) {
            for (IndicatorInfo &i : *indicators)
                i.source = config().id;
            page.indicators = std::move(*indicators);
            parsed = true;
        }
        break;
    }
    if (!parsed)
        return PayloadMapping::unusable(error);
    PayloadMapping out;
    out.batch = std::move(page);
    return out;
}

void IocApiConnector::poll(QNetworkAccessManager &network)
{
    if (m_busy)
        return; // never two polls of one source at once
    if (const QString problem = authProblem(); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return;
    }
    m_busy = true;
    m_network = &network;
    m_batch = RecordBatch{};
    m_batch.source = config().id;
    m_batch.fetchedAt = QDateTime::currentDateTimeUtc();
    m_pollNewest.clear();
    m_pending = {{u"indicators"_s, request(u"/indicators"_s)}, {u"areas"_s, request(u"/areas"_s)}};
    next();
}

void IocApiConnector::next()
{
    if (m_pending.isEmpty()) {
        m_busy = false;
        // Only a whole poll moves the window on: a failed one is asked again.
        for (auto it = m_pollNewest.cbegin(); it != m_pollNewest.cend(); ++it)
            m_newest.insert(it.key(), it.value());
        Q_EMIT finished(m_batch);
        return;
    }
    if (!m_network) {
        fail(IocApiConnector::tr("nguồn %1: mất kết nối mạng nội bộ của bộ thu thập")
                 .arg(config().id));
        return;
    }
    const auto [step, req] = m_pending.takeFirst();
    QNetworkReply *reply = m_network->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step = step] {
        reply->deleteLater();
        QString error;
        const auto bytes = body(reply, &error);
        if (!bytes) {
            fail(error);
            return;
        }
        handle(step, reply->request().url().path(), notModified(reply) ? std::nullopt : bytes);
    });
}

void IocApiConnector::fail(const QString &error)
{
    m_pending.clear();
    m_busy = false;
    m_batch = RecordBatch{}; // nothing of a failed poll leaves: no partial batch
    // The next poll asks unconditionally: a body that failed here must not be
    // answered by "not modified" and its parse skipped.
    forgetValidators();
    Q_EMIT failed(error);
}

void IocApiConnector::handle(const QString &step, const QString &path,
                             const std::optional<QByteArray> &bytes)
{
    QString error;
    const auto failAt = [&](const QString &what) {
        fail(IocApiConnector::tr("%1: %2: %3").arg(where(path), what, error));
    };
    if (step == u"indicators") {
        if (bytes) {
            const auto indicators = iocapi::parseIndicators(*bytes, &error);
            if (!indicators)
                return failAt(IocApiConnector::tr("danh mục chỉ tiêu"));
            m_catalog = *indicators;
        } else if (m_catalog.isEmpty()) {
            error = IocApiConnector::tr("máy chủ trả 304 khi chưa gửi danh mục lần nào");
            return failAt(IocApiConnector::tr("danh mục chỉ tiêu"));
        }
        queueObservations();
    } else if (step == u"areas") {
        if (bytes) {
            const auto areas = iocapi::parseAreas(*bytes, &error);
            if (!areas)
                return failAt(IocApiConnector::tr("danh mục địa bàn"));
            m_areas = *areas;
        }
        m_batch.areas = m_areas;
    } else if (step.startsWith(u"observations:")) {
        const QString indicator = step.mid(step.indexOf(u':') + 1);
        if (bytes) {
            const auto observations = iocapi::parseObservations(*bytes, config().id, &error);
            if (!observations)
                return failAt(IocApiConnector::tr("số liệu chỉ tiêu %1").arg(indicator));
            for (const Observation &o : *observations) {
                QDateTime &newest = m_pollNewest[o.indicator];
                if (!newest.isValid() || o.time > newest)
                    newest = o.time;
            }
            m_batch.observations.append(*observations);
        }
        m_batch.polledIndicators.append(indicator); // answered, even if with nothing new
    } else if (step == u"reports") {
        if (bytes) {
            const auto reports = iocapi::parseReports(*bytes, config().id, &error);
            if (!reports)
                return failAt(IocApiConnector::tr("phản ánh"));
            m_batch.reports = *reports;
        }
    }
    next();
}

void IocApiConnector::queueObservations()
{
    const QStringList wanted = config().settings.value(u"indicators"_s).toVariant().toStringList();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IndicatorInfo &i : std::as_const(m_catalog)) {
        if (!wanted.isEmpty() && !wanted.contains(i.code))
            continue;
        IndicatorInfo info = i;
        info.source = config().id;
        m_batch.indicators.append(info);
        // Ask again for the last day too: the newest bucket is still moving
        // and a source may correct recent values.
        const QDateTime from = m_newest.contains(i.code) ? m_newest.value(i.code).addDays(-1)
                                                         : now.addDays(-m_backfillDays);
        m_pending.append({u"observations:"_s + i.code,
                          request(u"/observations"_s, {{u"indicator"_s, i.code},
                                                       {u"from"_s, from.toString(Qt::ISODate)},
                                                       {u"to"_s, now.toString(Qt::ISODate)}})});
    }
    if (config().settings.value(u"reports"_s).toBool())
        m_pending.append(
            {u"reports"_s,
             request(u"/reports"_s,
                     {{u"from"_s, now.addDays(-m_backfillDays).toString(Qt::ISODate)}})});
}

} // namespace iocwall
