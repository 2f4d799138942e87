// The SensorThings API payload readers on pages in the shape of OGC 18-088
// (tests/fixtures/sensorthings) and on broken ones.
#include "hub/connectors/sensorthingsconnector.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

sensorthings::Mapping mapping()
{
    sensorthings::Mapping m;
    m.datastreams = {{u"PM2.5"_s, {u"env.pm25"_s, {}}}, // by ObservedProperty name
                     {u"12"_s, {u"env.temp"_s, {}}},    // by @iot.id
                     {u"Mực nước kênh Tây"_s, {u"water.level"_s, u"m"_s}}}; // by name
    m.areaProperty = u"areaCode"_s;
    m.areaMap = {{u"Trạm quan trắc Trường Hòa"_s, u"truong-hoa"_s}};
    m.source = u"sta-test"_s;
    return m;
}

QByteArray fixture(const char *name)
{
    return test::readFixture(u"sensorthings/"_s + QString::fromLatin1(name))
        .replace("{base}", "http://127.0.0.1:8080");
}

} // namespace

TEST(SensorThings, ThingsWithExpandedDatastreamsAndObservations)
{
    QString error;
    const auto r = sensorthings::parseThings(fixture("things-page1.json"), mapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->entities, 2);
    EXPECT_EQ(r->skipped, 0) << r->problems.join(u'\n').toStdString();
    ASSERT_EQ(r->observations.size(), 5);
    EXPECT_TRUE(r->nextLink.startsWith(u"http://127.0.0.1:8080/v1.1/Things?"_s));
    ASSERT_EQ(r->streams.size(), 3);
    EXPECT_EQ(r->streams.at(0).urlId, u"11"_s);

    const Observation &latest = r->observations.at(0);
    EXPECT_EQ(latest.indicator, u"env.pm25"_s);
    EXPECT_EQ(latest.area, u"long-hoa"_s); // Thing.properties.areaCode
    EXPECT_EQ(latest.unit, u"µg/m³"_s);    // unitOfMeasurement.symbol
    EXPECT_EQ(latest.time, utc("2024-11-25T02:00:00Z"));
    EXPECT_DOUBLE_EQ(latest.value, 31.2);
    EXPECT_EQ(r->observations.at(2).indicator, u"env.temp"_s);
    EXPECT_EQ(r->observations.at(2).unit, u"°C"_s);
    // An interval phenomenonTime: its start.
    EXPECT_EQ(r->observations.at(3).area, u"hiep-tan"_s);
    EXPECT_EQ(r->observations.at(3).time, utc("2024-11-25T01:00:00Z"));
}

TEST(SensorThings, LastPageAndAreaByThingName)
{
    QString error;
    const auto r = sensorthings::parseThings(fixture("things-page2.json"), mapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_TRUE(r->nextLink.isEmpty());
    ASSERT_EQ(r->observations.size(), 1);
    EXPECT_EQ(r->observations.first().area, u"truong-hoa"_s);
    EXPECT_DOUBLE_EQ(r->observations.first().value, 12.6); // a numeric string result
}

TEST(SensorThings, DatastreamsWithExpandedThing)
{
    QString error;
    const auto r = sensorthings::parseDatastreams(fixture("datastreams.json"), mapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 2);
    EXPECT_EQ(r->observations.at(1).indicator, u"water.level"_s);
    EXPECT_EQ(r->observations.at(1).area, u"long-thanh-bac"_s);
    EXPECT_EQ(r->observations.at(1).unit, u"cm"_s); // the payload's symbol beats the mapping's
    EXPECT_EQ(r->streams.at(1).urlId, u"'mucnuoc-kenh-tay'"_s);
}

TEST(SensorThings, DataArrayByNavigationLinkOrByRequest)
{
    QString error;
    const auto page = sensorthings::parseThings(fixture("things-page1.json"), mapping(), &error);
    ASSERT_TRUE(page);
    const auto linked = sensorthings::parseDataArray(fixture("dataarray-11.json"), page->streams,
                                                     {}, mapping(), &error);
    ASSERT_TRUE(linked) << error.toStdString();
    ASSERT_EQ(linked->observations.size(), 3);
    EXPECT_EQ(linked->observations.at(2).time, utc("2024-11-25T00:00:00Z"));
    EXPECT_EQ(linked->observations.at(2).area, u"long-hoa"_s);

    // No navigation link: the Datastream the request was for; extra components ignored.
    const auto asked = sensorthings::parseDataArray(fixture("dataarray-21.json"), {},
                                                    page->streams.at(2), mapping(), &error);
    ASSERT_TRUE(asked) << error.toStdString();
    ASSERT_EQ(asked->observations.size(), 2);
    EXPECT_EQ(asked->observations.first().area, u"hiep-tan"_s);
    EXPECT_DOUBLE_EQ(asked->observations.first().value, 18.9);
}

TEST(SensorThings, BadPages)
{
    QString error;
    const QByteArray full = fixture("things-page1.json");
    EXPECT_FALSE(sensorthings::parseThings(full.left(700), mapping(), &error));
    EXPECT_TRUE(error.contains(u"JSON"_s)) << error.toStdString();
    EXPECT_FALSE(sensorthings::parseThings("[]", mapping(), &error)); // array, not a collection
    EXPECT_TRUE(error.contains(u"value"_s)) << error.toStdString();
    EXPECT_FALSE(sensorthings::parseThings(R"({"data": {"value": []}})", mapping(), &error));
    EXPECT_TRUE(error.contains(u"data"_s)) << error.toStdString();
    EXPECT_FALSE(sensorthings::parseThings(R"({"code": 400, "type": "error",
        "message": "Not a valid path for Things"})",
                                           mapping(), &error));
    EXPECT_TRUE(error.contains(u"Not a valid path"_s)) << error.toStdString();

    const auto empty = sensorthings::parseThings(R"({"value": []})", mapping(), &error);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->observations.isEmpty());

    // Bad observations are skipped, naming the Datastream; the good ones stay.
    const auto r = sensorthings::parseThings(R"({"value": [{"@iot.id": 1, "name": "T",
        "properties": {"areaCode": "long-hoa"},
        "Datastreams": [{"@iot.id": 5, "name": "PM2.5 T", "ObservedProperty": {"name": "PM2.5"},
          "unitOfMeasurement": {"symbol": "µg/m³"},
          "Observations": [
            {"phenomenonTime": "2024-11-25T01:00:00Z", "result": 10},
            {"phenomenonTime": "hôm qua", "result": 11},
            {"phenomenonTime": "2024-11-25T02:00:00Z", "result": {"pm": 12}},
            {"phenomenonTime": "2024-11-25T03:00:00Z", "result": "NaN"},
            {"phenomenonTime": "2024-11-25T04:00:00Z"}
          ]},
          {"@iot.id": 6, "name": "PM2.5 U", "ObservedProperty": {"name": "PM2.5"},
           "Observations": {"oops": 1}}]}]})",
                                             mapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 1);
    EXPECT_EQ(r->skipped, 5);
    const QString all = r->problems.join(u'\n');
    EXPECT_TRUE(all.contains(u"PM2.5 T"_s) && all.contains(u"phenomenonTime"_s) &&
                all.contains(u"PM2.5 U"_s))
        << all.toStdString();

    const auto noColumns = sensorthings::parseDataArray(
        R"({"value": [{"components": ["id", "result"], "dataArray": [[1, 2]]}]})", {},
        r->streams.first(), mapping(), &error);
    ASSERT_TRUE(noColumns);
    EXPECT_EQ(noColumns->skipped, 1);
    EXPECT_TRUE(noColumns->problems.first().contains(u"components"_s));
}

TEST(SensorThings, SettingsProblemsNameThePath)
{
    SourceConfig config;
    config.settings =
        QJsonDocument::fromJson(R"({"entry": "Sensors", "top": "100", "datastreams": ["PM2.5"]})")
            .object();
    ConfigIssues issues;
    SensorThingsConnector::readSettings(config, issues);
    QStringList paths;
    for (const ConfigError &e : issues.errors())
        paths.append(e.path);
    for (const auto path :
         {u"/settings/entry", u"/settings/top", u"/settings/datastreams", u"/settings"})
        EXPECT_TRUE(paths.contains(QStringView(path).toString())) << paths.join(u' ').toStdString();
}
