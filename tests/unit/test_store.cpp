#include "store/cachedatabase.h"
#include "store/dataservice.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QDateTime day(int d, int hour = 0)
{
    // Local midnight in Hòa Thành (UTC+7) of 2026-11-d, as UTC.
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0), QTimeZone(7 * 3600)).toUTC();
}

RecordBatch batch(const QList<std::tuple<QString, int, double>> &values)
{
    RecordBatch b;
    b.source = u"town"_s;
    b.fetchedAt = QDateTime(QDate(2026, 11, 25), QTime(1, 15), Qt::UTC);
    IndicatorInfo info;
    info.code = u"dvc.received"_s;
    info.name = u"Hồ sơ tiếp nhận"_s;
    info.unit = u"hồ sơ"_s;
    info.aggregation = Aggregation::Sum;
    b.indicators = {info};
    b.areas = {{u"long-hoa"_s, u"Phường Long Hoa"_s, u"phuong"_s, u"hoa-thanh"_s, 11.28, 106.13},
               {u"hiep-tan"_s, u"Phường Hiệp Tân"_s, u"phuong"_s, u"hoa-thanh"_s, 11.27, 106.14}};
    for (const auto &[area, d, v] : values)
        b.observations.append({info.code, area, day(d), v, info.unit, b.source});
    b.polledIndicators = {info.code};
    return b;
}

struct Cache {
    QTemporaryDir dir;
    QString path = dir.filePath(u"cache.sqlite"_s);
    std::unique_ptr<StoreWriter> writer;
    Cache()
    {
        EXPECT_TRUE(CacheDatabase::prepare(path).ok);
        writer = std::make_unique<StoreWriter>(path);
        writer->open();
    }
    qint64 count(const QString &sql)
    {
        QString error;
        qint64 n = -1;
        {
            QSqlDatabase db = CacheDatabase::open(path, u"count"_s, &error);
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        CacheDatabase::close(u"count"_s);
        return n;
    }
};

} // namespace

TEST(Store, IngestIsIdempotentAndKeepsRevisions)
{
    Cache cache;
    QSignalSpy committed(cache.writer.get(), &StoreWriter::committed);
    cache.writer->write(
        batch({{u"long-hoa"_s, 23, 10}, {u"long-hoa"_s, 24, 12}, {u"hiep-tan"_s, 24, 7}}));
    cache.writer->write(
        batch({{u"long-hoa"_s, 23, 10}, {u"long-hoa"_s, 24, 12}, {u"hiep-tan"_s, 24, 7}}));
    EXPECT_EQ(cache.count(u"SELECT count(*) FROM observations"_s), 3);
    EXPECT_EQ(cache.count(u"SELECT count(*) FROM observation_revisions"_s), 0);
    // A corrected value replaces the old one, which is kept as a revision.
    cache.writer->write(batch({{u"long-hoa"_s, 24, 13}}));
    EXPECT_EQ(cache.count(u"SELECT count(*) FROM observations"_s), 3);
    EXPECT_EQ(
        cache.count(u"SELECT value FROM observations WHERE area = 'long-hoa' AND time = %1"_s.arg(
            day(24).toSecsSinceEpoch())),
        13);
    EXPECT_EQ(cache.count(u"SELECT value FROM observation_revisions"_s), 12);
    ASSERT_EQ(committed.size(), 3);
    EXPECT_EQ(committed.at(0).at(2).toLongLong(), 3);
    EXPECT_EQ(committed.at(1).at(2).toLongLong(), 0); // nothing changed the second time
}

TEST(Store, LatestSeriesAndTileAnswers)
{
    Cache cache;
    cache.writer->write(batch({{u"long-hoa"_s, 22, 8},
                               {u"long-hoa"_s, 23, 10},
                               {u"long-hoa"_s, 24, 12},
                               {u"hiep-tan"_s, 23, 5},
                               {u"hiep-tan"_s, 24, 7}}));
    QString error;
    StoreReader reader(CacheDatabase::open(cache.path, u"reader"_s, &error));
    const auto latest = reader.latest(u"dvc.received"_s, {}, Aggregation::Sum);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->value, 19);      // 12 + 7 on the 24th
    EXPECT_EQ(latest->previous, 15.0); // 10 + 5 on the 23rd
    EXPECT_EQ(latest->time, day(24));

    const auto perArea = reader.series(u"dvc.received"_s, {u"hiep-tan"_s, u"long-hoa"_s}, day(1),
                                       day(30), u"day"_s, Aggregation::Sum, 7 * 3600);
    ASSERT_EQ(perArea.size(), 2);
    EXPECT_EQ(perArea.at(0).area, u"hiep-tan"_s); // in the binding's order
    EXPECT_EQ(perArea.at(1).points.size(), 3);
    EXPECT_EQ(perArea.at(1).points.first(), QPointF(double(day(22).toMSecsSinceEpoch()), 8));

    const auto month = reader.series(u"dvc.received"_s, {}, day(1), day(30), u"month"_s,
                                     Aggregation::Sum, 7 * 3600);
    ASSERT_EQ(month.size(), 1);
    ASSERT_EQ(month.first().points.size(), 1);
    EXPECT_EQ(month.first().points.first().y(), 42);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(month.first().points.first().x()),
                                             QTimeZone(7 * 3600))
                  .date(),
              QDate(2026, 11, 1));

    TileQuery q;
    q.tileId = u"overview/a"_s;
    q.generation = 7;
    q.binding.indicators = {u"dvc.received"_s};
    q.binding.areas = {u"long-hoa"_s};
    q.parts = TileQuery::Latest | TileQuery::Series;
    q.now = day(25);
    const TileData data = DataService::answer(reader, q);
    EXPECT_EQ(data.generation, 7u);
    EXPECT_EQ(data.latest, 12.0);
    ASSERT_EQ(data.series.size(), 1);
    EXPECT_EQ(data.series.first().label, u"Phường Long Hoa"_s);
    EXPECT_EQ(data.fetchedAt, QDateTime(QDate(2026, 11, 25), QTime(1, 15), Qt::UTC));
    EXPECT_EQ(data.indicators.value(u"dvc.received"_s).name, u"Hồ sơ tiếp nhận"_s);
    CacheDatabase::close(u"reader"_s);
}

TEST(Store, DamagedFileIsSetAsideAndAFreshOneStarted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const CacheDatabase::Prepared prepared = CacheDatabase::prepare(path);
    EXPECT_TRUE(prepared.ok) << prepared.error.toStdString();
    ASSERT_FALSE(prepared.movedAsideTo.isEmpty());
    EXPECT_TRUE(QFile::exists(prepared.movedAsideTo));
    EXPECT_TRUE(prepared.notice.contains(prepared.movedAsideTo));
    // The fresh file works.
    StoreWriter writer(path);
    writer.open();
    QSignalSpy committed(&writer, &StoreWriter::committed);
    writer.write(batch({{u"long-hoa"_s, 24, 1}}));
    EXPECT_EQ(committed.size(), 1);
}
