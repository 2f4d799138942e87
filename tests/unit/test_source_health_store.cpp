// The source_health table of a real SQLite cache: milliseconds, so a success
// and an error in the same second are told apart, skipped records kept, and a
// file of schema version 2 (whole seconds) migrated.
#include "store/schema.h"
#include "store/storereader.h"
#include "support/cachefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

SourceHealth sample(const QDateTime &success, const QDateTime &error)
{
    SourceHealth h;
    h.source = u"town"_s;
    h.name = u"IOC thị xã Hòa Thành"_s;
    h.lastAttempt = std::max(success, error);
    h.lastSuccess = success;
    h.lastErrorAt = error;
    h.lastError = u"nguồn town, /observations: máy chủ trả lỗi HTTP 503"_s;
    h.latencyMs = 120;
    h.records = 42;
    h.nextPoll = h.lastAttempt.addSecs(30);
    return h;
}

} // namespace

TEST(SourceHealthStore, ASuccessAndAnErrorInOneSecondKeepTheirOrder)
{
    test::CacheFixture cache;
    const QDateTime second = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);

    // The error came 500 ms after the success: the source is failing.
    cache.writer().writeHealth(sample(second.addMSecs(200), second.addMSecs(700)));
    auto stored = cache.reader().health(u"town"_s);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->lastSuccess, second.addMSecs(200));
    EXPECT_EQ(stored->lastErrorAt, second.addMSecs(700));
    EXPECT_FALSE(stored->ok());

    // The success came after: healthy again.
    cache.writer().writeHealth(sample(second.addMSecs(700), second.addMSecs(200)));
    stored = cache.reader().health(u"town"_s);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->ok());

    // A true tie (the same millisecond) counts as the error.
    cache.writer().writeHealth(sample(second.addMSecs(300), second.addMSecs(300)));
    stored = cache.reader().health(u"town"_s);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->ok());
}

TEST(SourceHealthStore, SkippedRecordsRoundTrip)
{
    test::CacheFixture cache;
    SourceHealth h = sample(QDateTime::currentDateTimeUtc(), {});
    h.lastError.clear();
    h.skippedRecords = 3;
    h.skippedReason = u"thực thể urn:ngsi-ld:AirQualityObserved:HT-LongHoa-01, thuộc tính pm10: "
                      u"giá trị không phải số"_s;
    cache.writer().writeHealth(h);
    const auto stored = cache.reader().health(u"town"_s);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, h);
    EXPECT_TRUE(stored->partial());
}

TEST(SourceHealthStore, VersionTwoFileIsMigratedToMilliseconds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const QString connection = u"health-migration"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        // source_health as versions 1 and 2 made it, one row in whole seconds.
        ASSERT_TRUE(q.exec(u"CREATE TABLE source_health (source TEXT PRIMARY KEY, name TEXT,"
                           " last_attempt INTEGER, last_success INTEGER, last_error_at INTEGER,"
                           " last_error TEXT, latency_ms INTEGER, records INTEGER,"
                           " next_poll INTEGER)"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO source_health VALUES ('town', 'IOC', 1795000010,"
                           " 1795000010, NULL, NULL, 80, 7, 1795000040)"_s));
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 2"_s));
        const schema::MigrationResult result = schema::migrate(db);
        EXPECT_EQ(result.outcome, schema::MigrationResult::Outcome::Done)
            << result.error.toStdString();
        q.finish();
        StoreReader reader(db);
        const auto h = reader.health(u"town"_s);
        ASSERT_TRUE(h) << reader.lastError().toStdString();
        EXPECT_EQ(h->lastSuccess, QDateTime::fromSecsSinceEpoch(1'795'000'010, Qt::UTC));
        EXPECT_EQ(h->nextPoll, QDateTime::fromSecsSinceEpoch(1'795'000'040, Qt::UTC));
        EXPECT_FALSE(h->lastErrorAt.isValid());
        EXPECT_EQ(h->skippedRecords, 0);
        EXPECT_TRUE(h->skippedReason.isEmpty());
        EXPECT_TRUE(h->ok());
        ASSERT_TRUE(q.exec(u"PRAGMA user_version"_s) && q.next());
        EXPECT_EQ(q.value(0).toInt(), schema::currentVersion());
    }
    QSqlDatabase::removeDatabase(connection);
}
