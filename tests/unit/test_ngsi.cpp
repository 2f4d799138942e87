// The NGSI payload readers on the shapes the FIWARE specifications document
// (tests/fixtures/ngsi) and on broken ones, and the settings reader.
#include "hub/connectors/ngsiconnector.h"
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

ngsi::Mapping airMapping()
{
    ngsi::Mapping m;
    m.attributes = {{u"pm25"_s, {u"env.pm25"_s, {}}},
                    {u"pm10"_s, {u"env.pm10"_s, {}}},
                    {u"airQualityIndex"_s, {u"env.aqi"_s, u"AQI"_s}}};
    m.areaAttribute = u"areaServed"_s;
    m.areaMap = {{u"Phường Long Hoa"_s, u"long-hoa"_s},
                 {u"Phường Hiệp Tân"_s, u"hiep-tan"_s},
                 {u"Xã Trường Hòa"_s, u"truong-hoa"_s}};
    m.source = u"ngsi-test"_s;
    return m;
}

ngsi::Mapping waterMapping()
{
    ngsi::Mapping m;
    m.attributes = {{u"pH"_s, {u"water.ph"_s, {}}},
                    {u"turbidity"_s, {u"water.turbidity"_s, {}}},
                    {u"dissolvedOxygen"_s, {u"water.do"_s, {}}},
                    {u"temperature"_s, {u"water.temp"_s, u"°C"_s}},
                    {u"LAeq"_s, {u"env.noise"_s, u"dB"_s}}};
    m.areaAttribute = u"refArea"_s;
    for (const auto code : {u"long-thanh-bac", u"truong-dong", u"long-hoa"})
        m.areaMap.insert(u"urn:ngsi-ld:AdministrativeArea:"_s + QStringView(code).toString(),
                         QStringView(code).toString());
    m.source = u"ngsi-test"_s;
    return m;
}

const Observation *find(const QList<Observation> &list, const QString &indicator,
                        const QString &area)
{
    for (const Observation &o : list)
        if (o.indicator == indicator && o.area == area)
            return &o;
    return nullptr;
}

std::optional<ngsi::Result> entities(const QByteArray &body, const ngsi::Mapping &m, QString *error)
{
    return ngsi::parseEntities(body, m, error);
}

} // namespace

TEST(Ngsi, V2NormalizedTimesUnitsAndAreas)
{
    QString error;
    const auto r = entities(test::readFixture(u"ngsi/v2-normalized.json"_s), airMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->entities, 3);
    EXPECT_EQ(r->skipped, 0) << r->problems.join(u'\n').toStdString();
    ASSERT_EQ(r->observations.size(), 8);

    const Observation *pm25 = find(r->observations, u"env.pm25"_s, u"long-hoa"_s);
    ASSERT_TRUE(pm25);
    EXPECT_DOUBLE_EQ(pm25->value, 27.4);
    EXPECT_EQ(pm25->unit, u"µg/m³"_s);                  // unitCode GQ
    EXPECT_EQ(pm25->time, utc("2024-11-25T01:00:00Z")); // the entity's dateObserved
    EXPECT_EQ(pm25->source, u"ngsi-test"_s);
    // The attribute's own TimeInstant metadata wins over the entity's time.
    EXPECT_EQ(find(r->observations, u"env.pm10"_s, u"long-hoa"_s)->time,
              utc("2024-11-25T01:05:00Z"));
    // A time with an offset is converted to UTC.
    EXPECT_EQ(find(r->observations, u"env.pm25"_s, u"hiep-tan"_s)->time,
              utc("2024-11-25T01:00:00Z"));
    // No unitCode: the mapping's unit.
    EXPECT_EQ(find(r->observations, u"env.aqi"_s, u"hiep-tan"_s)->unit, u"AQI"_s);
    // TimeInstant as an entity attribute.
    EXPECT_DOUBLE_EQ(find(r->observations, u"env.aqi"_s, u"truong-hoa"_s)->value, 41);
    EXPECT_FALSE(find(r->observations, u"env.pm10"_s, u"truong-hoa"_s));
}

TEST(Ngsi, V2KeyValues)
{
    QString error;
    const auto r = entities(test::readFixture(u"ngsi/v2-keyvalues.json"_s), airMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 6);
    const Observation *pm10 = find(r->observations, u"env.pm10"_s, u"hiep-tan"_s);
    ASSERT_TRUE(pm10);
    EXPECT_DOUBLE_EQ(pm10->value, 30.5);
    EXPECT_EQ(pm10->unit, QString()); // keyValues carry no unitCode and the mapping gives none
    EXPECT_EQ(pm10->time, utc("2024-11-25T01:00:00Z"));
}

TEST(Ngsi, LdNormalizedRelationshipAreaAndObservedAt)
{
    QString error;
    const auto r =
        entities(test::readFixture(u"ngsi/ld-normalized.json"_s), waterMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->skipped, 0) << r->problems.join(u'\n').toStdString();
    ASSERT_EQ(r->observations.size(), 6);
    const Observation *ph = find(r->observations, u"water.ph"_s, u"long-thanh-bac"_s);
    ASSERT_TRUE(ph);
    EXPECT_EQ(ph->time, utc("2024-11-25T00:45:00Z"));
    // Without observedAt: the entity's dateObserved, a JSON-LD typed value.
    const Observation *oxygen = find(r->observations, u"water.do"_s, u"long-thanh-bac"_s);
    ASSERT_TRUE(oxygen);
    EXPECT_EQ(oxygen->time, utc("2024-11-25T00:30:00Z"));
    EXPECT_EQ(oxygen->unit, u"mg/L"_s);
    EXPECT_EQ(find(r->observations, u"water.turbidity"_s, u"long-thanh-bac"_s)->unit,
              u"NTU"_s); // not a UN/CEFACT code we know: shown as given
    EXPECT_EQ(find(r->observations, u"water.temp"_s, u"truong-dong"_s)->unit, u"°C"_s);
}

TEST(Ngsi, LdKeyValues)
{
    QString error;
    const auto r = entities(test::readFixture(u"ngsi/ld-keyvalues.json"_s), waterMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 2);
    EXPECT_DOUBLE_EQ(find(r->observations, u"water.ph"_s, u"long-thanh-bac"_s)->value, 7.2);
}

TEST(Ngsi, LdTemporalNormalizedAndTemporalValuesAgree)
{
    QString error;
    const auto normalized =
        entities(test::readFixture(u"ngsi/ld-temporal-normalized.json"_s), waterMapping(), &error);
    ASSERT_TRUE(normalized) << error.toStdString();
    const auto values =
        entities(test::readFixture(u"ngsi/ld-temporal-values.json"_s), waterMapping(), &error);
    ASSERT_TRUE(values) << error.toStdString();
    ASSERT_EQ(normalized->observations.size(), 3);
    EXPECT_EQ(normalized->observations, values->observations);
    EXPECT_EQ(values->observations.at(2).time, utc("2024-11-25T02:00:00Z"));
    EXPECT_DOUBLE_EQ(values->observations.at(2).value, 71.5);
    EXPECT_EQ(values->observations.at(0).area, u"long-hoa"_s);
    EXPECT_EQ(normalized->observations.at(0).unit, u"dB"_s); // unitCode 2N
}

TEST(Ngsi, QuantumLeapSeries)
{
    ngsi::Mapping m = airMapping();
    m.areaMap.insert(u"urn:ngsi-ld:AirQualityObserved:HT-LongHoa-01"_s, u"long-hoa"_s);
    m.areaMap.insert(u"urn:ngsi-ld:AirQualityObserved:HT-HiepTan-01"_s, u"hiep-tan"_s);
    QString error;
    const auto one = ngsi::parseTimeSeries(
        test::readFixture(u"ngsi/quantumleap-entity-attr.json"_s), m, {}, &error);
    ASSERT_TRUE(one) << error.toStdString();
    ASSERT_EQ(one->observations.size(), 3); // the null is a gap, not an error
    EXPECT_EQ(one->skipped, 0);
    EXPECT_EQ(one->observations.at(2).time, utc("2024-11-25T03:00:00Z"));
    EXPECT_EQ(one->observations.at(2).area, u"long-hoa"_s);

    const auto type = ngsi::parseTimeSeries(test::readFixture(u"ngsi/quantumleap-type-attr.json"_s),
                                            m, {}, &error);
    ASSERT_TRUE(type) << error.toStdString();
    ASSERT_EQ(type->observations.size(), 4);
    EXPECT_DOUBLE_EQ(find(type->observations, u"env.pm25"_s, u"hiep-tan"_s)->value, 18.0);

    // /attrs/{attr}/value answers without entityId and attrName: what was asked.
    const auto bare = ngsi::parseTimeSeries(
        R"({"index": ["2024-11-25T00:00:00Z"], "values": [11]})", m,
        {u"urn:ngsi-ld:AirQualityObserved:HT-HiepTan-01"_s, u"pm10"_s}, &error);
    ASSERT_TRUE(bare) << error.toStdString();
    ASSERT_EQ(bare->observations.size(), 1);
    EXPECT_EQ(bare->observations.first().indicator, u"env.pm10"_s);
    EXPECT_EQ(bare->observations.first().area, u"hiep-tan"_s);
}

TEST(Ngsi, QuantumLeapBadShapes)
{
    ngsi::Mapping m = airMapping();
    m.defaultArea = u"hoa-thanh"_s;
    QString error;
    EXPECT_FALSE(ngsi::parseTimeSeries("[1, 2]", m, {}, &error));
    EXPECT_TRUE(error.contains(u"mảng"_s)) << error.toStdString();
    EXPECT_FALSE(ngsi::parseTimeSeries(R"({"attrName": "pm25"})", m, {}, &error));
    EXPECT_TRUE(error.contains(u"index"_s)) << error.toStdString();
    EXPECT_FALSE(ngsi::parseTimeSeries(
        R"({"error": "Not Found", "description": "No records were found for such query."})", m, {},
        &error));
    EXPECT_TRUE(error.contains(u"No records"_s)) << error.toStdString();
    // index and values of different lengths: the pairs that exist are kept.
    const auto uneven = ngsi::parseTimeSeries(
        R"({"attrName": "pm25", "index": ["2024-11-25T00:00:00Z", "2024-11-25T01:00:00Z"],
            "values": [1]})",
        m, {u"e1"_s, {}}, &error);
    ASSERT_TRUE(uneven);
    EXPECT_EQ(uneven->observations.size(), 1);
    EXPECT_EQ(uneven->skipped, 1);
    EXPECT_TRUE(uneven->problems.first().contains(u"e1"_s));
}

TEST(Ngsi, BodiesThatAreNotEntityLists)
{
    QString error;
    const QByteArray full = test::readFixture(u"ngsi/v2-normalized.json"_s);
    EXPECT_FALSE(entities(full.left(full.size() / 2), airMapping(), &error)); // truncated
    EXPECT_TRUE(error.contains(u"JSON"_s)) << error.toStdString();
    EXPECT_FALSE(entities("", airMapping(), &error));
    EXPECT_TRUE(error.contains(u"rỗng"_s)) << error.toStdString();
    EXPECT_FALSE(entities("<html>502 Bad Gateway</html>", airMapping(), &error));
    EXPECT_FALSE(entities(R"({"data": [], "count": 0})", airMapping(), &error)); // a wrapper
    EXPECT_TRUE(error.contains(u"data"_s) && error.contains(u"mảng"_s)) << error.toStdString();
    EXPECT_FALSE(entities(R"({"error": "BadRequest", "description": "Invalid query"})",
                          airMapping(), &error));
    EXPECT_TRUE(error.contains(u"Invalid query"_s)) << error.toStdString();
    EXPECT_FALSE(entities(R"({"type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData",
                              "title": "Bad request", "detail": "type not valid"})",
                          airMapping(), &error));
    EXPECT_TRUE(error.contains(u"type not valid"_s)) << error.toStdString();
    EXPECT_FALSE(entities(R"([{"id": "a", "pm25": NaN}])", airMapping(), &error)); // not JSON

    // An empty list is a valid answer: nothing to show, nothing wrong.
    const auto empty = entities("[]", airMapping(), &error);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->observations.isEmpty());
    EXPECT_EQ(empty->skipped, 0);
}

TEST(Ngsi, ByteOrderMarkAndSingleEntity)
{
    QString error;
    const auto r =
        entities("\xEF\xBB\xBF"
                 R"({"id": "x", "type": "AirQualityObserved", "areaServed": "Phường Long Hoa",
                                "dateObserved": "2024-11-25T08:00:00", "pm25": "12.5"})",
                 airMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 1);
    EXPECT_DOUBLE_EQ(r->observations.first().value, 12.5); // a number sent as a string
    // No zone: the IOC's local time, UTC+7.
    EXPECT_EQ(r->observations.first().time, utc("2024-11-25T01:00:00Z"));
}

TEST(Ngsi, BadValuesAreSkippedNamingEntityAndAttribute)
{
    QString error;
    const auto r = entities(R"([
        {"id": "good", "areaServed": "Phường Long Hoa", "dateObserved": "2024-11-25T01:00:00Z",
         "pm25": 10},
        {"id": "text", "areaServed": "Phường Long Hoa", "dateObserved": "2024-11-25T01:00:00Z",
         "pm25": {"type": "Number", "value": "khoảng 20"}},
        {"id": "nan", "areaServed": "Phường Long Hoa", "dateObserved": "2024-11-25T01:00:00Z",
         "pm25": "NaN", "pm10": true},
        {"id": "notime", "areaServed": "Phường Long Hoa", "pm25": 11},
        {"id": "noarea", "dateObserved": "2024-11-25T01:00:00Z", "pm25": 12},
        {"id": "empty", "areaServed": "Phường Long Hoa", "pm25": []},
        42
    ])",
                            airMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->entities, 7);
    ASSERT_EQ(r->observations.size(), 1);
    EXPECT_EQ(r->observations.first().value, 10);
    EXPECT_EQ(r->skipped, 7);
    const QString all = r->problems.join(u'\n');
    for (const auto id : {u"text", u"nan", u"notime", u"noarea", u"empty"})
        EXPECT_TRUE(all.contains(QStringView(id).toString())) << all.toStdString();
    EXPECT_TRUE(all.contains(u"pm10"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"thời điểm"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"địa bàn"_s)) << all.toStdString();
}

TEST(Ngsi, SettingsProblemsNameThePath)
{
    SourceConfig config;
    config.id = u"ngsi"_s;
    config.settings = QJsonDocument::fromJson(R"({
        "flavor": "v3", "mode": "timeseries", "page_size": 0, "attributes": {"pm25": 5},
        "area_map": {"a": 1}
    })")
                          .object();
    ConfigIssues issues(u"sources/ngsi.json"_s);
    NgsiConnector::readSettings(config, issues);
    QStringList paths;
    for (const ConfigError &e : issues.errors())
        paths.append(e.path);
    for (const auto path :
         {u"/settings/flavor", u"/settings/page_size", u"/settings/attributes/pm25",
          u"/settings/area_map/a", u"/settings/entity_type"})
        EXPECT_TRUE(paths.contains(QStringView(path).toString())) << paths.join(u' ').toStdString();

    ConfigIssues none;
    config.settings = QJsonDocument::fromJson(R"({"entity_type": "AirQualityObserved",
        "attributes": {"pm25": "env.pm25"}, "area": "hoa-thanh"})")
                          .object();
    const auto s = NgsiConnector::readSettings(config, none);
    EXPECT_TRUE(none.isEmpty()) << none.summary().toStdString();
    EXPECT_EQ(s.mapping.attributes.value(u"pm25"_s).indicator, u"env.pm25"_s);
    EXPECT_EQ(s.pageSize, 100);
}
