// What the map and the comparing line chart ask of the cache: located reports
// with the state a wall shows, and the previous window shifted onto this one.
#include "store/dataservice.h"
#include "store/reportqueries.h"
#include "support/cachefixture.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

Report located(const QString &id, const QString &status, int createdDay, int deadlineDay)
{
    Report r;
    r.id = id;
    r.title = u"Ngập nước đường Lạc Long Quân – %1"_s.arg(id);
    r.category = u"giao-thong"_s;
    r.status = status;
    r.area = u"long-thanh-trung"_s;
    r.created = CacheFixture::at(createdDay, 8);
    r.updated = r.created;
    r.deadline = CacheFixture::at(deadlineDay, 17);
    r.lat = 11.279;
    r.lon = 106.155;
    return r;
}

ReportPin::State stateOf(const QList<ReportPin> &pins, const QString &id)
{
    for (const ReportPin &p : pins)
        if (p.id == id)
            return p.state;
    ADD_FAILURE() << "no pin " << id.toStdString();
    return ReportPin::State::Received;
}

} // namespace

TEST(MapQueries, PinsCarryTheStateTheWallShows)
{
    CacheFixture cache;
    const QDateTime now = CacheFixture::at(24, 12);
    RecordBatch batch;
    batch.source = u"town"_s;
    batch.fetchedAt = now.addSecs(-120);
    Report nowhere = located(u"PA-7"_s, u"received"_s, 23, 26);
    nowhere.lat.reset();
    nowhere.lon.reset();
    batch.reports = {
        located(u"PA-1"_s, u"received"_s, 23, 26),
        located(u"PA-2"_s, u"in_progress"_s, 22, 26),
        located(u"PA-3"_s, u"in_progress"_s, 18, 21), // past its deadline: overdue
        located(u"PA-4"_s, u"overdue"_s, 20, 25),     // the source says so
        located(u"PA-5"_s, u"resolved"_s, 21, 23),
        located(u"PA-6"_s, u"resolved"_s, 2, 5), // closed long before the window
        located(u"PA-8"_s, u"received"_s, 1, 3), // open for weeks: still on the map
        nowhere,                                 // no location: not on a map
    };
    // Four of them had already come in on the 20th.
    RecordBatch early = batch;
    early.fetchedAt = CacheFixture::at(20, 9);
    early.reports = {batch.reports.at(2), batch.reports.at(3), batch.reports.at(5),
                     batch.reports.at(6)};
    cache.writer().write(early);
    cache.writer().write(batch);

    ReportQueries reports(cache.reader());
    const QList<ReportPin> pins = reports.pins(now.addDays(-7), now, true);
    ASSERT_EQ(pins.size(), 6);
    EXPECT_EQ(pins.first().id, u"PA-1"_s); // newest first
    EXPECT_EQ(stateOf(pins, u"PA-1"_s), ReportPin::State::Received);
    EXPECT_EQ(stateOf(pins, u"PA-2"_s), ReportPin::State::InProgress);
    EXPECT_EQ(stateOf(pins, u"PA-3"_s), ReportPin::State::Overdue);
    EXPECT_EQ(stateOf(pins, u"PA-4"_s), ReportPin::State::Overdue);
    EXPECT_EQ(stateOf(pins, u"PA-5"_s), ReportPin::State::Resolved);
    EXPECT_EQ(stateOf(pins, u"PA-8"_s), ReportPin::State::Overdue);
    EXPECT_DOUBLE_EQ(pins.first().lat, 11.279);
    EXPECT_EQ(pins.first().area, u"long-thanh-trung"_s);
    EXPECT_EQ(reports.pins(now.addDays(-7), now, false).size(), 5);

    // Through a tile query: the map's part alone, with the reports' age.
    TileQuery q;
    q.parts = TileQuery::ReportPins;
    q.binding.days = 7;
    q.now = now;
    const TileData data = DataService::answer(cache.reader(), q);
    EXPECT_EQ(data.reportPins, pins);
    EXPECT_EQ(data.fetchedAt, now.addSecs(-120));
    EXPECT_TRUE(data.hasData());

    // As of the 20th: PA-1, PA-2, PA-5 had not arrived; PA-3 was open, not yet late;
    // PA-6 was closed before that window.
    q.asOf = CacheFixture::at(20, 12);
    const TileData then = DataService::answer(cache.reader(), q);
    EXPECT_EQ(then.reportPins.size(), 3) << "PA-3, PA-4, PA-8";
    EXPECT_EQ(stateOf(then.reportPins, u"PA-3"_s), ReportPin::State::InProgress);
}

TEST(MapQueries, PreviousWindowLiesUnderTheCurrentOne)
{
    CacheFixture cache;
    const QString rate = u"dvc.ontime_rate"_s;
    QList<std::tuple<QString, QDateTime, double>> values;
    for (int d = 1; d <= 15; ++d)
        values.append({u"long-hoa"_s, CacheFixture::at(d), 80.0 + d});
    const QDateTime now = CacheFixture::at(15, 12);
    cache.writer().write(CacheFixture::observations(rate, Aggregation::Average, values, now));

    TileQuery q;
    q.binding.indicators = {rate};
    q.binding.period = u"day"_s;
    q.binding.days = 7;
    q.parts = TileQuery::Series | TileQuery::PreviousSeries;
    q.now = now;
    const TileData data = DataService::answer(cache.reader(), q);
    ASSERT_EQ(data.series.size(), 2);
    const TileSeries &current = data.series.at(0);
    const TileSeries &previous = data.series.at(1);
    EXPECT_FALSE(current.previousPeriod);
    EXPECT_TRUE(previous.previousPeriod);
    EXPECT_EQ(previous.label, current.label);
    ASSERT_EQ(current.points.size(), 7); // days 9 to 15
    ASSERT_EQ(previous.points.size(), current.points.size());
    for (qsizetype i = 0; i < current.points.size(); ++i) {
        // Same x, the value of a week earlier.
        EXPECT_EQ(previous.points.at(i).x(), current.points.at(i).x());
        EXPECT_DOUBLE_EQ(previous.points.at(i).y(), current.points.at(i).y() - 7.0);
    }
    EXPECT_EQ(current.points.first().x(), double(CacheFixture::at(9).toMSecsSinceEpoch()));

    // Without the part, only this window.
    q.parts = TileQuery::Series;
    EXPECT_EQ(DataService::answer(cache.reader(), q).series.size(), 1);
}
