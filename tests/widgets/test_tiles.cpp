#include "tilefixtures.h"
#include "tiles/kpitile.h"
#include "tiles/linecharttile.h"

#include <QChart>
#include <QLineSeries>

#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec spec(const QString &type, const QString &code)
{
    TileSpec s;
    s.id = u"t"_s;
    s.type = type;
    s.title = u"Hồ sơ tiếp nhận – Phường Long Thành Trung"_s;
    s.binding.indicators = {code};
    s.props = {{u"show_target"_s, true},
               {u"show_change"_s, true},
               {u"show_legend"_s, true},
               {u"line_width"_s, 0.09}};
    return s;
}

const Thresholds kHigherBetter{Thresholds::Direction::HigherIsBetter, 95.0, 85.0};

} // namespace

TEST(KpiTile, ShowsTheValueItWasGivenInItsStatusColour)
{
    TileEnvironment env;
    KpiTile tile(spec(u"kpi"_s, u"dvc.ontime_rate"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s, kHigherBetter, 95.0);
    rate.aggregation = Aggregation::Average;
    rate.period = u"day"_s;
    tile.setData(kpiData(rate, 72.46, 80.0));
    EXPECT_EQ(tile.valueText(), u"72,5"_s);
    EXPECT_EQ(tile.status(), Status::Critical);
    EXPECT_EQ(tile.changeText(), u"▼ -9,4% so với hôm qua"_s);
    EXPECT_EQ(tile.changeText(false), u"▼ -9,4%"_s);
    EXPECT_EQ(tile.targetText(), u"Mục tiêu: 95,0%"_s);
    EXPECT_TRUE(tile.footerText().startsWith(u"Cập nhật "_s)) << tile.footerText().toStdString();
    EXPECT_EQ(tile.freshness(), Freshness::Fresh);

    const QImage image = renderItem(tile);
    const QRect content(20, 100, 440, 300);
    EXPECT_GT(pixelsDifferentFrom(image, content, env.theme.tile), 2000)
        << "the value area is blank";
    EXPECT_GT(pixelsNear(image, content, env.theme.critical), 300)
        << "no red value on a critical KPI";
    EXPECT_LT(pixelsNear(image, content, env.theme.good, 10), 50);
}

TEST(KpiTile, GoodValueIsGreenAndLargeNumbersUseVietnameseGrouping)
{
    TileEnvironment env;
    KpiTile tile(spec(u"kpi"_s, u"dvc.received"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    tile.setData(kpiData(indicator(u"dvc.received"_s, u"hồ sơ"_s,
                                   {Thresholds::Direction::HigherIsBetter, 1000.0, 500.0}, {}),
                         12345, 12000));
    EXPECT_EQ(tile.valueText(), u"12.345"_s);
    EXPECT_EQ(tile.status(), Status::Good);
    EXPECT_TRUE(tile.targetText().isEmpty());
    const QImage image = renderItem(tile);
    EXPECT_GT(pixelsNear(image, QRect(20, 100, 440, 300), env.theme.good), 300);
}

TEST(KpiTile, ACountStillFillingItsDayNamesYesterdaysTotalInstead)
{
    TileEnvironment env;
    KpiTile tile(spec(u"kpi"_s, u"dvc.received"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    IndicatorInfo count = indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, {});
    count.period = u"day"_s;
    TileData today = kpiData(count, 12, 170);
    today.latestTime =
        QDateTime::currentDateTimeUtc().addSecs(-3600); // a day bucket that began an hour ago
    tile.setData(today);
    EXPECT_TRUE(tile.newestIsPartial());
    EXPECT_EQ(tile.changeText(), u"Hôm qua: 170 hồ sơ"_s);
    today.latestTime =
        QDateTime::currentDateTimeUtc().addDays(-2); // a finished day: a percentage again
    today.latest = 180;
    tile.setData(today);
    EXPECT_FALSE(tile.newestIsPartial());
    EXPECT_EQ(tile.changeText(), u"▲ +5,9% so với hôm qua"_s);
}

TEST(TileItem, NoDataSaysSoAndStaleDataTurnsTheFrameAmber)
{
    TileEnvironment env;
    KpiTile empty(spec(u"kpi"_s, u"x"_s), env.context());
    empty.setTileRect(QRectF(0, 0, 480, 540));
    empty.setData(TileData{});
    EXPECT_EQ(empty.freshness(), Freshness::NoData);
    EXPECT_TRUE(empty.footerText().isEmpty());
    const QImage blank = renderItem(empty);
    EXPECT_GT(pixelsNear(blank, QRect(20, 150, 440, 250), env.theme.unknown), 100)
        << "no grey 'no data yet'";

    KpiTile stale(spec(u"kpi"_s, u"dvc.received"_s), env.context());
    stale.setTileRect(QRectF(0, 0, 480, 540));
    TileData old = kpiData(indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, {}), 12, 10);
    old.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-1200);
    stale.setData(old);
    EXPECT_EQ(stale.freshness(), Freshness::Stale);
    EXPECT_TRUE(stale.footerText().startsWith(u"Dữ liệu cũ – cập nhật lúc "_s))
        << stale.footerText().toStdString();
    const QImage image = renderItem(stale);
    EXPECT_GT(pixelsNear(image, QRect(0, 0, 480, 12), env.theme.warning), 300) << "frame not amber";

    // A failing source makes even recent data stale.
    TileData failing = kpiData(indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, {}), 12, 10);
    failing.sources.first().lastErrorAt = QDateTime::currentDateTimeUtc();
    stale.setData(failing);
    EXPECT_EQ(stale.freshness(), Freshness::Stale);
    stale.refreshFreshness(QDateTime::currentDateTimeUtc().addSecs(7200));
    EXPECT_EQ(stale.freshness(), Freshness::Expired);
}

TEST(LineChartTile, DrawsOneLinePerAreaAndReusesSeries)
{
    TileEnvironment env;
    LineChartTile tile(spec(u"line"_s, u"dvc.received"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 1440, 540));
    const IndicatorInfo info = indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, 60.0);
    tile.setData(seriesData(info, 3, 30));
    ASSERT_EQ(tile.lines().size(), 3);
    QLineSeries *first = tile.lines().first();
    EXPECT_EQ(first->count(), 30);
    EXPECT_EQ(first->name(), u"Phường 1"_s);

    const QImage image = renderItem(tile);
    const QRect plot(100, 100, 1240, 300);
    EXPECT_GT(pixelsDifferentFrom(image, plot, env.theme.tile), 3000) << "the chart is blank";
    EXPECT_GT(pixelsNear(image, plot, env.theme.series.at(0), 30), 200) << "first line not drawn";
    EXPECT_GT(pixelsNear(image, plot, env.theme.series.at(2), 30), 200) << "third line not drawn";

    // New data with fewer lines: same series objects, the extra one hidden.
    tile.setData(seriesData(info, 2, 10));
    EXPECT_EQ(tile.lines().first(), first);
    EXPECT_EQ(first->count(), 10);
    EXPECT_FALSE(tile.lines().at(2)->isVisible());
}
