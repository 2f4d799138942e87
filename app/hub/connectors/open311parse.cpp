#include "open311parse.h"

#include "hub/connectors/open311connector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::open311 {

namespace {

constexpr qsizetype kMaxProblems = 20;

QString text(const QJsonObject &record, const QString &key)
{
    const QJsonValue v = record.value(key);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

// An Open311 error list in words, or empty when the records are not one.
QString errorList(const QList<QJsonObject> &records)
{
    QStringList parts;
    for (const QJsonObject &r : records) {
        if (!r.contains(u"description"_s) || !r.contains(u"code"_s) ||
            r.contains(u"service_request_id"_s) || r.contains(u"service_code"_s))
            return {};
        parts.append(text(r, u"code"_s) + u' ' + text(r, u"description"_s));
    }
    if (parts.isEmpty())
        return {};
    return Open311Connector::tr("máy chủ Open311 báo lỗi: %1").arg(parts.join(u"; "_s));
}

// <root><record><field>text</field>...</record>...</root> as records of strings.
std::optional<QList<QJsonObject>> xmlRecords(const QByteArray &body, QString *error)
{
    QXmlStreamReader xml(body);
    QList<QJsonObject> records;
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            QJsonObject record;
            while (xml.readNextStartElement()) {
                const QString key = xml.name().toString();
                record.insert(key, xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
            records.append(record);
        }
    }
    if (xml.hasError()) {
        *error = Open311Connector::tr("phản hồi không phải XML hợp lệ (dòng %1, cột %2: %3)")
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    return records;
}

// The records of a JSON or an XML body (told apart by the first character).
std::optional<QList<QJsonObject>> records(const QByteArray &body, Result &r, QString *error)
{
    const QByteArray start = body.left(64).trimmed();
    if (start.startsWith('<') || start.startsWith("\xEF\xBB\xBF<"))
        return xmlRecords(body, error);
    const auto doc = standards::parseJson(body, error);
    if (!doc)
        return std::nullopt;
    QJsonArray array = doc->array();
    if (doc->isObject()) {
        const QJsonObject o = doc->object();
        // Some servers wrap the list; the well-known names are accepted.
        const auto key =
            std::find_if(o.begin(), o.end(), [](const QJsonValue &v) { return v.isArray(); });
        const QStringList known{u"service_requests"_s, u"requests"_s, u"services"_s, u"errors"_s};
        if (key == o.end() || !known.contains(key.key())) {
            *error = Open311Connector::tr("cần một mảng ở gốc phản hồi Open311, nhưng có một đối "
                                          "tượng với các khóa: %1")
                         .arg(o.keys().mid(0, 8).join(u", "_s));
            return std::nullopt;
        }
        array = key.value().toArray();
    }
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            ++r.skipped;
            r.problems.append(Open311Connector::tr("bản ghi thứ %1: cần một đối tượng, nhưng có %2")
                                  .arg(i + 1)
                                  .arg(FieldReader::describe(array.at(i))));
            continue;
        }
        out.append(array.at(i).toObject());
    }
    return out;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kPi = 3.14159265358979323846;
    const double meanLat = (lat1 + lat2) / 2 * kPi / 180;
    const double dx = (lon2 - lon1) * 111.32 * std::cos(meanLat);
    const double dy = (lat2 - lat1) * 110.57;
    return std::sqrt(dx * dx + dy * dy);
}

QString areaOf(const Report &report, const Mapping &m)
{
    for (const auto &[needle, area] : m.addressAreas)
        if (report.address.contains(needle, Qt::CaseInsensitive))
            return area;
    if (report.lat && report.lon) {
        const Centroid *best = nullptr;
        double bestKm = m.maxAreaKm;
        for (const Centroid &c : m.centroids) {
            const double km = distanceKm(*report.lat, *report.lon, c.lat, c.lon);
            if (km <= bestKm) {
                bestKm = km;
                best = &c;
            }
        }
        if (best)
            return best->code;
    }
    return m.defaultArea;
}

std::optional<Report> toReport(const QJsonObject &rec, const Mapping &m, QString *why)
{
    Report r;
    r.id = text(rec, u"service_request_id"_s);
    if (r.id.isEmpty()) {
        const QString token = text(rec, u"token"_s);
        *why =
            token.isEmpty()
                ? Open311Connector::tr("thiếu service_request_id")
                : Open311Connector::tr("chưa có service_request_id (mới có token %1)").arg(token);
        return std::nullopt;
    }
    const auto created = standards::isoTime(text(rec, u"requested_datetime"_s), m.zoneless);
    if (!created) {
        *why = Open311Connector::tr("requested_datetime không phải thời điểm ISO 8601 (\"%1\")")
                   .arg(text(rec, u"requested_datetime"_s).left(40));
        return std::nullopt;
    }
    r.created = *created;
    r.updated =
        standards::isoTime(text(rec, u"updated_datetime"_s), m.zoneless).value_or(r.created);
    r.deadline = standards::isoTime(text(rec, u"expected_datetime"_s), m.zoneless);
    const QString code = text(rec, u"service_code"_s);
    QString name = text(rec, u"service_name"_s);
    if (name.isEmpty())
        name = m.serviceNames.value(code);
    r.category = m.categoryMap.value(code, m.categoryMap.value(name, name.isEmpty() ? code : name));
    r.title = text(rec, u"description"_s).left(300);
    if (r.title.isEmpty())
        r.title = name;
    r.status = statusOf(text(rec, u"status"_s), text(rec, u"status_notes"_s), r.created, r.updated,
                        r.deadline, m.now);
    r.address = text(rec, u"address"_s);
    const auto lat = standards::number(rec.value(u"lat"_s));
    const auto lon = standards::number(rec.value(u"long"_s));
    if (lat && lon && (*lat != 0.0 || *lon != 0.0) && std::abs(*lat) <= 90 &&
        std::abs(*lon) <= 180) {
        r.lat = lat;
        r.lon = lon;
    }
    r.agency = text(rec, u"agency_responsible"_s);
    r.area = areaOf(r, m);
    r.source = m.source;
    return r;
}

} // namespace

QList<Centroid> centroidsFromAreasFile(const QByteArray &json)
{
    QList<Centroid> out;
    const QJsonArray areas = QJsonDocument::fromJson(json).object().value(u"areas"_s).toArray();
    for (const QJsonValue a : areas) {
        const QJsonObject o = a.toObject();
        if (!o.value(u"code"_s).toString().isEmpty() && o.value(u"lat"_s).isDouble() &&
            o.value(u"lon"_s).isDouble())
            out.append({o.value(u"code"_s).toString(), o.value(u"lat"_s).toDouble(),
                        o.value(u"lon"_s).toDouble()});
    }
    return out;
}

QString statusOf(const QString &open311Status, const QString &statusNotes, const QDateTime &created,
                 const QDateTime &updated, const std::optional<QDateTime> &deadline,
                 const QDateTime &now)
{
    if (open311Status.compare(u"closed"_s, Qt::CaseInsensitive) == 0)
        return u"resolved"_s;
    // "open" and anything else a server invents (acknowledged, in_progress):
    // not resolved, so still the town's to act on.
    if (deadline && now.isValid() && *deadline < now)
        return u"overdue"_s;
    const bool touched = !statusNotes.isEmpty() || (updated.isValid() && updated > created) ||
                         open311Status.compare(u"open"_s, Qt::CaseInsensitive) != 0;
    return touched ? u"in_progress"_s : u"received"_s;
}

std::optional<QHash<QString, QString>> parseServices(const QByteArray &body, QString *error)
{
    Result ignored;
    const auto list = records(body, ignored, error);
    if (!list)
        return std::nullopt;
    if (const QString e = errorList(*list); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    QHash<QString, QString> out;
    for (const QJsonObject &s : *list)
        if (const QString code = text(s, u"service_code"_s); !code.isEmpty())
            out.insert(code, text(s, u"service_name"_s));
    return out;
}

std::optional<Result> parseRequests(const QByteArray &body, const Mapping &mapping, QString *error)
{
    Result r;
    const auto list = records(body, r, error);
    if (!list)
        return std::nullopt;
    if (const QString e = errorList(*list); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    r.read = list->size() + r.skipped;
    r.reports.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        QString why;
        if (auto report = toReport(list->at(i), mapping, &why)) {
            r.reports.append(*report);
            continue;
        }
        ++r.skipped;
        if (r.problems.size() < kMaxProblems)
            r.problems.append(Open311Connector::tr("yêu cầu thứ %1 (%2): %3")
                                  .arg(i + 1)
                                  .arg(text(list->at(i), u"service_request_id"_s), why));
    }
    return r;
}

} // namespace iocwall::open311
