#include "jsonmapping.h"

#include "util/valueparse.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::jsonmap {

namespace {

// The translation context of every jsonmap message.
struct JsonMapping {
    Q_DECLARE_TR_FUNCTIONS(JsonMapping)
};

void unknownKeys(const FieldReader &reader, const QStringList &allowed)
{
    for (auto it = reader.json().begin(); it != reader.json().end(); ++it)
        if (!allowed.contains(it.key()))
            reader.issues().add(reader.pathOf(it.key()),
                                JsonMapping::tr("trường không có ở đây; các trường có: %1")
                                    .arg(allowed.join(u", "_s)));
}

std::optional<jsonpath::Pattern> readRecords(const FieldReader &reader)
{
    const QString text = reader.string(u"records"_s);
    if (!reader.has(u"records"_s) || !reader.json().value(u"records"_s).isString())
        return std::nullopt;
    QString error;
    auto pattern = jsonpath::Pattern::parse(text, &error);
    if (!pattern)
        reader.issues().add(reader.pathOf(u"records"_s), error);
    return pattern;
}

ValueExpr expr(const FieldReader &reader, const QString &key, const QStringList &variables)
{
    return ValueExpr::compile(reader.json().value(key), reader.pathOf(key), reader.issues(),
                              variables);
}

// One record being mapped: evaluates fields and notes the first problem.
struct RecordMapper {
    const jsonpath::Scope &scope;
    const MapContext &context;
    // Codes, units and names repeat across records: one shared copy of each
    // keeps 200,000 records from holding 800,000 strings.
    QSet<QString> &pool;
    QString problemField;
    QString problem;

    bool failed() const { return !problemField.isEmpty(); }
    void fail(const QString &field, const QString &what)
    {
        if (!failed()) {
            problemField = field;
            problem = what;
        }
    }
    QJsonValue raw(const QString &field, const ValueExpr &e)
    {
        QString why;
        const QJsonValue v = e.evaluate(scope, context.variables, &why);
        if ((v.isUndefined() || v.isNull()) && e.isSet())
            fail(field, why.isEmpty() ? JsonMapping::tr("không có giá trị") : why);
        return v;
    }
    QString text(const QString &field, const ValueExpr &e, Need need = Need::Required)
    {
        if (!e.isSet() || (need == Need::Optional && isAbsent(e)))
            return {};
        const QJsonValue v = raw(field, e);
        if (v.isObject() || v.isArray())
            fail(field,
                 JsonMapping::tr("cần một chuỗi, nhưng có %1").arg(FieldReader::describe(v)));
        QString out = ValueExpr::toText(v);
        if (const auto it = pool.constFind(out); it != pool.cend())
            out = *it;
        else if (out.size() <= 64)
            pool.insert(out);
        if (out.isEmpty() && need == Need::Required && !failed())
            fail(field, JsonMapping::tr("chuỗi rỗng"));
        return out;
    }
    std::optional<QDateTime> time(const QString &field, const ValueExpr &e,
                                  Need need = Need::Required)
    {
        if (!e.isSet() || (need == Need::Optional && isAbsent(e)))
            return std::nullopt;
        const QJsonValue v = raw(field, e);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto t = values::parseTime(v, context.zone);
        if (!t)
            fail(field, JsonMapping::tr("không đọc được thời điểm từ %1 (cần ISO 8601, giây hoặc "
                                        "mili giây epoch, hay dd/MM/yyyy [HH:mm])")
                            .arg(FieldReader::describe(v)));
        return t;
    }
    std::optional<double> number(const QString &field, const ValueExpr &e,
                                 Need need = Need::Required)
    {
        if (!e.isSet() || (need == Need::Optional && isAbsent(e)))
            return std::nullopt;
        const QJsonValue v = raw(field, e);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto n = values::parseNumber(v);
        if (!n)
            fail(field,
                 JsonMapping::tr("cần một số hữu hạn, nhưng có %1").arg(FieldReader::describe(v)));
        return n;
    }
    // An optional field that is absent or null in this record is simply unset.
    bool isAbsent(const ValueExpr &e) const
    {
        QString ignored;
        const QJsonValue v = e.evaluate(scope, context.variables, &ignored);
        return v.isUndefined() || v.isNull();
    }
};

void noteProblem(MapResult &out, const QString &record, const QString &field, const QString &what)
{
    if (out.problems.size() < MapResult::kMaxProblems)
        out.problems.append({record, field, what});
}

void noteSelection(MapResult &out, const jsonpath::SelectOutcome &outcome)
{
    if (outcome.fatal) {
        out.unusable = JsonMapping::tr("tải về không có dạng đã cấu hình ở %1: %2")
                           .arg(outcome.fatal->path, outcome.fatal->what);
        return;
    }
    out.selected += outcome.failedBranches;
    out.failed += outcome.failedBranches;
    for (const auto &p : outcome.problems)
        noteProblem(out, p.path, u"records"_s, p.what);
}

} // namespace

QString MapProblem::toString() const
{
    return JsonMapping::tr("bản ghi %1, trường \"%2\": %3").arg(record, field, what);
}

void MapResult::merge(MapResult &&other)
{
    // Moved, not copied, when this is still empty: a page may hold a million records.
    if (observations.isEmpty())
        observations = std::move(other.observations);
    else
        observations.append(other.observations);
    if (reports.isEmpty())
        reports = std::move(other.reports);
    else
        reports.append(other.reports);
    selected += other.selected;
    failed += other.failed;
    skipped += other.skipped;
    for (const MapProblem &p : other.problems)
        if (problems.size() < kMaxProblems)
            problems.append(p);
    if (!unusable)
        unusable = other.unusable;
}

QString MapResult::summary() const
{
    QStringList lines;
    lines.append(JsonMapping::tr("%1/%2 bản ghi không đọc được").arg(failed).arg(selected));
    for (const MapProblem &p : problems)
        lines.append(p.toString());
    if (failed > problems.size())
        lines.append(JsonMapping::tr("… và %1 lỗi khác").arg(failed - problems.size()));
    return lines.join(u'\n');
}

std::optional<ObservationMapping> readObservationMapping(const FieldReader &reader,
                                                         const QStringList &variables)
{
    const qsizetype before = reader.issues().errors().size();
    unknownKeys(reader, {u"records"_s, u"indicator"_s, u"area"_s, u"time"_s, u"value"_s, u"unit"_s,
                         u"values"_s});
    ObservationMapping m;
    const auto records = readRecords(reader);
    m.indicator = expr(reader, u"indicator"_s, variables);
    m.area = expr(reader, u"area"_s, variables);
    m.time = expr(reader, u"time"_s, variables);
    m.unit = expr(reader, u"unit"_s, variables);
    for (const QString &key : {u"area"_s, u"time"_s})
        if (!reader.has(key))
            reader.issues().add(reader.pathOf(key),
                                JsonMapping::tr("thiếu trường bắt buộc; cần một chuỗi mẫu như "
                                                "\"{%1}\"")
                                    .arg(key));
    if (reader.has(u"values"_s)) {
        if (reader.has(u"value"_s))
            reader.issues().add(reader.pathOf(u"value"_s),
                                JsonMapping::tr("dùng \"value\" hoặc \"values\", không cả hai"));
        const QJsonArray list = reader.array(u"values"_s);
        if (reader.json().value(u"values"_s).isArray() && list.isEmpty())
            reader.issues().add(reader.pathOf(u"values"_s),
                                JsonMapping::tr("cần ít nhất một giá trị"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = reader.pathOf(u"values"_s) + u'/' + QString::number(i);
            if (!list.at(i).isObject()) {
                reader.issues().add(path, JsonMapping::tr("cần một đối tượng {\"indicator\", "
                                                          "\"value\", \"unit\"}, nhưng có %1")
                                              .arg(FieldReader::describe(list.at(i))));
                continue;
            }
            FieldReader entry(list.at(i).toObject(), path, reader.issues());
            unknownKeys(entry, {u"indicator"_s, u"value"_s, u"unit"_s});
            ObservationMapping::ValueField f{expr(entry, u"indicator"_s, variables),
                                             expr(entry, u"value"_s, variables),
                                             expr(entry, u"unit"_s, variables)};
            if (!f.value.isSet())
                entry.issues().add(entry.pathOf(u"value"_s),
                                   JsonMapping::tr("thiếu trường bắt buộc; cần một chuỗi mẫu "
                                                   "như \"{pm25}\""));
            if (!f.indicator.isSet() && !m.indicator.isSet())
                entry.issues().add(entry.pathOf(u"indicator"_s),
                                   JsonMapping::tr("thiếu mã chỉ tiêu (ở đây hoặc ở \"%1\")")
                                       .arg(reader.pathOf(u"indicator"_s)));
            m.values.append(f);
        }
    } else {
        if (!reader.has(u"value"_s))
            reader.issues().add(reader.pathOf(u"value"_s),
                                JsonMapping::tr("thiếu trường bắt buộc; cần \"value\" (một chuỗi "
                                                "mẫu như \"{value}\") hoặc \"values\""));
        if (!reader.has(u"indicator"_s))
            reader.issues().add(reader.pathOf(u"indicator"_s),
                                JsonMapping::tr("thiếu trường bắt buộc; cần mã chỉ tiêu, hằng "
                                                "hoặc mẫu như \"{$/indicator}\""));
        m.values.append({{}, expr(reader, u"value"_s, variables), {}});
    }
    if (!records || reader.issues().errors().size() != before)
        return std::nullopt;
    m.records = *records;
    return m;
}

std::optional<ReportMapping> readReportMapping(const FieldReader &reader,
                                               const QStringList &variables)
{
    const qsizetype before = reader.issues().errors().size();
    const QStringList fields = {u"id"_s,      u"title"_s,   u"category"_s, u"status"_s,
                                u"area"_s,    u"created"_s, u"updated"_s,  u"deadline"_s,
                                u"address"_s, u"lat"_s,     u"lon"_s,      u"agency"_s};
    unknownKeys(reader, QStringList{u"records"_s} + fields);
    for (const QString &key : {u"id"_s, u"created"_s})
        if (!reader.has(key))
            reader.issues().add(reader.pathOf(key),
                                JsonMapping::tr("thiếu trường bắt buộc; cần một chuỗi mẫu như "
                                                "\"{%1}\"")
                                    .arg(key));
    ReportMapping m;
    const auto records = readRecords(reader);
    ValueExpr *targets[] = {&m.id,      &m.title,    &m.category, &m.status, &m.area, &m.created,
                            &m.updated, &m.deadline, &m.address,  &m.lat,    &m.lon,  &m.agency};
    for (qsizetype i = 0; i < fields.size(); ++i)
        *targets[i] = expr(reader, fields.at(i), variables);
    if (!records || reader.issues().errors().size() != before)
        return std::nullopt;
    m.records = *records;
    return m;
}

void mapObservations(const QJsonValue &payload, const ObservationMapping &mapping,
                     const MapContext &context, MapResult &out)
{
    QSet<QString> pool;
    const auto outcome = jsonpath::select(payload, mapping.records, [&](const jsonpath::Scope &s) {
        ++out.selected;
        RecordMapper r{s, context, pool, {}, {}};
        const QString area = r.text(u"area"_s, mapping.area);
        const auto time = r.time(u"time"_s, mapping.time);
        const QString unit = r.text(u"unit"_s, mapping.unit, Need::Optional);
        // A record is taken whole or not at all: half a station's readings
        // would look like a complete one.
        QList<Observation> fromRecord;
        for (const auto &field : mapping.values) {
            QString why;
            if (field.value.evaluate(s, context.variables, &why).isNull()) {
                ++out.skipped; // null: no measurement for this one, not an error
                continue;
            }
            const auto value = r.number(u"value"_s, field.value);
            const QString indicator = r.text(
                u"indicator"_s, field.indicator.isSet() ? field.indicator : mapping.indicator);
            const QString ownUnit =
                field.unit.isSet() ? r.text(u"unit"_s, field.unit, Need::Optional) : unit;
            if (r.failed() || !value || !time)
                break;
            fromRecord.append({indicator, area, *time, *value, ownUnit, context.source});
        }
        if (r.failed()) {
            ++out.failed;
            noteProblem(out, jsonpath::concretePath(mapping.records, s.indices), r.problemField,
                        r.problem);
            return;
        }
        out.observations.append(fromRecord);
    });
    noteSelection(out, outcome);
}

void mapReports(const QJsonValue &payload, const ReportMapping &mapping, const MapContext &context,
                MapResult &out)
{
    QSet<QString> pool;
    const auto outcome = jsonpath::select(payload, mapping.records, [&](const jsonpath::Scope &s) {
        ++out.selected;
        RecordMapper r{s, context, pool, {}, {}};
        Report report;
        report.id = r.text(u"id"_s, mapping.id);
        const auto created = r.time(u"created"_s, mapping.created);
        report.title = r.text(u"title"_s, mapping.title, Need::Optional);
        report.category = r.text(u"category"_s, mapping.category, Need::Optional);
        report.status = r.text(u"status"_s, mapping.status, Need::Optional);
        report.area = r.text(u"area"_s, mapping.area, Need::Optional);
        const auto updated = r.time(u"updated"_s, mapping.updated, Need::Optional);
        report.deadline = r.time(u"deadline"_s, mapping.deadline, Need::Optional);
        report.address = r.text(u"address"_s, mapping.address, Need::Optional);
        report.lat = r.number(u"lat"_s, mapping.lat, Need::Optional);
        report.lon = r.number(u"lon"_s, mapping.lon, Need::Optional);
        report.agency = r.text(u"agency"_s, mapping.agency, Need::Optional);
        if (report.lat && std::fabs(*report.lat) > 90)
            r.fail(u"lat"_s, JsonMapping::tr("vĩ độ phải từ -90 đến 90"));
        if (report.lon && std::fabs(*report.lon) > 180)
            r.fail(u"lon"_s, JsonMapping::tr("kinh độ phải từ -180 đến 180"));
        if (r.failed() || !created) {
            ++out.failed;
            noteProblem(out, jsonpath::concretePath(mapping.records, s.indices), r.problemField,
                        r.problem);
            return;
        }
        report.created = *created;
        report.updated = updated.value_or(*created);
        report.source = context.source;
        out.reports.append(report);
    });
    noteSelection(out, outcome);
}

std::optional<QJsonValue> parsePayload(const QByteArray &bytes, QString *error)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QJsonParseError parse;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(view.data(), view.size()), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = view.trimmed().isEmpty()
                     ? JsonMapping::tr("phản hồi rỗng")
                     : JsonMapping::tr("phản hồi không phải JSON hợp lệ (byte %1: %2)")
                           .arg(parse.offset)
                           .arg(parse.errorString());
        return std::nullopt;
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace iocwall::jsonmap
