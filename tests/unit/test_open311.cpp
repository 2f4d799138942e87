// The Open311 GeoReport v2 readers on services and requests in the documented
// JSON and XML shapes (tests/fixtures/open311) and on broken ones.
#include "hub/connectors/open311connector.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

open311::Mapping mapping()
{
    open311::Mapping m;
    m.categoryMap = {{u"VSMT"_s, u"moi-truong"_s},
                     {u"DCSD"_s, u"dien"_s},
                     {u"Lấn chiếm vỉa hè, lòng đường"_s, u"trat-tu-do-thi"_s}};
    m.addressAreas = {{u"Trường Hòa"_s, u"truong-hoa"_s}};
    QFile areas(test::sourceDir() + u"/data/areas/hoa-thanh.json"_s);
    EXPECT_TRUE(areas.open(QIODevice::ReadOnly));
    m.centroids = open311::centroidsFromAreasFile(areas.readAll());
    m.defaultArea = u"hoa-thanh"_s;
    m.now = utc("2024-11-26T00:00:00Z");
    m.source = u"open311-test"_s;
    return m;
}

} // namespace

TEST(Open311, ServicesJsonAndXml)
{
    QString error;
    const auto json = open311::parseServices(test::readFixture(u"open311/services.json"_s), &error);
    ASSERT_TRUE(json) << error.toStdString();
    const auto xml = open311::parseServices(test::readFixture(u"open311/services.xml"_s), &error);
    ASSERT_TRUE(xml) << error.toStdString();
    EXPECT_EQ(json->size(), 4);
    EXPECT_EQ(*json, *xml);
    EXPECT_EQ(json->value(u"HTGT"_s), u"Hư hỏng hạ tầng giao thông"_s);
}

TEST(Open311, RequestsBecomeReports)
{
    open311::Mapping m = mapping();
    m.serviceNames = {{u"HTGT"_s, u"Hư hỏng hạ tầng giao thông"_s}};
    QString error;
    const auto r = open311::parseRequests(test::readFixture(u"open311/requests.json"_s), m, &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->skipped, 0) << r->problems.join(u'\n').toStdString();
    ASSERT_EQ(r->reports.size(), 4);

    const Report &market = r->reports.at(0);
    EXPECT_EQ(market.id, u"PA-20241120-001"_s);
    EXPECT_EQ(market.category, u"moi-truong"_s);
    EXPECT_EQ(market.status, u"overdue"_s); // open, past expected_datetime at `now`
    EXPECT_EQ(market.created, utc("2024-11-20T01:15:00Z"));
    ASSERT_TRUE(market.deadline);
    EXPECT_EQ(*market.deadline, utc("2024-11-25T10:00:00Z"));
    EXPECT_EQ(market.area, u"long-hoa"_s); // nearest centroid to lat/long
    EXPECT_DOUBLE_EQ(*market.lat, 11.2851);
    EXPECT_EQ(market.agency, u"Phòng Tài nguyên và Môi trường thị xã"_s);
    EXPECT_EQ(market.title, u"Rác thải tồn đọng trước cổng chợ Long Hoa nhiều ngày"_s);
    EXPECT_EQ(market.source, u"open311-test"_s);

    EXPECT_EQ(r->reports.at(1).status, u"resolved"_s);
    EXPECT_EQ(r->reports.at(1).area, u"hiep-tan"_s);
    EXPECT_EQ(r->reports.at(1).updated, utc("2024-11-22T03:05:00Z"));

    const Report &sidewalk = r->reports.at(2);
    EXPECT_EQ(sidewalk.status, u"in_progress"_s);      // open with status notes
    EXPECT_EQ(sidewalk.category, u"trat-tu-do-thi"_s); // mapped by service_name
    EXPECT_EQ(sidewalk.area, u"truong-hoa"_s);         // by the address
    EXPECT_FALSE(sidewalk.lat);

    const Report &pothole = r->reports.at(3);
    EXPECT_EQ(pothole.status, u"received"_s);
    EXPECT_EQ(pothole.category, u"Hư hỏng hạ tầng giao thông"_s); // name from services, unmapped
    EXPECT_EQ(pothole.area, u"hoa-thanh"_s); // 80 km away from every ward: the default
    EXPECT_FALSE(pothole.deadline);
}

TEST(Open311, XmlGivesTheSameReportsAsJson)
{
    QString error;
    const auto json =
        open311::parseRequests(test::readFixture(u"open311/requests.json"_s), mapping(), &error);
    ASSERT_TRUE(json) << error.toStdString();
    const auto xml =
        open311::parseRequests(test::readFixture(u"open311/requests.xml"_s), mapping(), &error);
    ASSERT_TRUE(xml) << error.toStdString();
    ASSERT_EQ(xml->reports.size(), json->reports.size());
    for (qsizetype i = 0; i < json->reports.size(); ++i)
        EXPECT_EQ(xml->reports.at(i), json->reports.at(i)) << i;
}

TEST(Open311, StatusRules)
{
    const QDateTime created = utc("2024-11-20T00:00:00Z");
    const QDateTime now = utc("2024-11-26T00:00:00Z");
    EXPECT_EQ(open311::statusOf(u"closed"_s, {}, created, created, created, now), u"resolved"_s);
    EXPECT_EQ(open311::statusOf(u"open"_s, {}, created, created, {}, now), u"received"_s);
    EXPECT_EQ(open311::statusOf(u"open"_s, {}, created, now, {}, now), u"in_progress"_s);
    EXPECT_EQ(open311::statusOf(u"acknowledged"_s, {}, created, created, {}, now),
              u"in_progress"_s);
    EXPECT_EQ(open311::statusOf(u"OPEN"_s, {}, created, created, created, now), u"overdue"_s);
}

TEST(Open311, ErrorsAndBrokenBodies)
{
    QString error;
    EXPECT_FALSE(open311::parseRequests(
        R"([{"code": 403, "description": "Invalid jurisdiction_id provided"}])", mapping(),
        &error));
    EXPECT_TRUE(error.contains(u"Invalid jurisdiction_id"_s)) << error.toStdString();
    EXPECT_FALSE(open311::parseRequests(
        "<?xml version=\"1.0\"?><errors><error><code>404</code><description>Service not "
        "found</description></error></errors>",
        mapping(), &error));
    EXPECT_TRUE(error.contains(u"Service not found"_s)) << error.toStdString();

    const QByteArray xml = test::readFixture(u"open311/requests.xml"_s);
    EXPECT_FALSE(open311::parseRequests(xml.left(xml.size() / 2), mapping(), &error));
    EXPECT_TRUE(error.contains(u"XML"_s) && error.contains(u"dòng"_s)) << error.toStdString();
    const QByteArray json = test::readFixture(u"open311/requests.json"_s);
    EXPECT_FALSE(open311::parseRequests(json.left(json.size() / 2), mapping(), &error));
    EXPECT_TRUE(error.contains(u"JSON"_s)) << error.toStdString();
    EXPECT_FALSE(open311::parseRequests(R"({"data": [], "total": 0})", mapping(), &error));
    EXPECT_TRUE(error.contains(u"total"_s)) << error.toStdString();
    EXPECT_FALSE(open311::parseServices("", &error));

    // A well-known wrapper is accepted, a BOM is skipped, an empty list is no error.
    auto wrapped =
        open311::parseRequests("\xEF\xBB\xBF{\"service_requests\": []}", mapping(), &error);
    ASSERT_TRUE(wrapped) << error.toStdString();
    EXPECT_TRUE(wrapped->reports.isEmpty());
    EXPECT_TRUE(open311::parseRequests("<service_requests/>", mapping(), &error));
}

TEST(Open311, BadRequestsAreSkippedNamingThem)
{
    QString error;
    const auto r = open311::parseRequests(R"([
        {"service_request_id": 1001, "status": "open", "service_code": "VSMT",
         "requested_datetime": "2024-11-20T08:15:00+07:00", "lat": "11.2851", "long": "106.1329"},
        {"token": "tk-88", "status": "open", "requested_datetime": "2024-11-20T08:15:00+07:00"},
        {"service_request_id": "1003", "status": "open", "requested_datetime": "20/11/2024"},
        {"service_request_id": "1004", "status": "open", "requested_datetime": "2024-11-20T08:15:00Z",
         "lat": "NaN", "long": 106.1},
        "1005"
    ])",
                                          mapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->reports.size(), 2);
    EXPECT_EQ(r->reports.at(0).id, u"1001"_s);       // a numeric id as text
    EXPECT_EQ(r->reports.at(0).area, u"long-hoa"_s); // coordinates sent as strings
    EXPECT_FALSE(r->reports.at(1).lat);              // NaN is no coordinate
    EXPECT_EQ(r->skipped, 3);
    const QString all = r->problems.join(u'\n');
    EXPECT_TRUE(all.contains(u"tk-88"_s) && all.contains(u"1003"_s) &&
                all.contains(u"requested_datetime"_s))
        << all.toStdString();
}

TEST(Open311, SettingsProblemsNameThePath)
{
    SourceConfig config;
    config.settings = QJsonDocument::fromJson(R"({"format": "csv", "days": 365, "status": "all",
        "category_map": {"VSMT": 5}, "areas": [{"code": "x", "lat": "11"}]})")
                          .object();
    ConfigIssues issues;
    Open311Connector::readSettings(config, issues);
    QStringList paths;
    for (const ConfigError &e : issues.errors())
        paths.append(e.path);
    for (const auto path :
         {u"/settings/format", u"/settings/days", u"/settings/status",
          u"/settings/category_map/VSMT", u"/settings/areas/0/lat", u"/settings/areas/0/lon"})
        EXPECT_TRUE(paths.contains(QStringView(path).toString())) << paths.join(u' ').toStdString();

    ConfigIssues none;
    config.settings = {};
    const auto s = Open311Connector::readSettings(config, none);
    EXPECT_TRUE(none.isEmpty());
    EXPECT_EQ(s.mapping.centroids.size(), 8); // the built-in areas of Hòa Thành
}
