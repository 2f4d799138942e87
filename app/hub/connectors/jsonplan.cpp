#include "jsonplan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall::jsonmap {

namespace {

struct JsonPlanReader {
    Q_DECLARE_TR_FUNCTIONS(JsonPlanReader)
};

std::optional<QTimeZone> readZone(const QString &text)
{
    static const QRegularExpression offset(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
    if (text == u"Z" || text == u"UTC")
        return QTimeZone::utc();
    const auto m = offset.match(text);
    if (m.hasMatch()) {
        const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
        if (seconds > 14 * 3600)
            return std::nullopt;
        return QTimeZone(m.captured(1) == u"-" ? -seconds : seconds);
    }
    const QTimeZone named(text.toUtf8());
    return named.isValid() ? std::optional<QTimeZone>(named) : std::nullopt;
}

// The {names} a template uses that are not in `known`.
QStringList unknownNames(const QString &text, const QStringList &known)
{
    static const QRegularExpression name(u"\\{([^{}]*)\\}"_s);
    QStringList out;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured(1);
        if (!known.contains(n))
            out.append(n);
    }
    return out;
}

void checkTemplate(const FieldReader &reader, const QString &path, const QString &text,
                   const QStringList &known)
{
    const QStringList unknown = unknownNames(text, known);
    if (!unknown.isEmpty())
        reader.issues().add(path, JsonPlanReader::tr("biến {%1} không có; các biến có: %2")
                                      .arg(unknown.join(u"}, {"_s), known.join(u", "_s)));
}

PagingSpec readPaging(const FieldReader &p)
{
    PagingSpec spec;
    const QString type = p.string(u"type"_s);
    const QStringList types = {u"page"_s, u"offset"_s, u"cursor"_s, u"next_link"_s};
    const qsizetype kind = types.indexOf(type);
    if (kind < 0 && !type.isEmpty())
        p.issues().add(
            p.pathOf(u"type"_s),
            JsonPlanReader::tr("cần page, offset, cursor hoặc next_link, nhưng có \"%1\"")
                .arg(type));
    spec.kind = kind < 0 ? PagingSpec::Kind::None : PagingSpec::Kind(kind + 1);
    const bool numbered =
        spec.kind == PagingSpec::Kind::Page || spec.kind == PagingSpec::Kind::Offset;
    const bool linked =
        spec.kind == PagingSpec::Kind::Cursor || spec.kind == PagingSpec::Kind::NextLink;
    const QString defaultParam = spec.kind == PagingSpec::Kind::Offset   ? u"offset"_s
                                 : spec.kind == PagingSpec::Kind::Cursor ? u"cursor"_s
                                                                         : u"page"_s;
    if (spec.kind != PagingSpec::Kind::NextLink)
        spec.param = p.string(u"param"_s, Need::Optional, defaultParam);
    spec.sizeParam = p.string(u"size_param"_s, Need::Optional);
    spec.size = p.integer(u"size"_s,
                          numbered && !spec.sizeParam.isEmpty() ? Need::Required : Need::Optional,
                          0, 0, 100000);
    spec.start = p.integer(u"start"_s, Need::Optional,
                           spec.kind == PagingSpec::Kind::Offset ? 0 : 1, 0, 1000000);
    spec.maxPages = p.integer(u"max_pages"_s, Need::Optional, spec.maxPages, 1, 10000);
    spec.nextText = p.string(u"next"_s, linked ? Need::Required : Need::Optional);
    if (!spec.nextText.isEmpty()) {
        QString error;
        const auto pattern = jsonpath::Pattern::parse(spec.nextText, &error);
        if (!pattern)
            p.issues().add(p.pathOf(u"next"_s), error);
        else if (pattern->wildcardCount() > 0)
            p.issues().add(p.pathOf(u"next"_s), JsonPlanReader::tr("không dùng \"*\" ở đây"));
        else
            spec.next = pattern->tokens();
    }
    for (auto it = p.json().begin(); it != p.json().end(); ++it)
        if (!QStringList{u"type"_s, u"param"_s, u"size_param"_s, u"size"_s, u"start"_s,
                         u"max_pages"_s, u"next"_s}
                 .contains(it.key()))
            p.issues().add(p.pathOf(it.key()),
                           JsonPlanReader::tr("trường không có ở đây; các trường có: type, param, "
                                              "size_param, size, start, max_pages, next"));
    return spec;
}

RequestSpec readRequest(const FieldReader &r)
{
    RequestSpec spec;
    const QStringList keys = {u"path"_s,   u"query"_s,        u"each"_s,   u"time_format"_s,
                              u"paging"_s, u"observations"_s, u"reports"_s};
    for (auto it = r.json().begin(); it != r.json().end(); ++it)
        if (!keys.contains(it.key()))
            r.issues().add(r.pathOf(it.key()),
                           JsonPlanReader::tr("trường không có ở đây; các trường có: %1")
                               .arg(keys.join(u", "_s)));
    QStringList known = {u"from"_s, u"to"_s};
    const QJsonObject each = r.object(u"each"_s, Need::Optional);
    if (r.has(u"each"_s) && each.size() != 1)
        r.issues().add(
            r.pathOf(u"each"_s),
            JsonPlanReader::tr("cần đúng một biến, ví dụ {\"indicator\": [\"env.aqi\"]}"));
    if (!each.isEmpty()) {
        spec.eachName = each.begin().key();
        FieldReader eachReader(each, r.pathOf(u"each"_s), r.issues());
        spec.eachValues = eachReader.stringList(spec.eachName);
        known.append(spec.eachName);
    }
    const QString format = r.string(u"time_format"_s, Need::Optional, u"iso"_s);
    const QStringList formats = {u"iso"_s, u"iso_local"_s, u"date"_s, u"epoch_s"_s, u"epoch_ms"_s};
    if (!formats.contains(format))
        r.issues().add(r.pathOf(u"time_format"_s),
                       JsonPlanReader::tr("cần một trong %1, nhưng có \"%2\"")
                           .arg(formats.join(u", "_s), format));
    spec.timeFormat = RequestSpec::TimeFormat(std::max<qsizetype>(0, formats.indexOf(format)));
    const QJsonObject pagingJson = r.object(u"paging"_s, Need::Optional);
    if (!pagingJson.isEmpty())
        spec.paging = readPaging(FieldReader(pagingJson, r.pathOf(u"paging"_s), r.issues()));

    spec.path = r.string(u"path"_s, Need::Optional);
    if (!spec.path.isEmpty() && !spec.path.startsWith(u'/'))
        r.issues().add(r.pathOf(u"path"_s), JsonPlanReader::tr("cần bắt đầu bằng \"/\""));
    checkTemplate(r, r.pathOf(u"path"_s), spec.path, known);
    const QJsonObject query = r.object(u"query"_s, Need::Optional);
    FieldReader queryReader(query, r.pathOf(u"query"_s), r.issues());
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QString value =
            it.value().isDouble() ? ValueExpr::toText(it.value()) : queryReader.string(it.key());
        checkTemplate(r, queryReader.pathOf(it.key()), value, known);
        spec.query.append({it.key(), value});
    }

    QStringList mappingVariables = known;
    mappingVariables << u"page"_s << u"offset"_s << u"cursor"_s;
    if (r.has(u"observations"_s))
        spec.observations = readObservationMapping(
            FieldReader(r.object(u"observations"_s), r.pathOf(u"observations"_s), r.issues()),
            mappingVariables);
    if (r.has(u"reports"_s))
        spec.reports = readReportMapping(
            FieldReader(r.object(u"reports"_s), r.pathOf(u"reports"_s), r.issues()),
            mappingVariables);
    if (!r.has(u"observations"_s) && !r.has(u"reports"_s))
        r.issues().add(r.path(),
                       JsonPlanReader::tr("cần \"observations\" hoặc \"reports\" (hoặc cả "
                                          "hai) để biết đọc gì từ phản hồi"));
    return spec;
}

QString formatTime(const QDateTime &t, RequestSpec::TimeFormat format, const QTimeZone &zone)
{
    switch (format) {
    case RequestSpec::TimeFormat::IsoUtc:
        return t.toUTC().toString(Qt::ISODate);
    case RequestSpec::TimeFormat::IsoLocal:
        return t.toTimeZone(zone).toOffsetFromUtc(zone.offsetFromUtc(t)).toString(Qt::ISODate);
    case RequestSpec::TimeFormat::Date:
        return t.toTimeZone(zone).date().toString(Qt::ISODate);
    case RequestSpec::TimeFormat::EpochSeconds:
        return QString::number(t.toSecsSinceEpoch());
    case RequestSpec::TimeFormat::EpochMilliseconds:
        return QString::number(t.toMSecsSinceEpoch());
    }
    return {};
}

} // namespace

std::optional<JsonPlan> readJsonPlan(const QJsonObject &settings, ConfigIssues &issues)
{
    const qsizetype before = issues.errors().size();
    FieldReader s(settings, u"/settings"_s, issues);
    JsonPlan plan;
    const QStringList keys = {u"time_zone"_s, u"window_hours"_s, u"window_days"_s, u"requests"_s};
    for (auto it = settings.begin(); it != settings.end(); ++it)
        if (!keys.contains(it.key()))
            issues.add(s.pathOf(it.key()), JsonPlanReader::tr("trường không có ở đây; các trường "
                                                              "có: %1")
                                               .arg(keys.join(u", "_s)));
    const QString zone = s.string(u"time_zone"_s, Need::Optional, u"+07:00"_s);
    if (const auto z = readZone(zone))
        plan.zone = *z;
    else
        issues.add(s.pathOf(u"time_zone"_s),
                   JsonPlanReader::tr("cần độ lệch như \"+07:00\", \"UTC\" hoặc tên múi giờ như "
                                      "\"Asia/Ho_Chi_Minh\", nhưng có \"%1\"")
                       .arg(zone));
    plan.windowHours = s.integer(u"window_hours"_s, Need::Optional, plan.windowHours, 1, 24 * 400);
    if (s.has(u"window_days"_s))
        plan.windowHours = 24 * s.integer(u"window_days"_s, Need::Optional, 1, 1, 400);
    const QJsonArray requests = s.array(u"requests"_s);
    if (settings.value(u"requests"_s).isArray() && requests.isEmpty())
        issues.add(s.pathOf(u"requests"_s), JsonPlanReader::tr("cần ít nhất một yêu cầu"));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString path = s.pathOf(u"requests"_s) + u'/' + QString::number(i);
        if (!requests.at(i).isObject()) {
            issues.add(path, JsonPlanReader::tr("cần một đối tượng yêu cầu, nhưng có %1")
                                 .arg(FieldReader::describe(requests.at(i))));
            continue;
        }
        plan.requests.append(readRequest(FieldReader(requests.at(i).toObject(), path, issues)));
    }
    if (issues.errors().size() != before)
        return std::nullopt;
    return plan;
}

QList<Job> plannedJobs(const JsonPlan &plan, const QDateTime &now)
{
    QList<Job> jobs;
    for (int i = 0; i < plan.requests.size(); ++i) {
        const RequestSpec &r = plan.requests.at(i);
        Variables base{{u"from"_s, formatTime(now.addSecs(-3600LL * plan.windowHours), r.timeFormat,
                                              plan.zone)},
                       {u"to"_s, formatTime(now, r.timeFormat, plan.zone)}};
        if (r.eachName.isEmpty()) {
            jobs.append({i, base});
            continue;
        }
        for (const QString &value : r.eachValues) {
            Variables v = base;
            v.insert(r.eachName, value);
            jobs.append({i, v});
        }
    }
    return jobs;
}

qsizetype mapRequest(const RequestSpec &request, const QJsonValue &payload,
                     const MapContext &context, MapResult &out)
{
    MapResult page;
    qsizetype records = 0;
    if (request.observations) {
        mapObservations(payload, *request.observations, context, page);
        records = page.selected;
    }
    if (request.reports) {
        const qsizetype before = page.selected;
        mapReports(payload, *request.reports, context, page);
        if (!request.observations)
            records = page.selected - before;
    }
    out.merge(std::move(page));
    return records;
}

QString fill(const QString &text, const Variables &variables)
{
    QString out = text;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

PageState startPaging(const PagingSpec &spec)
{
    PageState state;
    state.number = spec.start;
    return state;
}

QList<std::pair<QString, QString>> pageQuery(const PagingSpec &spec, const PageState &state)
{
    QList<std::pair<QString, QString>> out;
    switch (spec.kind) {
    case PagingSpec::Kind::None:
    case PagingSpec::Kind::NextLink:
        break;
    case PagingSpec::Kind::Page:
    case PagingSpec::Kind::Offset:
        out.append({spec.param, QString::number(state.number)});
        break;
    case PagingSpec::Kind::Cursor:
        if (!state.cursor.isEmpty())
            out.append({spec.param, state.cursor});
        break;
    }
    if (!spec.sizeParam.isEmpty() && spec.size > 0)
        out.append({spec.sizeParam, QString::number(spec.size)});
    return out;
}

PageStep advance(const PagingSpec &spec, PageState &state, const QJsonValue &payload,
                 qsizetype records, const QUrl &current, const QUrl &base)
{
    ++state.fetched;
    QString next;
    switch (spec.kind) {
    case PagingSpec::Kind::None:
        return PageStep::Done;
    case PagingSpec::Kind::Page:
    case PagingSpec::Kind::Offset:
        // A short or empty page is the last one.
        if (records == 0 || (spec.size > 0 && records < spec.size))
            return PageStep::Done;
        if (state.fetched >= spec.maxPages)
            return PageStep::LimitReached;
        state.number += spec.kind == PagingSpec::Kind::Page ? 1 : records;
        return PageStep::Next;
    case PagingSpec::Kind::Cursor:
    case PagingSpec::Kind::NextLink:
        next = ValueExpr::toText(jsonpath::resolve(payload, spec.next));
        break;
    }
    if (next.isEmpty())
        return PageStep::Done;
    if (state.fetched >= spec.maxPages)
        return PageStep::LimitReached;
    if (spec.kind == PagingSpec::Kind::NextLink) {
        const QUrl url = current.resolved(QUrl(next));
        if (url.scheme() != base.scheme() || url.host() != base.host() ||
            url.port(url.scheme() == u"https" ? 443 : 80) !=
                base.port(base.scheme() == u"https" ? 443 : 80))
            return PageStep::ForeignLink;
        next = url.toString();
        state.nextUrl = url;
    }
    if (state.seen.contains(next))
        return PageStep::Loop; // a server that sends us round in circles
    state.seen.insert(next);
    if (spec.kind == PagingSpec::Kind::Cursor)
        state.cursor = next;
    return PageStep::Next;
}

} // namespace iocwall::jsonmap
