#include "store/analytics.h"
#include "store/dataservice.h"
#include "store/reportqueries.h"
#include "support/cachefixture.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {
const QString kIndicator = u"dvc.received"_s;
constexpr int kIct = 7 * 3600;
} // namespace

TEST(CacheQueries, WeekBucketsStartOnMonday)
{
    CacheFixture cache;
    // 2026-11-22 is a Sunday, 23 a Monday.
    cache.writer().write(CacheFixture::observations(kIndicator, Aggregation::Sum,
                                                    {{u"long-hoa"_s, CacheFixture::at(22), 5},
                                                     {u"long-hoa"_s, CacheFixture::at(23), 7},
                                                     {u"long-hoa"_s, CacheFixture::at(29), 11}},
                                                    CacheFixture::at(30)));
    const auto weeks =
        cache.reader().series(kIndicator, {u"long-hoa"_s}, CacheFixture::at(1),
                              CacheFixture::at(30), u"week"_s, Aggregation::Sum, kIct);
    ASSERT_EQ(weeks.size(), 1);
    ASSERT_EQ(weeks.first().points.size(), 2);
    EXPECT_EQ(weeks.first().points.at(0),
              QPointF(double(CacheFixture::at(16).toMSecsSinceEpoch()), 5));
    EXPECT_EQ(weeks.first().points.at(1),
              QPointF(double(CacheFixture::at(23).toMSecsSinceEpoch()), 18));
}

TEST(CacheQueries, AsOfShowsWhatHadArrivedThen)
{
    CacheFixture cache;
    const QDateTime first = CacheFixture::at(24, 9);
    const QDateTime second = CacheFixture::at(24, 15);
    cache.writer().write(CacheFixture::observations(
        kIndicator, Aggregation::Sum, {{u"long-hoa"_s, CacheFixture::at(23), 10}}, first));
    // The afternoon poll corrects yesterday and adds today.
    cache.writer().write(CacheFixture::observations(
        kIndicator, Aggregation::Sum,
        {{u"long-hoa"_s, CacheFixture::at(23), 12}, {u"long-hoa"_s, CacheFixture::at(24), 4}},
        second));

    StoreReader &r = cache.reader();
    EXPECT_EQ(r.latest(kIndicator, {}, Aggregation::Sum)->value, 4);
    r.setAsOf(first.addSecs(60));
    const auto morning = r.latest(kIndicator, {}, Aggregation::Sum);
    ASSERT_TRUE(morning);
    EXPECT_EQ(morning->value, 10); // the value as first reported, before the correction
    EXPECT_EQ(morning->time, CacheFixture::at(23));
    EXPECT_EQ(r.fetchedAt(kIndicator)->first, first);
    r.setAsOf(second);
    EXPECT_EQ(r.latest(kIndicator, {}, Aggregation::Sum)->previous, 12.0);
    r.setAsOf(first.addSecs(-1));
    EXPECT_FALSE(r.latest(kIndicator, {}, Aggregation::Sum).has_value());
    r.setAsOf(std::nullopt);
    EXPECT_EQ(r.series(kIndicator, {}, CacheFixture::at(1), CacheFixture::at(30), u"day"_s,
                       Aggregation::Sum, kIct)
                  .first()
                  .points.size(),
              2);
}

TEST(CacheQueries, PeriodComparisonIsLikeForLike)
{
    CacheFixture cache;
    QList<std::tuple<QString, QDateTime, double>> values;
    for (int d = 1; d <= 30; ++d) {
        values.append({u"long-hoa"_s, CacheFixture::at(d, 0, 10), 1.0}); // October: 1 a day
        values.append(
            {u"long-hoa"_s, CacheFixture::at(d, 0, 11, 2025), 3.0}); // November 2025: 3 a day
    }
    for (int d = 1; d <= 24; ++d)
        values.append({u"long-hoa"_s, CacheFixture::at(d), 2.0}); // November 2026 so far: 2 a day
    cache.writer().write(
        CacheFixture::observations(kIndicator, Aggregation::Sum, values, CacheFixture::at(24, 12)));

    const QDateTime now = CacheFixture::at(24, 12); // midday of the 24th
    const PeriodComparison c =
        comparePeriods(cache.reader(), kIndicator, {}, u"month"_s, now, Aggregation::Sum, kIct);
    EXPECT_EQ(c.current.start, CacheFixture::at(1));
    EXPECT_EQ(c.currentValue, 48.0);  // 24 days x 2
    EXPECT_EQ(c.previousValue, 24.0); // 1..24 October only, not the whole month
    EXPECT_EQ(c.lastYearValue, 72.0); // 1..24 November 2025
    EXPECT_EQ(c.previous.start, CacheFixture::at(1, 0, 10));

    const Period week = periodContaining(u"week"_s, now, kIct);
    EXPECT_EQ(week.start, CacheFixture::at(23));
    EXPECT_EQ(week.end, CacheFixture::at(30));
}

TEST(CacheQueries, AreasRankedWithTies)
{
    CacheFixture cache;
    cache.writer().write(CacheFixture::observations(u"dvc.ontime_rate"_s, Aggregation::Average,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 90},
                                                     {u"long-hoa"_s, CacheFixture::at(21), 96},
                                                     {u"hiep-tan"_s, CacheFixture::at(20), 97},
                                                     {u"truong-tay"_s, CacheFixture::at(20), 93}},
                                                    CacheFixture::at(22)));
    const auto ranks = rankAreas(cache.reader(), u"dvc.ontime_rate"_s, CacheFixture::at(1),
                                 CacheFixture::at(30), Aggregation::Average, true);
    ASSERT_EQ(ranks.size(), 3);
    EXPECT_EQ(ranks.at(0).area, u"hiep-tan"_s);
    EXPECT_EQ(ranks.at(0).name, u"Phường Hiệp Tân"_s);
    EXPECT_EQ(ranks.at(1).rank, 2);
    EXPECT_EQ(ranks.at(2).rank, 2); // 93 and 93: a tie
    const auto worstFirst = rankAreas(cache.reader(), u"dvc.ontime_rate"_s, CacheFixture::at(1),
                                      CacheFixture::at(30), Aggregation::Average, false);
    EXPECT_EQ(worstFirst.first().rank, 1);
    EXPECT_NE(worstFirst.first().area, u"hiep-tan"_s);
}

TEST(CacheQueries, ReportCountsOverdueAndTheirPast)
{
    CacheFixture cache;
    auto report = [](const QString &id, const QString &category, const QString &status,
                     int createdDay, int deadlineDay) {
        Report r;
        r.id = id;
        r.title = u"Đèn đường hỏng – %1"_s.arg(id);
        r.category = category;
        r.status = status;
        r.area = u"long-hoa"_s;
        r.created = CacheFixture::at(createdDay, 8);
        r.updated = r.created;
        r.deadline = CacheFixture::at(deadlineDay, 17);
        return r;
    };
    RecordBatch morning;
    morning.source = u"town"_s;
    morning.fetchedAt = CacheFixture::at(20, 9);
    morning.reports = {report(u"PA-1"_s, u"dien"_s, u"received"_s, 18, 21),
                       report(u"PA-2"_s, u"moi_truong"_s, u"in_progress"_s, 19, 25),
                       report(u"PA-3"_s, u"dien"_s, u"received"_s, 19, 26)};
    cache.writer().write(morning);
    RecordBatch later = morning;
    later.fetchedAt = CacheFixture::at(23, 9);
    later.reports[0].status = u"resolved"_s;
    later.reports[1].status = u"in_progress"_s;
    later.reports.append(report(u"PA-4"_s, u"giao_thong"_s, u"received"_s, 22, 22));
    cache.writer().write(later);

    ReportQueries reports(cache.reader());
    const auto byStatus =
        reports.counts(ReportQueries::GroupBy::Status, CacheFixture::at(1), CacheFixture::at(30));
    ASSERT_EQ(byStatus.size(), 3);
    EXPECT_EQ(byStatus.first().key, u"received"_s); // PA-3, PA-4
    EXPECT_EQ(byStatus.first().count, 2);
    const auto byCategory =
        reports.counts(ReportQueries::GroupBy::Category, CacheFixture::at(1), CacheFixture::at(30));
    EXPECT_EQ(byCategory.first().key, u"dien"_s);
    const auto overdue = reports.overdue(CacheFixture::at(24, 9));
    ASSERT_EQ(overdue.size(), 1);
    EXPECT_EQ(overdue.first().id, u"PA-4"_s);
    EXPECT_EQ(overdue.first().daysLate, 1);

    // As of the 21st evening: PA-1 was still open and past its deadline; PA-4 had not arrived.
    cache.reader().setAsOf(CacheFixture::at(21, 20));
    const auto then = reports.overdue(CacheFixture::at(21, 20));
    ASSERT_EQ(then.size(), 1);
    EXPECT_EQ(then.first().id, u"PA-1"_s);
    const auto thenByStatus =
        reports.counts(ReportQueries::GroupBy::Status, CacheFixture::at(1), CacheFixture::at(30));
    qint64 total = 0;
    for (const auto &c : thenByStatus)
        total += c.count;
    EXPECT_EQ(total, 3);
    EXPECT_EQ(cache.scalar(u"SELECT count(*) FROM report_status_history WHERE id = 'PA-1'"_s), 2);
}

TEST(CacheQueries, TileAnswersCarryRankingsComparisonsAndReports)
{
    CacheFixture cache;
    const QDateTime now = CacheFixture::at(24, 12);
    cache.writer().write(CacheFixture::observations(u"dvc.ontime_rate"_s, Aggregation::Average,
                                                    {{u"long-hoa"_s, CacheFixture::at(23), 90},
                                                     {u"hiep-tan"_s, CacheFixture::at(23), 97},
                                                     {u"hiep-tan"_s, CacheFixture::at(24), 95}},
                                                    now));
    RecordBatch reports;
    reports.source = u"town"_s;
    reports.fetchedAt = now.addSecs(-300);
    Report r;
    r.id = u"PA-9"_s;
    r.title = u"Rác thải trên đường Phạm Văn Đồng"_s;
    r.category = u"moi_truong"_s;
    r.status = u"received"_s;
    r.area = u"hiep-tan"_s;
    r.created = CacheFixture::at(20, 8);
    r.deadline = CacheFixture::at(22, 17);
    r.lat = 11.27;
    r.lon = 106.14;
    reports.reports = {r};
    cache.writer().write(reports);

    TileQuery q;
    q.tileId = u"s/t"_s;
    q.binding.indicators = {u"dvc.ontime_rate"_s};
    q.binding.period = u"day"_s;
    q.parts = TileQuery::Ranking | TileQuery::Comparison | TileQuery::Reports | TileQuery::Overdue;
    q.now = now;
    const TileData data = DataService::answer(cache.reader(), q);
    ASSERT_EQ(data.ranking.size(), 2);
    EXPECT_EQ(data.ranking.first().area, u"hiep-tan"_s); // avg 96 beats 90
    EXPECT_DOUBLE_EQ(data.ranking.first().value, 96.0);
    ASSERT_TRUE(data.comparison.has_value());
    EXPECT_EQ(data.comparison->currentValue, 95.0);
    EXPECT_EQ(data.comparison->previousValue, 93.5);
    ASSERT_EQ(data.recentReports.size(), 1);
    EXPECT_EQ(data.recentReports.first().lat, 11.27);
    ASSERT_EQ(data.overdue.size(), 1);
    EXPECT_EQ(data.overdue.first().daysLate, 1);
    EXPECT_EQ(data.reportsByStatus.first().key, u"received"_s);
    EXPECT_EQ(data.fetchedAt, now.addSecs(-300)); // the reports are the older part of the answer
    EXPECT_TRUE(data.hasData());

    // A tile bound to no indicator still gets its reports.
    TileQuery ticker;
    ticker.parts = TileQuery::Reports;
    ticker.now = now;
    EXPECT_EQ(DataService::answer(cache.reader(), ticker).recentReports.size(), 1);
}
