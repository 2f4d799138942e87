// The cache survives what a control room does to it: a process killed in the
// middle of a write, a full disk, and a file someone damaged.
#include "store/cachedatabase.h"
#include "store/maintenance.h"
#include "support/cachefixture.h"
#include "support/testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

TEST(CacheSafety, KillDashNineLosesAtMostTheBatchInFlight)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    int next = 1;
    int lastCommitted = 0;
    QRandomGenerator random(20261125);
    for (int round = 0; round < 15; ++round) {
        QProcess writer;
        writer.start(binaryDir() + u"/tests/iocwall-test-cachewriter"_s,
                     {path, QString::number(next)});
        ASSERT_TRUE(writer.waitForStarted());
        // Let it commit a few batches, then kill it without warning.
        const int target = next + int(random.bounded(2, 12));
        QByteArray output;
        ASSERT_TRUE(waitUntil(
            [&] {
                output += writer.readAllStandardOutput();
                return output.contains("committed " + QByteArray::number(target) + '\n');
            },
            60000))
            << output.toStdString();
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n'))
            if (line.startsWith("committed "))
                lastCommitted = std::max(lastCommitted, line.mid(10).toInt());
        next = lastCommitted + 1;
    }
    const CacheDatabase::Prepared prepared = CacheDatabase::prepare(path);
    ASSERT_TRUE(prepared.ok) << prepared.error.toStdString();
    EXPECT_TRUE(prepared.movedAsideTo.isEmpty()) << "a killed writer must never damage the file";
    QString error;
    {
        QSqlDatabase db = CacheDatabase::open(path, u"safety"_s, &error);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"ok"_s);
        // Every batch reported committed is there, whole; no batch is there in part.
        ASSERT_TRUE(
            q.exec(u"SELECT value, count(*) FROM observations GROUP BY value ORDER BY value"_s));
        QMap<int, int> rows;
        while (q.next())
            rows[q.value(0).toInt()] = q.value(1).toInt();
        for (int batch = 1; batch <= lastCommitted; ++batch)
            EXPECT_EQ(rows.value(batch), 1000) << "batch " << batch;
        for (auto it = rows.begin(); it != rows.end(); ++it)
            EXPECT_EQ(it.value(), 1000) << "partial batch " << it.key();
    }
    CacheDatabase::close(u"safety"_s);
    EXPECT_GE(lastCommitted, 15);
}

TEST(CacheSafety, AFullDiskIsAClearErrorAndKeepsWhatWasThere)
{
    CacheFixture cache;
    cache.writer().write(CacheFixture::observations(u"dvc.received"_s, Aggregation::Sum,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 5}},
                                                    CacheFixture::at(21)));
    // Cap the file at its present size: the next growth fails as a full disk would.
    QSqlQuery cap(cache.writer().database());
    ASSERT_TRUE(cap.exec(u"PRAGMA page_count"_s) && cap.next());
    ASSERT_TRUE(cap.exec(u"PRAGMA max_page_count = %1"_s.arg(cap.value(0).toLongLong())));
    QSignalSpy failed(&cache.writer(), &StoreWriter::writeFailed);
    QList<std::tuple<QString, QDateTime, double>> many;
    for (int i = 0; i < 20000; ++i)
        many.append({u"long-hoa"_s, CacheFixture::at(1).addSecs(-i * 3600), double(i)});
    cache.writer().write(
        CacheFixture::observations(u"env.aqi"_s, Aggregation::Average, many, CacheFixture::at(22)));
    ASSERT_EQ(failed.size(), 1);
    const QString message = failed.first().at(1).toString();
    EXPECT_TRUE(message.contains(u"đĩa đầy"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(cache.path())) << message.toStdString();
    EXPECT_EQ(cache.scalar(u"SELECT count(*) FROM observations"_s), 1);
    EXPECT_EQ(cache.scalar(u"SELECT value FROM observations"_s), 5);
}

TEST(CacheSafety, RetentionRollsUpOldRawValuesByTheIndicatorsAggregation)
{
    CacheFixture cache;
    const QDateTime now = CacheFixture::at(25, 12);
    const QDateTime old = now.addDays(-40); // older than the 35 raw days
    QList<std::tuple<QString, QDateTime, double>> aqi, counts;
    for (int minute = 0; minute < 60; minute += 10) {
        aqi.append({u"long-hoa"_s, old.addSecs(minute * 60), 40.0 + minute}); // avg 65
        counts.append({u"long-hoa"_s, old.addSecs(minute * 60), 2.0});        // sum 12
    }
    aqi.append({u"long-hoa"_s, now.addSecs(-600), 80.0}); // recent: stays raw
    cache.writer().write(CacheFixture::observations(u"env.aqi"_s, Aggregation::Average, aqi, now));
    cache.writer().write(
        CacheFixture::observations(u"pakn.received"_s, Aggregation::Sum, counts, now));
    const qint64 before = cache.scalar(u"SELECT count(*) FROM observations"_s);

    QSqlDatabase db = cache.writer().database();
    const MaintenanceReport report = runMaintenance(db, RetentionPolicy{}, now);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.rolledUp, 10); // 2 x (6 raw rows -> 1 hourly row)
    EXPECT_EQ(cache.scalar(u"SELECT count(*) FROM observations"_s), before - 10);
    const qint64 hour = old.toSecsSinceEpoch();
    EXPECT_EQ(cache.scalar(
                  u"SELECT value FROM observations WHERE indicator = 'env.aqi' AND time = %1"_s.arg(
                      hour)),
              65);
    EXPECT_EQ(
        cache.scalar(
            u"SELECT value FROM observations WHERE indicator = 'pakn.received' AND time = %1"_s.arg(
                hour)),
        12);
    EXPECT_EQ(
        cache.scalar(
            u"SELECT count(*) FROM observations WHERE indicator = 'env.aqi' AND time > %1"_s.arg(
                hour + 3600)),
        1);
    // A second pass has nothing left to do.
    EXPECT_EQ(runMaintenance(db, RetentionPolicy{}, now).rolledUp, 0);
}
