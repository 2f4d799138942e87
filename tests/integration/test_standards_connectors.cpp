// The open-standard connectors through their real network path: each made by
// the registry from a source config, polled against a fixture server on
// 127.0.0.1 serving payloads in the standard's documented shape.
#include "hub/connector.h"
#include "hub/guardednetwork.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;
using test::FixtureServer;

namespace {

// One poll of a connector made by the registry; the batch or the error.
struct Poll {
    std::optional<RecordBatch> batch;
    QString error;
    bool done = false;
};

SourceConfig source(const QString &type, const FixtureServer &server, const char *settingsJson,
                    const QString &basePath = {})
{
    SourceConfig config;
    config.id = type + u"-test"_s;
    config.type = type;
    config.baseUrl = server.url(basePath);
    config.timeoutS = 10;
    QJsonParseError parse;
    config.settings = QJsonDocument::fromJson(settingsJson, &parse).object();
    EXPECT_EQ(parse.error, QJsonParseError::NoError) << settingsJson;
    config.fileName = u"sources/"_s + config.id + u".json"_s;
    return config;
}

Poll poll(const SourceConfig &config, const SecretStore &secrets = {})
{
    Poll result;
    auto connector = ConnectorRegistry::builtin().create(config, secrets);
    EXPECT_TRUE(connector) << config.type.toStdString();
    if (!connector)
        return result;
    GuardedNetwork network; // the hub's network manager
    QObject::connect(connector.get(), &Connector::finished, connector.get(),
                     [&](const RecordBatch &b) {
                         result.batch = b;
                         result.done = true;
                     });
    QObject::connect(connector.get(), &Connector::failed, connector.get(), [&](const QString &e) {
        result.error = e;
        result.done = true;
    });
    connector->start(network);
    EXPECT_TRUE(test::waitUntil([&] { return result.done; }, 20000));
    return result;
}

qsizetype countOf(const QList<Observation> &list, const QString &indicator)
{
    return std::count_if(list.cbegin(), list.cend(),
                         [&](const Observation &o) { return o.indicator == indicator; });
}

FixtureServer::Response withHeader(FixtureServer::Response r, const char *name, const char *value)
{
    r.headers.append({QByteArray(name), QByteArray(value)});
    return r;
}

} // namespace

TEST(StandardsConnectors, NgsiV2PagesWithFiwareHeaders)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    // Three entities served two per page, with the count Orion sends for options=count.
    const QJsonArray all =
        QJsonDocument::fromJson(test::readFixture(u"ngsi/v2-normalized.json"_s)).array();
    const QByteArray first = QJsonDocument(QJsonArray{all.at(0), all.at(1)}).toJson();
    const QByteArray second = QJsonDocument(QJsonArray{all.at(2)}).toJson();
    server.serve(u"/v2/entities"_s, {{u"offset"_s, u"0"_s}},
                 withHeader(FixtureServer::json(first), "Fiware-Total-Count", "3"));
    server.serve(u"/v2/entities"_s, {{u"offset"_s, u"2"_s}},
                 withHeader(FixtureServer::json(second), "Fiware-Total-Count", "3"));
    const Poll p = poll(source(u"ngsi"_s, server, R"({
        "flavor": "v2", "entity_type": "AirQualityObserved", "page_size": 2,
        "fiware_service": "hoathanh", "fiware_servicepath": "/moitruong",
        "attributes": {"pm25": "env.pm25", "airQualityIndex": {"indicator": "env.aqi", "unit": "AQI"}},
        "area_attribute": "areaServed",
        "area_map": {"Phường Long Hoa": "long-hoa", "Phường Hiệp Tân": "hiep-tan", "Xã Trường Hòa": "truong-hoa"}
    })"));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(u"/v2/entities"_s), 2);
    EXPECT_EQ(countOf(p.batch->observations, u"env.pm25"_s), 3);
    EXPECT_EQ(countOf(p.batch->observations, u"env.aqi"_s), 3);
    EXPECT_EQ(p.batch->source, u"ngsi-test"_s);
    const auto &seen = server.requests().first();
    EXPECT_EQ(seen.header("Fiware-Service"), "hoathanh");
    EXPECT_EQ(seen.header("Fiware-ServicePath"), "/moitruong");
    EXPECT_EQ(seen.query.queryItemValue(u"type"_s), u"AirQualityObserved"_s);
    EXPECT_EQ(seen.query.queryItemValue(u"limit"_s), u"2"_s);
    EXPECT_EQ(seen.query.queryItemValue(u"options"_s), u"count"_s);
}

TEST(StandardsConnectors, NgsiLdTemporalWithLinkHeader)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/ngsi-ld/v1/temporal/entities"_s, {{u"options"_s, u"temporalValues"_s}},
                 FixtureServer::json(test::readFixture(u"ngsi/ld-temporal-values.json"_s)));
    const Poll p = poll(source(u"ngsi"_s, server, R"({
        "flavor": "ld", "mode": "temporal", "format": "temporalValues",
        "entity_type": "NoiseLevelObserved", "tenant": "hoathanh", "last_n": 3,
        "context": "https://hoathanh.example/ngsi-context.jsonld",
        "attributes": {"LAeq": {"indicator": "env.noise", "unit": "dB"}},
        "area_attribute": "refArea",
        "area_map": {"urn:ngsi-ld:AdministrativeArea:long-hoa": "long-hoa"}
    })"));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    ASSERT_EQ(p.batch->observations.size(), 3);
    EXPECT_EQ(p.batch->observations.last().area, u"long-hoa"_s);
    const auto &seen = server.requests().first();
    EXPECT_EQ(seen.header("NGSILD-Tenant"), "hoathanh");
    EXPECT_TRUE(seen.header("Link").contains("<https://hoathanh.example/ngsi-context.jsonld>"));
    EXPECT_EQ(seen.query.queryItemValue(u"lastN"_s), u"3"_s);
    EXPECT_EQ(seen.query.queryItemValue(u"timerel"_s), u"after"_s);
}

TEST(StandardsConnectors, NgsiQuantumLeapPerEntityAndMissingSeries)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/v2/entities/urn:ngsi-ld:AirQualityObserved:HT-LongHoa-01/attrs/pm25"_s,
                 FixtureServer::json(test::readFixture(u"ngsi/quantumleap-entity-attr.json"_s)));
    // QuantumLeap answers 404 for a series with nothing in the window: no data, not a failure.
    server.serve(
        u"/v2/entities/urn:ngsi-ld:AirQualityObserved:HT-HiepTan-01/attrs/pm25"_s,
        FixtureServer::json(
            R"({"error": "Not Found", "description": "No records were found for such query."})",
            404));
    const Poll p = poll(source(u"ngsi"_s, server, R"({
        "mode": "timeseries", "last_n": 4,
        "entity_ids": ["urn:ngsi-ld:AirQualityObserved:HT-LongHoa-01", "urn:ngsi-ld:AirQualityObserved:HT-HiepTan-01"],
        "attributes": {"pm25": "env.pm25"},
        "area_map": {"urn:ngsi-ld:AirQualityObserved:HT-LongHoa-01": "long-hoa",
                     "urn:ngsi-ld:AirQualityObserved:HT-HiepTan-01": "hiep-tan"}
    })"));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(p.batch->observations.size(), 3);
    EXPECT_EQ(server.requests().first().query.queryItemValue(u"lastN"_s), u"4"_s);
}

TEST(StandardsConnectors, NgsiFailuresSayWhy)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    const char *settings =
        R"({"entity_type": "AirQualityObserved", "attributes": {"pm25": "env.pm25"},
                               "area": "hoa-thanh"})";
    server.serve(u"/v2/entities"_s, FixtureServer::json("{\"error\":\"InternalError\"}", 500));
    Poll p = poll(source(u"ngsi"_s, server, settings));
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"500"_s)) << p.error.toStdString();

    FixtureServer wrapped;
    ASSERT_TRUE(wrapped.start());
    wrapped.serve(u"/v2/entities"_s, FixtureServer::json(R"({"entities": []})"));
    p = poll(source(u"ngsi"_s, wrapped, settings));
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"entities"_s)) << p.error.toStdString();

    // Settings problems fail the poll before any request, naming file and path.
    p = poll(source(u"ngsi"_s, wrapped, R"({"attributes": {}})"));
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"/settings/attributes"_s)) << p.error.toStdString();
    EXPECT_EQ(wrapped.requestCount(), 1);
}

namespace {

QByteArray staFixture(const char *name, const FixtureServer &server)
{
    return test::readFixture(u"sensorthings/"_s + QString::fromLatin1(name))
        .replace("{base}", server.url().toString(QUrl::StripTrailingSlash).toUtf8());
}

const char *kStaSettings = R"({
    "top": 2, "observations": 2,
    "datastreams": {"PM2.5": "env.pm25", "12": "env.temp"},
    "area_property": "areaCode",
    "area_map": {"Trạm quan trắc Trường Hòa": "truong-hoa"}
})";

} // namespace

TEST(StandardsConnectors, SensorThingsFollowsNextLink)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/v1.1/Things"_s, FixtureServer::json(staFixture("things-page1.json", server)));
    server.serve(u"/v1.1/Things"_s, {{u"$skip"_s, u"2"_s}},
                 FixtureServer::json(staFixture("things-page2.json", server)));
    const Poll p = poll(source(u"sensorthings"_s, server, kStaSettings, u"/v1.1"_s));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(u"/v1.1/Things"_s), 2);
    EXPECT_EQ(countOf(p.batch->observations, u"env.pm25"_s), 5);
    EXPECT_EQ(countOf(p.batch->observations, u"env.temp"_s), 1);
    const QUrlQuery first = server.requests().first().query;
    EXPECT_EQ(first.queryItemValue(u"$top"_s), u"2"_s);
    EXPECT_TRUE(first.queryItemValue(u"$expand"_s, QUrl::FullyDecoded)
                    .contains(u"Observations($top=2;$orderby=phenomenonTime desc"_s))
        << first.toString().toStdString();
}

TEST(StandardsConnectors, SensorThingsPageCapAndForeignNextLink)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    // A server whose next link never ends: the poll stops at max_pages and keeps what it read.
    QByteArray endless = staFixture("things-page1.json", server);
    server.serve(u"/v1.1/Things"_s, FixtureServer::json(endless));
    server.serve(u"/v1.1/Things"_s, {{u"$skip"_s, u"2"_s}}, FixtureServer::json(endless));
    QJsonObject settings = QJsonDocument::fromJson(kStaSettings).object();
    settings.insert(u"max_pages"_s, 3);
    SourceConfig config = source(u"sensorthings"_s, server, kStaSettings, u"/v1.1"_s);
    config.settings = settings;
    Poll p = poll(config);
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(p.batch->observations.size(), 3 * 5); // five on each page read

    // A next link to another server is followed without the source's credentials.
    FixtureServer other;
    ASSERT_TRUE(other.start());
    other.serve(u"/v1.1/Things"_s, FixtureServer::json(staFixture("things-page2.json", other)));
    FixtureServer first;
    ASSERT_TRUE(first.start());
    first.serve(u"/v1.1/Things"_s, FixtureServer::json(staFixture("things-page1.json", other)));
    config = source(u"sensorthings"_s, first, kStaSettings, u"/v1.1"_s);
    config.auth = SourceConfig::AuthKind::Bearer;
    config.secretName = u"sta-token"_s;
    SecretStore secrets;
    secrets.set(u"sta-token"_s, u"s3cret-sta"_s);
    p = poll(config, secrets);
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(p.batch->observations.size(), 6);
    ASSERT_EQ(first.requestCount(), 1);
    ASSERT_EQ(other.requestCount(), 1);
    EXPECT_EQ(first.requests().first().header("Authorization"), "Bearer s3cret-sta");
    EXPECT_TRUE(other.requests().first().header("Authorization").isEmpty());
}

TEST(StandardsConnectors, SensorThingsDataArray)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/v1.1/Things"_s, FixtureServer::json(staFixture("things-page2.json", server)));
    server.serve(u"/v1.1/Datastreams(31)/Observations"_s, {{u"$resultFormat"_s, u"dataArray"_s}},
                 FixtureServer::json(staFixture("dataarray-21.json", server)));
    QJsonObject settings = QJsonDocument::fromJson(kStaSettings).object();
    settings.insert(u"result_format"_s, u"dataArray"_s);
    SourceConfig config = source(u"sensorthings"_s, server, kStaSettings, u"/v1.1"_s);
    config.settings = settings;
    const Poll p = poll(config);
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
    ASSERT_EQ(p.batch->observations.size(), 2);
    EXPECT_EQ(p.batch->observations.first().area, u"truong-hoa"_s);
    EXPECT_FALSE(server.requests()
                     .first()
                     .query.queryItemValue(u"$expand"_s, QUrl::FullyDecoded)
                     .contains(u"Observations"_s));
}

TEST(StandardsConnectors, Open311JsonWithServices)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/open311/v2/services.json"_s,
                 FixtureServer::json(test::readFixture(u"open311/services.json"_s)));
    server.serve(u"/open311/v2/requests.json"_s,
                 FixtureServer::json(test::readFixture(u"open311/requests.json"_s)));
    const Poll p = poll(source(u"open311"_s, server, R"({
        "jurisdiction_id": "hoathanh.tayninh.gov.vn", "days": 14,
        "category_map": {"VSMT": "moi-truong", "DCSD": "dien", "LCVH": "trat-tu-do-thi", "HTGT": "giao-thong"},
        "area_map": {"Trường Hòa": "truong-hoa"}
    })",
                               u"/open311/v2"_s));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    ASSERT_EQ(p.batch->reports.size(), 4);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(p.batch->reports.at(0).status, u"overdue"_s);
    EXPECT_EQ(p.batch->reports.at(2).status, u"in_progress"_s);
    EXPECT_EQ(p.batch->reports.at(3).category, u"giao-thong"_s);
    EXPECT_EQ(p.batch->reports.at(1).area, u"hiep-tan"_s);
    const QUrlQuery q = server.requests().at(1).query;
    EXPECT_EQ(q.queryItemValue(u"jurisdiction_id"_s), u"hoathanh.tayninh.gov.vn"_s);
    const QDateTime start =
        QDateTime::fromString(q.queryItemValue(u"start_date"_s, QUrl::FullyDecoded), Qt::ISODate);
    EXPECT_NEAR(double(start.daysTo(QDateTime::currentDateTimeUtc())), 14, 1);
}

TEST(StandardsConnectors, Open311XmlPaged)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    const QByteArray xml = test::readFixture(u"open311/requests.xml"_s);
    // Page 1: the first two requests, page 2: the other two, page 3: none.
    const qsizetype cut = xml.indexOf("  <request>", xml.indexOf("PA-20241121-004"));
    const QByteArray head = xml.left(xml.indexOf("  <request>"));
    const QByteArray page1 = xml.left(cut) + "</service_requests>\n";
    const QByteArray page2 = head + xml.mid(cut);
    const auto xmlResponse = [](const QByteArray &body) {
        return FixtureServer::Response{body, 200, "text/xml; charset=utf-8", {}};
    };
    server.serve(u"/requests.xml"_s, {{u"page"_s, u"1"_s}}, xmlResponse(page1));
    server.serve(u"/requests.xml"_s, {{u"page"_s, u"2"_s}}, xmlResponse(page2));
    server.serve(u"/requests.xml"_s, {{u"page"_s, u"3"_s}},
                 xmlResponse(head + "</service_requests>"));
    const Poll p = poll(
        source(u"open311"_s, server, R"({"format": "xml", "services": false, "page_size": 2})"));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(p.batch->reports.size(), 4);
    EXPECT_EQ(server.requestCount(u"/requests.xml"_s), 3);
    EXPECT_EQ(server.requestCount(u"/services.xml"_s), 0);
}

TEST(StandardsConnectors, Open311ErrorListFailsThePoll)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(
        u"/services.json"_s,
        FixtureServer::json(R"([{"code": 400, "description": "jurisdiction_id required"}])", 400));
    Poll p = poll(source(u"open311"_s, server, "{}"));
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"400"_s)) << p.error.toStdString();

    FixtureServer ok;
    ASSERT_TRUE(ok.start());
    ok.serve(u"/services.json"_s, FixtureServer::json("[]"));
    ok.serve(u"/requests.json"_s,
             FixtureServer::json(R"([{"code": 403, "description": "Invalid api_key"}])"));
    p = poll(source(u"open311"_s, ok, "{}"));
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"Invalid api_key"_s)) << p.error.toStdString();
}

namespace {

const char *kLongCsvSettings = R"({
    "path": "/exports/aqi.csv",
    "columns": {"indicator": "Mã chỉ tiêu", "area": "Địa bàn", "time": "Thời điểm",
                "value": "Giá trị", "unit": "Đơn vị"}
})";

} // namespace

TEST(StandardsConnectors, CsvOverHttpAndFromAFile)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/exports/aqi.csv"_s,
                 {test::readFixture(u"csv/aqi-long.csv"_s), 200, "text/csv; charset=utf-8", {}});
    Poll p = poll(source(u"csv"_s, server, kLongCsvSettings));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(p.batch->observations.size(), 4);
    EXPECT_EQ(countOf(p.batch->observations, u"env.aqi"_s), 2);

    // A local file named relative to the source file: no request at all.
    SourceConfig config = source(u"csv"_s, server, R"json({
        "file": "../tests/fixtures/csv/dvc-wide-semicolon.csv", "delimiter": ";",
        "decimal_comma": true,
        "columns": {"area": 0, "time": "Ngày"},
        "values": [{"column": "Hồ sơ tiếp nhận", "indicator": "dvc.received"},
                   {"column": "Tỷ lệ đúng hạn (%)", "indicator": "dvc.ontime_rate", "unit": "%"}],
        "area_map": {"Phường Long Hoa": "long-hoa", "Phường Hiệp Tân": "hiep-tan",
                     "Xã Trường Hòa": "truong-hoa"}
    })json");
    config.fileName = test::sourceDir() + u"/data/csv-source.json"_s;
    p = poll(config);
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(p.batch->observations.size(), 6);
    EXPECT_EQ(server.requestCount(), 1);

    server.serve(u"/exports/broken.csv"_s, {"a,b\n1,\"2", 200, "text/csv", {}});
    config = source(u"csv"_s, server, kLongCsvSettings);
    config.settings.insert(u"path"_s, u"/exports/broken.csv"_s);
    p = poll(config);
    EXPECT_FALSE(p.batch);
    EXPECT_TRUE(p.error.contains(u"dòng 2"_s)) << p.error.toStdString();
}

TEST(StandardsConnectors, CkanPagesByNextLink)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    const QString action = u"/api/3/action/datastore_search"_s;
    server.serve(action, {{u"offset"_s, u"0"_s}},
                 FixtureServer::json(test::readFixture(u"csv/ckan-page1.json"_s)));
    server.serve(action, {{u"offset"_s, u"2"_s}},
                 FixtureServer::json(test::readFixture(u"csv/ckan-page2.json"_s)));
    const Poll p = poll(source(u"csv"_s, server, R"({
        "format": "ckan", "resource_id": "7d4c2a9e-3f51-4b8e-9c0a-1e2f3a4b5c6d", "page_size": 2,
        "columns": {"indicator": "ma_chi_tieu", "area": "dia_ban", "time": "thoi_diem", "value": "gia_tri",
                    "unit": {"const": "µg/m³"}},
        "area_map": {"Phường Long Hoa": "long-hoa", "Phường Hiệp Tân": "hiep-tan", "Xã Trường Hòa": "truong-hoa"}
    })"));
    ASSERT_TRUE(p.batch) << p.error.toStdString();
    EXPECT_EQ(server.requestCount(action), 2); // the total says page 2 is the last
    ASSERT_EQ(p.batch->observations.size(), 3);
    EXPECT_EQ(p.batch->observations.last().area, u"truong-hoa"_s);
    EXPECT_EQ(p.batch->observations.last().unit, u"µg/m³"_s);
    EXPECT_EQ(server.requests().first().query.queryItemValue(u"resource_id"_s),
              u"7d4c2a9e-3f51-4b8e-9c0a-1e2f3a4b5c6d"_s);
}
