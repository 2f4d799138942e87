#include "ngsiparse.h"

#include "hub/connectors/ngsiconnector.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iocwall::ngsi {

namespace {

constexpr qsizetype kMaxProblems = 20;

void problem(Result &r, const QString &entity, const QString &attribute, const QString &what)
{
    ++r.skipped;
    if (r.problems.size() < kMaxProblems)
        r.problems.append(
            NgsiConnector::tr("thực thể %1, thuộc tính %2: %3").arg(entity, attribute, what));
}

// The plain value inside any NGSI wrapping: a v2/LD attribute object ("value"),
// an LD Relationship ("object"), a JSON-LD typed value ("@value"), or the first
// element of a list (areaServed may be a list).
QJsonValue plain(QJsonValue v)
{
    for (int depth = 0; depth < 4; ++depth) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            v = a.isEmpty() ? QJsonValue() : a.first();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(u"value"_s))
                v = o.value(u"value"_s);
            else if (o.contains(u"object"_s))
                v = o.value(u"object"_s);
            else if (o.contains(u"@value"_s))
                v = o.value(u"@value"_s);
            else
                return v;
        } else {
            return v;
        }
    }
    return v;
}

std::optional<QDateTime> instanceTime(const QJsonObject &instance, const QTimeZone &zone)
{
    if (auto t = standards::isoTime(instance.value(u"observedAt"_s), zone))
        return t;
    const QJsonObject metadata = instance.value(u"metadata"_s).toObject();
    for (const auto key : {u"TimeInstant", u"dateObserved", u"timestamp", u"observedAt"})
        if (auto t = standards::isoTime(plain(metadata.value(key)), zone))
            return t;
    return std::nullopt;
}

std::optional<QDateTime> entityTime(const QJsonObject &entity, const QTimeZone &zone)
{
    for (const auto key : {u"dateObserved", u"TimeInstant", u"observedAt"})
        if (auto t = standards::isoTime(plain(entity.value(key)), zone))
            return t;
    return std::nullopt;
}

QString unitCodeOf(const QJsonObject &instance)
{
    if (const QString code = instance.value(u"unitCode"_s).toString(); !code.isEmpty())
        return code;
    return plain(instance.value(u"metadata"_s).toObject().value(u"unitCode"_s)).toString();
}

QString areaOf(const QJsonObject &entity, const QString &id, const Mapping &m)
{
    if (!m.areaAttribute.isEmpty()) {
        const QString key = plain(plain(entity.value(m.areaAttribute))).toString();
        if (!key.isEmpty())
            return m.areaMap.value(key, key);
    }
    return m.areaMap.value(id, m.defaultArea);
}

// Everything needed to turn one value of one attribute into an observation.
struct Target {
    const Mapping &mapping;
    const QString &entityId;
    const QString &attribute;
    const standards::IndicatorTarget &indicator;
    const QString &area;
    Result &result;

    void add(const QJsonValue &rawValue, std::optional<QDateTime> time, const QString &unitCode)
    {
        const QJsonValue value = plain(rawValue);
        const auto number = standards::number(value);
        if (!number)
            return problem(result, entityId, attribute,
                           NgsiConnector::tr("giá trị không phải số hữu hạn (%1)")
                               .arg(FieldReader::describe(value)));
        if (!time)
            return problem(result, entityId, attribute,
                           NgsiConnector::tr("không có thời điểm (observedAt, dateObserved, "
                                             "TimeInstant hay metadata)"));
        if (area.isEmpty())
            return problem(result, entityId, attribute,
                           NgsiConnector::tr("không xác định được địa bàn"));
        const QString unit =
            unitCode.isEmpty() ? indicator.unit : standards::unitFromCode(unitCode);
        result.observations.append(
            {indicator.indicator, area, *time, *number, unit, mapping.source});
    }
};

void readEntity(const QJsonObject &entity, const Mapping &m, Result &r)
{
    const QString id = entity.value(u"id"_s).toString(NgsiConnector::tr("(không có id)"));
    const QString area = areaOf(entity, id, m);
    std::optional<std::optional<QDateTime>> entityWhen; // looked up once, when needed
    const auto fallbackTime = [&] {
        if (!entityWhen)
            entityWhen = entityTime(entity, m.zoneless);
        return *entityWhen;
    };
    for (auto it = m.attributes.cbegin(); it != m.attributes.cend(); ++it) {
        const auto found = entity.constFind(it.key());
        if (found == entity.constEnd())
            continue; // entities of one type need not all carry every attribute
        Target target{m, id, it.key(), it.value(), area, r};
        const QJsonValue attr = found.value();
        if (attr.isObject() && attr.toObject().value(u"values"_s).isArray()) {
            // temporalValues: [[value, time], ...]
            const QJsonObject o = attr.toObject();
            const QString unitCode = unitCodeOf(o);
            for (const QJsonValue pair : o.value(u"values"_s).toArray()) {
                const QJsonArray p = pair.toArray();
                if (p.size() < 2) {
                    problem(r, id, it.key(),
                            NgsiConnector::tr("cần cặp [giá trị, thời điểm], nhưng có %1")
                                .arg(FieldReader::describe(pair)));
                    continue;
                }
                target.add(p.at(0), standards::isoTime(p.at(1), m.zoneless), unitCode);
            }
            continue;
        }
        const QJsonArray instances = attr.isArray() ? attr.toArray() : QJsonArray{attr};
        if (instances.isEmpty())
            problem(r, id, it.key(), NgsiConnector::tr("mảng giá trị rỗng"));
        for (const QJsonValue instance : instances) {
            const QJsonObject o = instance.toObject(); // empty for keyValues
            auto time = instanceTime(o, m.zoneless);
            if (!time)
                time = fallbackTime();
            target.add(instance, time, unitCodeOf(o));
        }
    }
}

// A broker's error answer (v2 {"error", "description"}; LD ProblemDetails
// {"type", "title", "detail"}) in words, or empty when `o` is not one.
QString brokerError(const QJsonObject &o)
{
    if (o.contains(u"error"_s))
        return NgsiConnector::tr("máy chủ NGSI báo lỗi %1: %2")
            .arg(o.value(u"error"_s).toString(), o.value(u"description"_s).toString());
    if (o.contains(u"title"_s) && o.contains(u"type"_s) && !o.contains(u"id"_s))
        return NgsiConnector::tr("máy chủ NGSI báo lỗi %1: %2")
            .arg(o.value(u"title"_s).toString(), o.value(u"detail"_s).toString());
    return {};
}

} // namespace

std::optional<Result> parseEntities(const QByteArray &body, const Mapping &mapping, QString *error)
{
    const auto doc = standards::parseJson(body, error);
    if (!doc)
        return std::nullopt;
    QJsonArray entities;
    if (doc->isArray()) {
        entities = doc->array();
    } else {
        const QJsonObject o = doc->object();
        if (const QString broker = brokerError(o); !broker.isEmpty()) {
            *error = broker;
            return std::nullopt;
        }
        if (!o.value(u"id"_s).isString()) {
            *error = NgsiConnector::tr("cần một mảng thực thể ở gốc phản hồi, nhưng có một đối "
                                       "tượng với các khóa: %1")
                         .arg(o.keys().mid(0, 8).join(u", "_s));
            return std::nullopt;
        }
        entities.append(o); // GET /entities/{id}: one entity
    }
    Result r;
    r.observations.reserve(entities.size() * mapping.attributes.size());
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonValue e = entities.at(i);
        ++r.entities;
        if (!e.isObject()) {
            problem(r, NgsiConnector::tr("thứ %1").arg(i), u"-"_s,
                    NgsiConnector::tr("cần một đối tượng thực thể, nhưng có %1")
                        .arg(FieldReader::describe(e)));
            continue;
        }
        readEntity(e.toObject(), mapping, r);
    }
    return r;
}

namespace {

void readSeries(const QJsonArray &index, const QJsonArray &values, const QString &entityId,
                const QString &attribute, const Mapping &m, Result &r)
{
    const auto indicator = m.attributes.constFind(attribute);
    if (indicator == m.attributes.cend())
        return; // an attribute the mapping does not ask for
    if (index.size() != values.size())
        problem(r, entityId, attribute,
                NgsiConnector::tr("index có %1 thời điểm nhưng values có %2 giá trị")
                    .arg(index.size())
                    .arg(values.size()));
    const QString area = m.areaMap.value(entityId, m.defaultArea);
    Target target{m, entityId, attribute, indicator.value(), area, r};
    const qsizetype n = std::min(index.size(), values.size());
    for (qsizetype i = 0; i < n; ++i)
        if (!values.at(i).isNull()) // QuantumLeap's gaps
            target.add(values.at(i), standards::isoTime(index.at(i), m.zoneless), {});
}

} // namespace

std::optional<Result> parseTimeSeries(const QByteArray &body, const Mapping &mapping,
                                      const SeriesRequest &asked, QString *error)
{
    const auto doc = standards::parseJson(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = NgsiConnector::tr("cần một đối tượng chuỗi thời gian (index, values) ở gốc "
                                   "phản hồi, nhưng có một mảng");
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    if (const QString broker = brokerError(root); !broker.isEmpty()) {
        *error = broker;
        return std::nullopt;
    }
    Result r;
    const QString entityId = root.value(u"entityId"_s).toString(asked.entityId);
    const QString attrName = root.value(u"attrName"_s).toString(asked.attribute);
    if (root.value(u"entities"_s).isArray()) {
        for (const QJsonValue e : root.value(u"entities"_s).toArray()) {
            const QJsonObject o = e.toObject();
            ++r.entities;
            readSeries(o.value(u"index"_s).toArray(), o.value(u"values"_s).toArray(),
                       o.value(u"entityId"_s).toString(), attrName, mapping, r);
        }
    } else if (root.value(u"attributes"_s).isArray()) {
        ++r.entities;
        const QJsonArray index = root.value(u"index"_s).toArray();
        for (const QJsonValue a : root.value(u"attributes"_s).toArray()) {
            const QJsonObject o = a.toObject();
            readSeries(index, o.value(u"values"_s).toArray(), entityId,
                       o.value(u"attrName"_s).toString(), mapping, r);
        }
    } else if (root.value(u"index"_s).isArray() && root.value(u"values"_s).isArray()) {
        ++r.entities;
        readSeries(root.value(u"index"_s).toArray(), root.value(u"values"_s).toArray(), entityId,
                   attrName, mapping, r);
    } else {
        *error = NgsiConnector::tr("chuỗi thời gian thiếu mảng \"index\" và \"values\" (hoặc "
                                   "\"entities\", \"attributes\")");
        return std::nullopt;
    }
    return r;
}

} // namespace iocwall::ngsi
