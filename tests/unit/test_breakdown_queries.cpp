// Stacked-bar and overdue-table answers from a real cache file.
#include "store/dataservice.h"
#include "store/reportqueries.h"
#include "support/cachefixture.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

Report report(const QString &id, const QString &area, const QString &status, int createdDay,
              int deadlineDay)
{
    Report r;
    r.id = id;
    r.title = u"Đèn đường hỏng – %1"_s.arg(id);
    r.category = u"dien"_s;
    r.status = status;
    r.area = area;
    r.created = CacheFixture::at(createdDay, 8);
    r.updated = r.created;
    r.deadline = CacheFixture::at(deadlineDay, 17);
    r.agency = u"Điện lực Hòa Thành"_s;
    return r;
}

// Five reports in two wards and one without an area, fetched on the 23rd; the
// areas' names come with an observation batch as the IOC API sends them.
void writeReports(CacheFixture &cache)
{
    cache.writer().write(CacheFixture::observations(u"pakn.received"_s, Aggregation::Sum,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 1}},
                                                    CacheFixture::at(23, 9)));
    RecordBatch batch;
    batch.source = u"town"_s;
    batch.fetchedAt = CacheFixture::at(23, 9);
    batch.reports = {report(u"PA-1"_s, u"long-hoa"_s, u"received"_s, 20, 26),
                     report(u"PA-2"_s, u"long-hoa"_s, u"resolved"_s, 20, 21),
                     report(u"PA-3"_s, u"long-hoa"_s, u"in_progress"_s, 18, 21),
                     report(u"PA-4"_s, u"hiep-tan"_s, u"in_progress"_s, 21, 22),
                     report(u"PA-5"_s, u"hiep-tan"_s, u"escalated"_s, 22, 26),
                     report(u"PA-6"_s, QString(), u"received"_s, 22, 26)};
    cache.writer().write(batch);
}

} // namespace

TEST(BreakdownQueries, ReportCountsPerAreaAndStatus)
{
    CacheFixture cache;
    writeReports(cache);
    const auto counts = ReportQueries(cache.reader())
                            .countsByAreaAndStatus(CacheFixture::at(1), CacheFixture::at(30));
    ASSERT_EQ(counts.size(), 6);
    EXPECT_EQ(counts.at(0).area, QString()); // PA-6: no area, ordered first
    EXPECT_EQ(counts.at(1).area, u"hiep-tan"_s);
    EXPECT_EQ(counts.at(1).status, u"escalated"_s);
    EXPECT_EQ(counts.at(1).count, 1);
    // A window that leaves out the 18th drops PA-3.
    const auto later = ReportQueries(cache.reader())
                           .countsByAreaAndStatus(CacheFixture::at(19), CacheFixture::at(30));
    for (const auto &c : later)
        EXPECT_FALSE(c.area == u"long-hoa"_s && c.status == u"in_progress"_s);
}

TEST(BreakdownQueries, ReportsByAreaAreStackedByStatusLargestFirst)
{
    CacheFixture cache;
    writeReports(cache);
    TileQuery q;
    q.tileId = u"s/stacked"_s;
    q.parts = TileQuery::ReportsByArea;
    q.now = CacheFixture::at(24, 12);
    q.binding.days = 30;
    const TileData data = DataService::answer(cache.reader(), q);
    // Open statuses first in their fixed order, unknown ones after.
    EXPECT_EQ(data.breakdownKeys,
              (QStringList{u"received"_s, u"in_progress"_s, u"resolved"_s, u"escalated"_s}));
    ASSERT_EQ(data.breakdown.size(), 2) << "the report without an area is left out";
    EXPECT_EQ(data.breakdown.at(0).area, u"long-hoa"_s);
    EXPECT_EQ(data.breakdown.at(0).name, u"Phường Long Hoa"_s);
    EXPECT_EQ(data.breakdown.at(0).values, (QList<double>{1, 1, 1, 0}));
    EXPECT_EQ(data.breakdown.at(1).values, (QList<double>{0, 1, 0, 1}));
    EXPECT_DOUBLE_EQ(data.breakdown.at(0).total(), 3.0);
    EXPECT_EQ(data.fetchedAt, CacheFixture::at(23, 9));
    EXPECT_TRUE(data.hasData());

    // Named areas keep the binding's order, and only they are shown.
    q.binding.areas = {u"hiep-tan"_s, u"long-hoa"_s, u"truong-tay"_s};
    const TileData named = DataService::answer(cache.reader(), q);
    ASSERT_EQ(named.breakdown.size(), 2);
    EXPECT_EQ(named.breakdown.at(0).area, u"hiep-tan"_s);
    q.binding.areas = {u"hiep-tan"_s};
    EXPECT_EQ(DataService::answer(cache.reader(), q).breakdown.size(), 1);
}

TEST(BreakdownQueries, IndicatorsByAreaGiveOneSegmentPerIndicator)
{
    CacheFixture cache;
    cache.writer().write(CacheFixture::observations(u"dvc.resolved"_s, Aggregation::Sum,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 40},
                                                     {u"long-hoa"_s, CacheFixture::at(21), 20},
                                                     {u"hiep-tan"_s, CacheFixture::at(21), 90}},
                                                    CacheFixture::at(22)));
    cache.writer().write(CacheFixture::observations(u"dvc.overdue"_s, Aggregation::Last,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 9},
                                                     {u"long-hoa"_s, CacheFixture::at(21), 5},
                                                     {u"truong-tay"_s, CacheFixture::at(21), 7}},
                                                    CacheFixture::at(22)));
    TileQuery q;
    q.parts = TileQuery::IndicatorsByArea;
    q.now = CacheFixture::at(22, 12);
    q.binding.indicators = {u"dvc.resolved"_s, u"dvc.overdue"_s};
    const TileData data = DataService::answer(cache.reader(), q);
    EXPECT_EQ(data.breakdownKeys, q.binding.indicators);
    ASSERT_EQ(data.breakdown.size(), 3);
    // Largest total first: Hiệp Tân 90 + 0, Long Hoa 60 + 5 (the last value), Trường Tây 0 + 7.
    EXPECT_EQ(data.breakdown.at(0).area, u"hiep-tan"_s);
    EXPECT_EQ(data.breakdown.at(0).values, (QList<double>{90, 0}));
    EXPECT_EQ(data.breakdown.at(1).values, (QList<double>{60, 5}));
    EXPECT_EQ(data.breakdown.at(2).name, u"Xã Trường Tây"_s);
    EXPECT_EQ(data.breakdown.at(2).values, (QList<double>{0, 7}));
    EXPECT_EQ(data.fetchedAt, CacheFixture::at(22));
    EXPECT_EQ(data.indicators.size(), 2);
}

TEST(BreakdownQueries, OverdueRowsCarryTheAgencyAndTheAreasNames)
{
    CacheFixture cache;
    writeReports(cache);
    TileQuery q;
    q.parts = TileQuery::Overdue;
    q.now = CacheFixture::at(24, 12);
    const TileData data = DataService::answer(cache.reader(), q);
    // Open past the deadline: PA-3 (21st) and PA-4 (22nd); PA-2 is resolved.
    ASSERT_EQ(data.overdue.size(), 2);
    EXPECT_EQ(data.overdue.at(0).id, u"PA-3"_s);
    EXPECT_EQ(data.overdue.at(0).agency, u"Điện lực Hòa Thành"_s);
    EXPECT_EQ(data.overdue.at(0).daysLate, 2);
    EXPECT_EQ(data.areaNames.value(data.overdue.at(1).area), u"Phường Hiệp Tân"_s);

    // As of before the reports arrived, there is nothing overdue to list.
    TileQuery past = q;
    past.asOf = CacheFixture::at(22, 12);
    EXPECT_TRUE(DataService::answer(cache.reader(), past).overdue.isEmpty());
}
