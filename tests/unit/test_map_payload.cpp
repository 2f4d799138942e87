// Connector::mapPayload for every connector type the registry knows: a new
// type must come with a saved payload here (and so with an offline mapping),
// and the mapping of a payload with some bad records keeps the good ones and
// counts the rest in the batch, as a poll does.
#include "hub/connector.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

struct SavedAnswer {
    QString source;  // under tests/fixtures
    QString payload; // under tests/fixtures
};

// One source file and one saved answer per type.
const QHash<QString, SavedAnswer> &savedAnswers()
{
    static const QHash<QString, SavedAnswer> answers = {
        {u"ioc-rest"_s, {u"ioc-rest/source.json"_s, u"ioc-rest/observations.json"_s}},
        {u"json"_s, {u"json/stations-source.json"_s, u"json/stations-payload.json"_s}},
        {u"csv"_s, {u"csv/aqi-long-source.json"_s, u"csv/aqi-long.csv"_s}},
        {u"ngsi"_s, {u"ngsi/v2-source.json"_s, u"ngsi/v2-normalized.json"_s}},
        {u"open311"_s, {u"open311/source-json.json"_s, u"open311/requests.json"_s}},
        {u"sensorthings"_s, {u"sensorthings/source.json"_s, u"sensorthings/things-page1.json"_s}},
    };
    return answers;
}

std::unique_ptr<Connector> connectorFor(const QString &sourceFixture)
{
    ConfigIssues issues(sourceFixture);
    const auto config =
        readSourceConfig(test::sourceDir() + u"/tests/fixtures/"_s + sourceFixture, issues);
    EXPECT_TRUE(config) << issues.summary().toStdString();
    if (!config)
        return nullptr;
    return ConnectorRegistry::builtin().create(*config, SecretStore{});
}

} // namespace

TEST(MapPayload, EveryBuiltinTypeMapsASavedAnswer)
{
    for (const QString &type : ConnectorRegistry::builtin().types()) {
        ASSERT_TRUE(savedAnswers().contains(type))
            << "no saved answer for connector type " << type.toStdString();
        const SavedAnswer &answer = savedAnswers().value(type);
        const auto connector = connectorFor(answer.source);
        ASSERT_TRUE(connector) << type.toStdString();
        const PayloadMapping mapped =
            connector->mapPayload(test::readFixture(answer.payload), PayloadHint{});
        ASSERT_TRUE(mapped.batch) << type.toStdString() << ": " << mapped.error.toStdString();
        EXPECT_GT(mapped.batch->recordCount(), 0) << type.toStdString();
        EXPECT_EQ(mapped.batch->source, connector->config().id);
        EXPECT_TRUE(mapped.batch->fetchedAt.isValid());
    }
}

TEST(MapPayload, SkippedRecordsAreCountedWithTheFirstReason)
{
    const auto ngsi = connectorFor(u"ngsi/v2-source.json"_s);
    ASSERT_TRUE(ngsi);
    const PayloadMapping some =
        ngsi->mapPayload(test::readFixture(u"ngsi/v2-some-bad.json"_s), PayloadHint{});
    ASSERT_TRUE(some.batch) << some.error.toStdString();
    EXPECT_EQ(some.batch->observations.size(), 2);
    EXPECT_EQ(some.batch->skippedRecords, 4);
    EXPECT_TRUE(some.batch->skippedReason.contains(u"HT-LongHoa-01"_s))
        << some.batch->skippedReason.toStdString();
    ASSERT_EQ(some.warnings.size(), 1);
    EXPECT_TRUE(some.warnings.first().startsWith(u"4 bản ghi bị bỏ qua: "_s))
        << some.warnings.first().toStdString();

    const auto json = connectorFor(u"json/stations-source.json"_s);
    ASSERT_TRUE(json);
    const PayloadMapping one =
        json->mapPayload(test::readFixture(u"json/stations-payload.json"_s), PayloadHint{});
    ASSERT_TRUE(one.batch) << one.error.toStdString();
    EXPECT_EQ(one.batch->skippedRecords, 1);
    EXPECT_TRUE(one.batch->skippedReason.contains(u"/result/stations/0/readings/2"_s))
        << one.batch->skippedReason.toStdString();

    // Nothing usable at all is no success: the error names the reasons.
    const PayloadMapping none = ngsi->mapPayload(
        R"([{"id": "urn:x", "areaServed": "Phường Long Hoa", "pm25": "n/a"}])", PayloadHint{});
    EXPECT_FALSE(none.batch);
    EXPECT_FALSE(none.settingsProblem);
    EXPECT_TRUE(none.error.contains(u"urn:x"_s)) << none.error.toStdString();
}

TEST(MapPayload, WrongSettingsAreTheSourceFilesProblem)
{
    SourceConfig config;
    config.id = u"broken"_s;
    config.type = u"ngsi"_s;
    config.fileName = u"sources/broken.json"_s;
    config.settings = QJsonObject{{u"attributes"_s, QJsonObject{}}};
    const auto connector = ConnectorRegistry::builtin().create(config, SecretStore{});
    ASSERT_TRUE(connector);
    const PayloadMapping mapped = connector->mapPayload("[]", PayloadHint{});
    EXPECT_FALSE(mapped.batch);
    EXPECT_TRUE(mapped.settingsProblem);
    EXPECT_TRUE(mapped.error.contains(u"/settings/attributes"_s)) << mapped.error.toStdString();
}
