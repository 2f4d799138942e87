// The json connector's mapping engine on payloads written here: selection with
// wildcards, templates, several values per record, time and number forms,
// wrong shapes and types, and the paging plans.
#include "hub/connectors/jsonplan.h"

#include "support/testutil.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::jsonmap;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const char *text)
{
    QString error;
    const auto v = parsePayload(QByteArray(text), &error);
    EXPECT_TRUE(v.has_value()) << error.toStdString();
    return v.value_or(QJsonValue());
}

QJsonObject object(const char *text)
{
    return json(text).toObject();
}

// Reads one request's mapping from a settings object; fails the test on any issue.
JsonPlan plan(const char *settings)
{
    ConfigIssues issues(u"test.json"_s);
    const auto p = readJsonPlan(object(settings), issues);
    EXPECT_TRUE(p.has_value()) << issues.summary().toStdString();
    return p.value_or(JsonPlan{});
}

QList<ConfigError> planErrors(const char *settings)
{
    ConfigIssues issues(u"test.json"_s);
    EXPECT_FALSE(readJsonPlan(object(settings), issues).has_value());
    return issues.errors();
}

bool hasErrorAt(const QList<ConfigError> &errors, const QString &path)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const ConfigError &e) { return e.path == path; });
}

MapResult map(const JsonPlan &p, const char *payload, Variables variables = {})
{
    MapResult out;
    const MapContext context{variables, u"src"_s, p.zone};
    mapRequest(p.requests.first(), json(payload), context, out);
    return out;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

TEST(JsonPointer, ParsesEscapesAndWildcards)
{
    QString error;
    const auto p = jsonpath::Pattern::parse(u"/data/a~1b/*/c~0d"_s, &error);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->tokens(), (QStringList{u"data"_s, u"a/b"_s, u"*"_s, u"c~d"_s}));
    EXPECT_TRUE(p->isWildcard(2));
    EXPECT_EQ(p->wildcardCount(), 1);
    EXPECT_FALSE(jsonpath::Pattern::parse(u"data/*"_s, &error));
    EXPECT_FALSE(jsonpath::Pattern::parse(u"/a~2"_s, &error));
    EXPECT_TRUE(jsonpath::Pattern::parse(QString(), &error)->tokens().isEmpty());
    const QJsonValue doc = json(R"({"a":{"b":[10,20]}})");
    EXPECT_EQ(jsonpath::resolve(doc, {u"a"_s, u"b"_s, u"1"_s}).toInt(), 20);
    EXPECT_TRUE(jsonpath::resolve(doc, {u"a"_s, u"b"_s, u"2"_s}).isUndefined());
    EXPECT_TRUE(jsonpath::resolve(doc, {u"a"_s, u"b"_s, u"01"_s}).isUndefined());
    EXPECT_TRUE(jsonpath::resolve(doc, {u"x"_s}).isUndefined());
}

TEST(JsonMapping, TheSimulatorShapeWithAnIndicatorAtTheTop)
{
    const JsonPlan p = plan(R"({"requests":[{"path":"/observations",
        "observations":{"records":"/data/*","indicator":"{$/indicator}","area":"{area}",
                        "time":"{time}","value":"{value}","unit":"{^/unit}"}}]})");
    const MapResult r = map(p, R"({"indicator":"dvc.received","unit":"hồ sơ","data":[
        {"area":"long-hoa","time":"2026-11-23T00:00:00+07:00","value":48},
        {"area":"long-hoa","time":"2026-11-24T00:00:00+07:00","value":42}]})");
    ASSERT_EQ(r.observations.size(), 2);
    EXPECT_EQ(r.failed, 0);
    const Observation &o = r.observations.first();
    EXPECT_EQ(o.indicator, u"dvc.received"_s);
    EXPECT_EQ(o.area, u"long-hoa"_s);
    EXPECT_EQ(o.time, utc(2026, 11, 22, 17));
    EXPECT_EQ(o.value, 48.0);
    EXPECT_EQ(o.unit, u"hồ sơ"_s);
    EXPECT_EQ(o.source, u"src"_s);
}

TEST(JsonMapping, NestedWildcardsTemplatesAndSeveralValuesPerRecord)
{
    const JsonPlan p = plan(R"({"time_zone":"UTC","requests":[{
        "observations":{"records":"/stations/*/readings/*","area":"{^/ward}",
            "time":"{^/date} {hour}:00",
            "values":[{"indicator":"aqi.{^/code}","value":"{aqi}","unit":"AQI"},
                      {"indicator":"env.pm25","value":"{pm25}","unit":"µg/m³"}]}}]})");
    const MapResult r = map(p, R"({"stations":[
        {"code":"S1","ward":"long-hoa","date":"25/11/2026","readings":[
            {"hour":"08","aqi":"55","pm25":"20,5"},{"hour":"09","aqi":61,"pm25":null}]},
        {"code":"S2","ward":"hiep-tan","date":"25/11/2026","readings":[]}]})");
    EXPECT_EQ(r.selected, 2);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.skipped, 1); // the null pm25: no measurement, not an error
    ASSERT_EQ(r.observations.size(), 3);
    EXPECT_EQ(r.observations.at(0).indicator, u"aqi.S1"_s);
    EXPECT_EQ(r.observations.at(0).value, 55.0);
    EXPECT_EQ(r.observations.at(0).unit, u"AQI"_s);
    EXPECT_EQ(r.observations.at(1).indicator, u"env.pm25"_s);
    EXPECT_EQ(r.observations.at(1).value, 20.5);
    EXPECT_EQ(r.observations.at(1).time, utc(2026, 11, 25, 8));
    EXPECT_EQ(r.observations.at(2).time, utc(2026, 11, 25, 9));
    EXPECT_EQ(r.observations.at(2).area, u"long-hoa"_s);
}

TEST(JsonMapping, ArrayAtTheRootIndexVariablesAndValueMaps)
{
    const JsonPlan p = plan(R"({"requests":[{"each":{"indicator":["a.b"]},
        "observations":{"records":"/*","indicator":"{%indicator}","area":"khu-{#}",
            "time":"{t}","value":{"from":"{state}","map":{"tốt":1,"xấu":0},"default":-1}}}]})");
    const MapResult r = map(p, R"([{"t":1795568400,"state":"tốt"},{"t":1795568400000,"state":"xấu"},
              {"t":"2026-11-25","state":"?"}])",
                            {{u"indicator"_s, u"a.b"_s}});
    ASSERT_EQ(r.observations.size(), 3);
    EXPECT_EQ(r.observations.at(0).indicator, u"a.b"_s);
    EXPECT_EQ(r.observations.at(1).area, u"khu-1"_s);
    EXPECT_EQ(r.observations.at(0).value, 1.0);
    EXPECT_EQ(r.observations.at(1).value, 0.0);
    EXPECT_EQ(r.observations.at(2).value, -1.0);
    EXPECT_EQ(r.observations.at(0).time, utc(2026, 11, 25, 1));
    EXPECT_EQ(r.observations.at(1).time, utc(2026, 11, 25, 1));
    EXPECT_EQ(r.observations.at(2).time, utc(2026, 11, 24, 17)); // local midnight, +07:00
}

TEST(JsonMapping, EveryTimeAndNumberForm)
{
    const JsonPlan p = plan(R"({"requests":[{"observations":{"records":"/data/*",
        "indicator":"x","area":"a","time":"{t}","value":"{v}"}}]})");
    const MapResult r = map(p, R"({"data":[
        {"t":"2026-11-25T08:00:00+07:00","v":"1.234,5"},
        {"t":"2026-11-25T01:00:00Z","v":"1,234.5"},
        {"t":"2026-11-25T08:00:00","v":" 1 234,5 "},
        {"t":"2026-11-25T08:00","v":1234.5},
        {"t":"1795568400","v":"1234,5"},
        {"t":"1795568400000","v":"1234.5"},
        {"t":1795568400,"v":"+1234.5"},
        {"t":"25/11/2026 08:00","v":"1234,50"},
        {"t":"25/11/2026 08:00:00","v":"1.2345e3"}]})");
    EXPECT_EQ(r.failed, 0) << r.summary().toStdString();
    ASSERT_EQ(r.observations.size(), 9);
    for (const Observation &o : r.observations) {
        EXPECT_EQ(o.time, utc(2026, 11, 25, 1));
        EXPECT_EQ(o.value, 1234.5);
    }
}

TEST(JsonMapping, BadRecordsAreCountedAndNamedTheGoodOnesKept)
{
    const JsonPlan p = plan(R"({"requests":[{"observations":{"records":"/data/*",
        "indicator":"x","area":"{area}","time":"{t}","value":"{v}"}}]})");
    const MapResult r = map(p, R"({"data":[
        {"area":"a","t":"2026-11-25","v":"NaN"},
        {"area":"a","t":"2026-11-25","v":"Infinity"},
        {"area":"a","t":"hôm qua","v":1},
        {"t":"2026-11-25","v":1},
        {"area":{"x":1},"t":"2026-11-25","v":1},
        {"area":"a","t":"2026-11-25","v":true},
        {"area":"a","t":"2026-11-25","v":"12,5"},
        "not an object"]})");
    EXPECT_EQ(r.selected, 8);
    EXPECT_EQ(r.failed, 7);
    EXPECT_FALSE(r.allFailed());
    ASSERT_EQ(r.observations.size(), 1);
    EXPECT_EQ(r.observations.first().value, 12.5);
    ASSERT_EQ(r.problems.size(), MapResult::kMaxProblems);
    EXPECT_EQ(r.problems.at(0).record, u"/data/0"_s);
    EXPECT_EQ(r.problems.at(0).field, u"value"_s);
    EXPECT_EQ(r.problems.at(2).field, u"time"_s);
    EXPECT_TRUE(r.problems.at(2).what.contains(u"hôm qua"_s));
    EXPECT_EQ(r.problems.at(3).record, u"/data/3"_s);
    EXPECT_EQ(r.problems.at(3).field, u"area"_s);
    EXPECT_TRUE(r.problems.at(3).what.contains(u"{area}"_s));
    EXPECT_EQ(r.problems.at(4).field, u"area"_s);
    EXPECT_TRUE(r.summary().contains(u"7/8"_s)) << r.summary().toStdString();
}

TEST(JsonMapping, WrapperObjectWhereAnArrayWasExpectedIsUnusable)
{
    const JsonPlan p = plan(R"({"requests":[{"observations":{"records":"/data/*",
        "indicator":"x","area":"a","time":"{t}","value":"{v}"}}]})");
    const MapResult wrapped = map(p, R"({"data":{"items":[{"t":"2026-11-25","v":1}]}})");
    ASSERT_TRUE(wrapped.unusable);
    EXPECT_TRUE(wrapped.unusable->contains(u"/data"_s));
    EXPECT_TRUE(wrapped.unusable->contains(u"items"_s)); // the keys found, to fix the pointer
    const MapResult missing = map(p, R"({"result":[]})");
    ASSERT_TRUE(missing.unusable);
    const MapResult array = map(p, R"([1,2])");
    ASSERT_TRUE(array.unusable);
}

TEST(JsonMapping, EmptyArraysAndAllFailed)
{
    const JsonPlan p = plan(R"({"requests":[{"observations":{"records":"/data/*",
        "indicator":"x","area":"a","time":"{t}","value":"{v}"}}]})");
    const MapResult empty = map(p, R"({"data":[]})");
    EXPECT_FALSE(empty.unusable);
    EXPECT_EQ(empty.selected, 0);
    EXPECT_FALSE(empty.allFailed());
    const MapResult bad = map(p, R"({"data":[{"t":"x","v":1},{"t":"2026-11-25","v":"abc"}]})");
    EXPECT_TRUE(bad.allFailed());
}

TEST(JsonMapping, ANestedBranchOfTheWrongShapeIsARecordProblem)
{
    const JsonPlan p = plan(R"({"requests":[{"observations":{"records":"/s/*/r/*",
        "indicator":"x","area":"a","time":"{t}","value":"{v}"}}]})");
    const MapResult r = map(p, R"({"s":[{"r":[{"t":"2026-11-25","v":1}]},{"r":{"t":1}},{}]})");
    EXPECT_FALSE(r.unusable);
    EXPECT_EQ(r.observations.size(), 1);
    EXPECT_EQ(r.failed, 2);
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_EQ(r.problems.at(0).record, u"/s/1/r"_s);
    EXPECT_EQ(r.problems.at(1).record, u"/s/2/r"_s);
}

TEST(JsonMapping, Reports)
{
    const JsonPlan p = plan(R"({"requests":[{"reports":{"records":"/data/*","id":"{id}",
        "title":"{title}","category":"{category}","area":"{area}",
        "status":{"from":"{status}","map":{"Đang xử lý":"in_progress"}},
        "created":"{created}","updated":"{updated}","deadline":"{deadline}",
        "address":"{address}","lat":"{lat}","lon":"{lon}","agency":"{agency}"}}]})");
    const MapResult r = map(p, R"({"data":[
        {"id":"PA-1","title":"Đốt rác","category":"moi-truong","status":"Đang xử lý",
         "area":"long-hoa","created":"2026-11-25T05:38:03+07:00",
         "updated":"2026-11-25T08:10:37+07:00","deadline":null,"address":"46 Lạc Long Quân",
         "lat":"11,283022","lon":106.129755,"agency":"Phòng TN&MT"},
        {"id":"PA-2","status":"resolved","created":"25/11/2026 06:00"},
        {"id":"PA-3","created":"2026-11-25","lat":200},
        {"created":"2026-11-25"}]})");
    EXPECT_EQ(r.failed, 2);
    ASSERT_EQ(r.reports.size(), 2);
    const Report &a = r.reports.first();
    EXPECT_EQ(a.id, u"PA-1"_s);
    EXPECT_EQ(a.status, u"in_progress"_s);
    EXPECT_EQ(a.created, utc(2026, 11, 24, 22, 38).addSecs(3));
    EXPECT_EQ(a.updated, utc(2026, 11, 25, 1, 10).addSecs(37));
    EXPECT_FALSE(a.deadline.has_value());
    EXPECT_DOUBLE_EQ(*a.lat, 11.283022);
    EXPECT_DOUBLE_EQ(*a.lon, 106.129755);
    EXPECT_EQ(a.source, u"src"_s);
    const Report &b = r.reports.at(1);
    EXPECT_EQ(b.status, u"resolved"_s); // unlisted: the value itself
    EXPECT_EQ(b.updated, b.created);
    EXPECT_FALSE(b.lat.has_value());
    EXPECT_EQ(r.problems.at(0).field, u"lat"_s);
    EXPECT_EQ(r.problems.at(1).field, u"id"_s);
}

TEST(JsonPlanConfig, ProblemsNameTheJsonPath)
{
    const auto errors = planErrors(R"({"requests":[{"path":"observations",
        "query":{"x":"{nope}"},"paging":{"type":"sideways"},
        "observations":{"records":"data/*","indicator":"{%nope}","time":"{t",
                        "value":"{a}}","colour":"red"}}], "window_days":0})");
    for (const char *path :
         {"/settings/requests/0/path", "/settings/requests/0/query/x",
          "/settings/requests/0/paging/type", "/settings/requests/0/observations/records",
          "/settings/requests/0/observations/indicator", "/settings/requests/0/observations/time",
          "/settings/requests/0/observations/value", "/settings/requests/0/observations/colour",
          "/settings/requests/0/observations/area", "/settings/window_days"})
        EXPECT_TRUE(hasErrorAt(errors, QString::fromLatin1(path))) << path;
    EXPECT_TRUE(hasErrorAt(planErrors(R"({})"), u"/settings/requests"_s));
    EXPECT_TRUE(
        hasErrorAt(planErrors(R"({"requests":[{"path":"/x"}]})"), u"/settings/requests/0"_s));
    EXPECT_TRUE(hasErrorAt(planErrors(R"({"time_zone":"Mars/Olympus","requests":[]})"),
                           u"/settings/time_zone"_s));
    EXPECT_TRUE(hasErrorAt(
        planErrors(R"({"requests":[{"paging":{"type":"cursor"},"reports":{"records":"/*"}}]})"),
        u"/settings/requests/0/paging/next"_s));
}

TEST(JsonPlanConfig, JobsOnePerEachValueWithTheTimeWindow)
{
    const JsonPlan p = plan(R"({"window_hours":48,"requests":[
        {"path":"/obs/{indicator}","query":{"from":"{from}","to":"{to}"},
         "each":{"indicator":["a","b"]},
         "observations":{"records":"/*","indicator":"{%indicator}","area":"x","time":"{t}",
                         "value":"{v}"}},
        {"path":"/reports","time_format":"epoch_s",
         "reports":{"records":"/*","id":"{id}","created":"{c}"}}]})");
    const QDateTime now = utc(2026, 11, 25, 3);
    const QList<Job> jobs = plannedJobs(p, now);
    ASSERT_EQ(jobs.size(), 3);
    EXPECT_EQ(jobs.at(0).variables.value(u"indicator"_s), u"a"_s);
    EXPECT_EQ(jobs.at(1).variables.value(u"indicator"_s), u"b"_s);
    EXPECT_EQ(jobs.at(0).variables.value(u"from"_s), u"2026-11-23T03:00:00Z"_s);
    EXPECT_EQ(jobs.at(0).variables.value(u"to"_s), u"2026-11-25T03:00:00Z"_s);
    EXPECT_EQ(jobs.at(2).request, 1);
    EXPECT_EQ(jobs.at(2).variables.value(u"to"_s), QString::number(now.toSecsSinceEpoch()));
    EXPECT_EQ(fill(p.requests.first().path, jobs.at(1).variables), u"/obs/b"_s);
}

TEST(JsonPaging, PageNumberAndOffsetStopOnAShortPage)
{
    PagingSpec page;
    page.kind = PagingSpec::Kind::Page;
    page.param = u"page"_s;
    page.sizeParam = u"per_page"_s;
    page.size = 2;
    PageState s = startPaging(page);
    const QUrl base(u"http://127.0.0.1:1/api"_s);
    EXPECT_EQ(pageQuery(page, s),
              (QList<std::pair<QString, QString>>{{u"page"_s, u"1"_s}, {u"per_page"_s, u"2"_s}}));
    EXPECT_EQ(advance(page, s, {}, 2, base, base), PageStep::Next);
    EXPECT_EQ(pageQuery(page, s).first().second, u"2"_s);
    EXPECT_EQ(advance(page, s, {}, 1, base, base), PageStep::Done);

    PagingSpec offset = page;
    offset.kind = PagingSpec::Kind::Offset;
    offset.param = u"offset"_s;
    offset.start = 0;
    offset.maxPages = 3;
    s = startPaging(offset);
    EXPECT_EQ(advance(offset, s, {}, 2, base, base), PageStep::Next);
    EXPECT_EQ(pageQuery(offset, s).first().second, u"2"_s);
    EXPECT_EQ(advance(offset, s, {}, 2, base, base), PageStep::Next);
    EXPECT_EQ(advance(offset, s, {}, 2, base, base), PageStep::LimitReached);
    s = startPaging(offset);
    EXPECT_EQ(advance(offset, s, {}, 0, base, base), PageStep::Done);
}

TEST(JsonPaging, CursorAndNextLink)
{
    PagingSpec cursor;
    cursor.kind = PagingSpec::Kind::Cursor;
    cursor.param = u"cursor"_s;
    cursor.next = {u"meta"_s, u"next"_s};
    const QUrl base(u"http://127.0.0.1:8080/api"_s);
    PageState s = startPaging(cursor);
    EXPECT_TRUE(pageQuery(cursor, s).isEmpty()); // the first page has no cursor
    EXPECT_EQ(advance(cursor, s, json(R"({"meta":{"next":"abc"}})"), 5, base, base),
              PageStep::Next);
    EXPECT_EQ(pageQuery(cursor, s).first(), std::make_pair(u"cursor"_s, u"abc"_s));
    EXPECT_EQ(advance(cursor, s, json(R"({"meta":{"next":"abc"}})"), 5, base, base),
              PageStep::Loop);
    s = startPaging(cursor);
    EXPECT_EQ(advance(cursor, s, json(R"({"meta":{"next":null}})"), 5, base, base), PageStep::Done);

    PagingSpec link;
    link.kind = PagingSpec::Kind::NextLink;
    link.next = {u"links"_s, u"next"_s};
    s = startPaging(link);
    const QUrl current(u"http://127.0.0.1:8080/api/items?page=1"_s);
    EXPECT_EQ(advance(link, s, json(R"({"links":{"next":"items?page=2"}})"), 5, current, base),
              PageStep::Next);
    EXPECT_EQ(s.nextUrl, QUrl(u"http://127.0.0.1:8080/api/items?page=2"_s));
    EXPECT_TRUE(pageQuery(link, s).isEmpty());
    EXPECT_EQ(
        advance(link, s, json(R"({"links":{"next":"http://example.org/x"}})"), 5, current, base),
        PageStep::ForeignLink);
    s = startPaging(link);
    EXPECT_EQ(advance(link, s, json(R"({"links":{}})"), 5, current, base), PageStep::Done);
}

TEST(JsonPayload, BomTruncationAndNonJson)
{
    QString error;
    EXPECT_TRUE(parsePayload(QByteArray("\xEF\xBB\xBF{\"a\":1}"), &error).has_value());
    EXPECT_FALSE(parsePayload(QByteArray("{\"data\":[1,2"), &error).has_value());
    EXPECT_TRUE(error.contains(u"JSON"_s));
    EXPECT_FALSE(parsePayload(QByteArray("<html>502</html>"), &error).has_value());
    EXPECT_FALSE(parsePayload(QByteArray(""), &error).has_value());
    EXPECT_TRUE(error.contains(u"rỗng"_s));
}
