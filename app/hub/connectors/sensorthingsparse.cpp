#include "sensorthingsparse.h"

#include "hub/connectors/sensorthingsconnector.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iocwall::sensorthings {

namespace {

constexpr qsizetype kMaxProblems = 20;

void problem(Result &r, const QString &datastream, const QString &what)
{
    ++r.skipped;
    if (r.problems.size() < kMaxProblems)
        r.problems.append(SensorThingsConnector::tr("Datastream %1: %2").arg(datastream, what));
}

QString idText(const QJsonValue &id)
{
    if (id.isDouble())
        return QString::number(id.toInteger());
    return id.toString();
}

QString urlId(const QJsonValue &id)
{
    if (id.isDouble())
        return QString::number(id.toInteger());
    QString text = id.toString();
    return u'\'' + text.replace(u"'"_s, u"''"_s) + u'\''; // OData string key
}

QString areaOf(const QJsonObject &thing, const Mapping &m)
{
    if (!m.areaProperty.isEmpty()) {
        const QJsonValue v = thing.value(u"properties"_s).toObject().value(m.areaProperty);
        if (const QString key = v.isDouble() ? idText(v) : v.toString(); !key.isEmpty())
            return m.areaMap.value(key, key);
    }
    const QString id = idText(thing.value(u"@iot.id"_s));
    if (const auto it = m.areaMap.constFind(id); it != m.areaMap.cend())
        return it.value();
    return m.areaMap.value(thing.value(u"name"_s).toString(), m.defaultArea);
}

void addObservation(const Stream &s, const QJsonValue &time, const QJsonValue &value,
                    const Mapping &m, Result &r)
{
    const auto when = standards::isoTime(time, m.zoneless);
    if (!when)
        return problem(r, s.name,
                       SensorThingsConnector::tr("phenomenonTime không phải thời điểm "
                                                 "ISO 8601 (%1)")
                           .arg(FieldReader::describe(time)));
    const auto number = standards::number(value);
    if (!number)
        return problem(r, s.name,
                       SensorThingsConnector::tr("result không phải số hữu hạn (%1)")
                           .arg(FieldReader::describe(value)));
    if (s.area.isEmpty())
        return problem(r, s.name,
                       SensorThingsConnector::tr("không xác định được địa bàn của Thing"));
    r.observations.append({s.indicator, s.area, *when, *number, s.unit, m.source});
}

// The Datastream as a mapped stream, or nullopt when the mapping does not name it.
std::optional<Stream> streamOf(const QJsonObject &ds, const QJsonObject &thing, const Mapping &m)
{
    const QJsonValue rawId = ds.value(u"@iot.id"_s);
    const QString id = idText(rawId);
    const QString name = ds.value(u"name"_s).toString();
    const QString property = ds.value(u"ObservedProperty"_s).toObject().value(u"name"_s).toString();
    auto it = m.datastreams.constFind(id);
    if (it == m.datastreams.cend())
        it = m.datastreams.constFind(name);
    if (it == m.datastreams.cend())
        it = m.datastreams.constFind(property);
    if (it == m.datastreams.cend())
        return std::nullopt;
    const QString symbol =
        ds.value(u"unitOfMeasurement"_s).toObject().value(u"symbol"_s).toString();
    return Stream{id,
                  urlId(rawId),
                  name.isEmpty() ? id : name,
                  it->indicator,
                  symbol.isEmpty() ? it->unit : symbol,
                  areaOf(thing, m)};
}

void readDatastream(const QJsonObject &ds, const QJsonObject &thing, const Mapping &m, Result &r)
{
    const auto stream = streamOf(ds, thing, m);
    if (!stream)
        return;
    r.streams.append(*stream);
    const QJsonValue observations = ds.value(u"Observations"_s);
    if (observations.isUndefined())
        return; // not expanded: the dataArray requests bring them
    if (!observations.isArray())
        return problem(r, stream->name,
                       SensorThingsConnector::tr("cần mảng \"Observations\", nhưng có %1")
                           .arg(FieldReader::describe(observations)));
    for (const QJsonValue o : observations.toArray()) {
        const QJsonObject obs = o.toObject();
        addObservation(*stream, obs.value(u"phenomenonTime"_s), obs.value(u"result"_s), m, r);
    }
}

// The "value" array of a collection page, or an error naming what came instead.
std::optional<QJsonArray> collection(const QByteArray &body, Result &r, QString *error)
{
    const auto doc = standards::parseJson(body, error);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    if (doc->isArray() || !root.value(u"value"_s).isArray()) {
        const QString message = root.value(u"message"_s).toString(); // FROST's error body
        *error =
            message.isEmpty()
                ? SensorThingsConnector::tr("cần đối tượng {\"value\": [...]} của SensorThings "
                                            "ở gốc phản hồi, nhưng có %1")
                      .arg(doc->isArray() ? SensorThingsConnector::tr("một mảng")
                                          : root.keys().join(u", "_s))
                : SensorThingsConnector::tr("máy chủ SensorThings báo lỗi: %1").arg(message);
        return std::nullopt;
    }
    r.nextLink = root.value(u"@iot.nextLink"_s).toString();
    return root.value(u"value"_s).toArray();
}

} // namespace

std::optional<Result> parseThings(const QByteArray &body, const Mapping &mapping, QString *error)
{
    Result r;
    const auto things = collection(body, r, error);
    if (!things)
        return std::nullopt;
    for (const QJsonValue t : *things) {
        ++r.entities;
        const QJsonObject thing = t.toObject();
        for (const QJsonValue ds : thing.value(u"Datastreams"_s).toArray())
            readDatastream(ds.toObject(), thing, mapping, r);
    }
    return r;
}

std::optional<Result> parseDatastreams(const QByteArray &body, const Mapping &mapping,
                                       QString *error)
{
    Result r;
    const auto streams = collection(body, r, error);
    if (!streams)
        return std::nullopt;
    for (const QJsonValue ds : *streams) {
        ++r.entities;
        const QJsonObject o = ds.toObject();
        readDatastream(o, o.value(u"Thing"_s).toObject(), mapping, r);
    }
    return r;
}

std::optional<Result> parseDataArray(const QByteArray &body, const QList<Stream> &streams,
                                     const Stream &asked, const Mapping &mapping, QString *error)
{
    Result r;
    const auto groups = collection(body, r, error);
    if (!groups)
        return std::nullopt;
    for (const QJsonValue g : *groups) {
        const QJsonObject group = g.toObject();
        ++r.entities;
        const Stream *stream = &asked;
        if (const QString link = group.value(u"Datastream@iot.navigationLink"_s).toString();
            !link.isEmpty()) {
            // ".../Datastreams(5)" or ".../Datastreams('abc')"
            const qsizetype open = link.lastIndexOf(u"Datastreams("_s);
            const QString key = open < 0 ? QString() : link.mid(open + 12).chopped(1);
            const auto it = std::find_if(streams.cbegin(), streams.cend(),
                                         [&](const Stream &s) { return s.urlId == key; });
            if (it == streams.cend())
                continue; // a Datastream the mapping does not name
            stream = &*it;
        }
        const QJsonArray components = group.value(u"components"_s).toArray();
        qsizetype timeAt = -1, resultAt = -1;
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (components.at(i).toString() == u"phenomenonTime")
                timeAt = i;
            else if (components.at(i).toString() == u"result")
                resultAt = i;
        }
        if (timeAt < 0 || resultAt < 0) {
            problem(r, stream->name,
                    SensorThingsConnector::tr("\"components\" thiếu phenomenonTime hoặc result"));
            continue;
        }
        for (const QJsonValue row : group.value(u"dataArray"_s).toArray()) {
            const QJsonArray values = row.toArray();
            if (values.size() <= std::max(timeAt, resultAt)) {
                problem(r, stream->name,
                        SensorThingsConnector::tr("một dòng dataArray thiếu cột (%1)")
                            .arg(FieldReader::describe(row)));
                continue;
            }
            addObservation(*stream, values.at(timeAt), values.at(resultAt), mapping, r);
        }
    }
    return r;
}

} // namespace iocwall::sensorthings
