// A poll that succeeds but leaves some records out: the hub polls a fixture
// server on 127.0.0.1 whose payload has a few bad records, the writer keeps
// the health in a real SQLite cache, and the built iocwall-cli reads it back.
// The count and the first reason must survive every step.
#include "hub/hub.h"
#include "support/cachefixture.h"
#include "support/clirun.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;
using test::FixtureServer;

namespace {

// A source file of tests/fixtures, pointed at `server`.
SourceConfig fixtureSource(const QString &relativePath, const QUrl &baseUrl)
{
    ConfigIssues issues(relativePath);
    const auto config =
        readSourceConfig(test::sourceDir() + u"/tests/fixtures/"_s + relativePath, issues);
    EXPECT_TRUE(config) << issues.summary().toStdString();
    SourceConfig out = config.value_or(SourceConfig{});
    out.baseUrl = baseUrl;
    return out;
}

// The first health the hub reports for `config`, also written to `cache`.
SourceHealth pollOnce(const SourceConfig &config, test::CacheFixture &cache)
{
    Hub hub({config}, SecretStore{}, ConnectorRegistry::builtin());
    QList<SourceHealth> seen;
    QObject::connect(&hub, &Hub::healthChanged, &hub, [&](const SourceHealth &h) {
        seen.append(h);
        cache.writer().writeHealth(h);
    });
    hub.start();
    EXPECT_TRUE(test::waitUntil([&] { return !seen.isEmpty(); }, 20000));
    hub.stop();
    return seen.value(0);
}

} // namespace

TEST(PartialHealth, NgsiSkippedRecordsReachTheCacheAndTheCli)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/v2/entities"_s,
                 FixtureServer::json(test::readFixture(u"ngsi/v2-some-bad.json"_s)));
    test::CacheFixture cache;
    const SourceHealth health =
        pollOnce(fixtureSource(u"ngsi/v2-source.json"_s, server.url()), cache);

    ASSERT_TRUE(health.ok()) << health.lastError.toStdString();
    EXPECT_TRUE(health.partial());
    // Long Hoa's pm25 and AQI are read; its pm10 (text), Hiệp Tân's pm25 (null) and
    // AQI ("N/A") and Trường Hòa's pm25 (no time) are not.
    EXPECT_EQ(health.records, 2);
    EXPECT_EQ(health.skippedRecords, 4);
    EXPECT_TRUE(health.skippedReason.contains(u"HT-LongHoa-01"_s))
        << health.skippedReason.toStdString();
    EXPECT_TRUE(health.skippedReason.contains(u"pm10"_s)) << health.skippedReason.toStdString();

    // The cache gives back exactly what the hub said, milliseconds included.
    const auto stored = cache.reader().health(u"air-v2"_s);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, health);

    const QString dataDir = QFileInfo(cache.path()).absolutePath();
    const test::CliRun json = test::runCli({u"health"_s, u"--data-dir"_s, dataDir, u"--json"_s});
    EXPECT_EQ(json.exitCode, 0) << json.err.toStdString(); // a partial success is a success
    ASSERT_EQ(json.lines.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(json.lines.first().toUtf8()).object();
    EXPECT_TRUE(o.value(u"ok"_s).toBool());
    EXPECT_EQ(o.value(u"skipped_records"_s).toInteger(), 4);
    EXPECT_EQ(o.value(u"skipped_reason"_s).toString(), health.skippedReason);

    const test::CliRun human = test::runCli({u"health"_s, u"--data-dir"_s, dataDir});
    const QString text = human.lines.join(u'\n');
    EXPECT_TRUE(text.contains(u"[tốt, có cảnh báo] Quan trắc không khí (NGSI-v2, mẫu) (air-v2)"_s))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(u"Bỏ qua 4 bản ghi không đọc được; đầu tiên: "_s + health.skippedReason))
        << text.toStdString();
}

TEST(PartialHealth, JsonConnectorSkippedRecordReachesHealth)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/api/stations"_s,
                 FixtureServer::json(test::readFixture(u"json/stations-payload.json"_s)));
    test::CacheFixture cache;
    const SourceHealth health =
        pollOnce(fixtureSource(u"json/stations-source.json"_s, server.url(u"/api"_s)), cache);
    ASSERT_TRUE(health.ok()) << health.lastError.toStdString();
    EXPECT_EQ(health.records, 3);
    EXPECT_EQ(health.skippedRecords, 1);
    EXPECT_TRUE(health.skippedReason.contains(u"/result/stations/0/readings/2"_s))
        << health.skippedReason.toStdString();
    const auto stored = cache.reader().health(u"stations"_s);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->skippedRecords, 1);
    EXPECT_EQ(stored->skippedReason, health.skippedReason);
}

TEST(PartialHealth, NoWarningWhenEveryRecordIsRead)
{
    FixtureServer server;
    ASSERT_TRUE(server.start());
    server.serve(u"/v2/entities"_s,
                 FixtureServer::json(test::readFixture(u"ngsi/v2-normalized.json"_s)));
    test::CacheFixture cache;
    const SourceHealth health =
        pollOnce(fixtureSource(u"ngsi/v2-source.json"_s, server.url()), cache);
    ASSERT_TRUE(health.ok()) << health.lastError.toStdString();
    EXPECT_FALSE(health.partial());
    EXPECT_EQ(health.skippedRecords, 0);
    EXPECT_TRUE(health.skippedReason.isEmpty());
}
