// Line chart extras (area mode, the previous window dashed, the target across
// the axis) and the KPI sparkline, checked on real Qt Charts items offscreen.
#include "tilefixtures.h"
#include "tiles/kpitile.h"
#include "tiles/linecharttile.h"
#include "tiles/tileregistry.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec chartSpec(const QString &type, const QString &code, QVariantMap props = {})
{
    TileSpec s;
    s.id = u"c"_s;
    s.type = type;
    s.title = u"Hồ sơ tiếp nhận – tuần này so với tuần trước"_s;
    s.binding.indicators = {code};
    for (const PropertySpec &p : TileRegistry::builtin().specs().value(type).properties)
        s.props.insert(p.name, p.defaultValue);
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        s.props.insert(it.key(), it.value());
    return s;
}

QImage dumped(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("IOCWALL_TILE_DUMP_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name + u".png"_s);
    return image;
}

// `colour` at `alpha` over `background`, as the painter blends it.
QColor over(const QColor &colour, double alpha, const QColor &background)
{
    return QColor(int(colour.red() * alpha + background.red() * (1 - alpha)),
                  int(colour.green() * alpha + background.green() * (1 - alpha)),
                  int(colour.blue() * alpha + background.blue() * (1 - alpha)));
}

// One combined series and the same window before it, shifted onto it.
TileData withPrevious(const IndicatorInfo &info)
{
    TileData d = seriesData(info, 1, 14);
    TileSeries previous = d.series.first();
    previous.previousPeriod = true;
    for (QPointF &p : previous.points)
        p.ry() = 10.0 + (int(p.x() / 86'400'000) % 5) * 4;
    d.series.append(previous);
    return d;
}

} // namespace

TEST(LineChartExtras, AreaModeFillsUnderTheLine)
{
    TileEnvironment env;
    const IndicatorInfo info = indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, {});
    const QRect plot(150, 120, 1200, 260);
    const QColor fill = over(env.theme.series.at(0), 0.28, env.theme.tile);

    LineChartTile line(chartSpec(u"line"_s, info.code), env.context());
    line.setTileRect(QRectF(0, 0, 1440, 540));
    line.setData(seriesData(info, 1, 30));
    EXPECT_FALSE(line.areaMode());
    EXPECT_TRUE(line.areas().isEmpty());
    const int lineFill = pixelsNear(dumped(renderItem(line), u"chart-line"_s), plot, fill, 24);

    LineChartTile area(chartSpec(u"line"_s, info.code, {{u"mode"_s, u"area"_s}}), env.context());
    area.setTileRect(QRectF(0, 0, 1440, 540));
    area.setData(seriesData(info, 1, 30));
    ASSERT_EQ(area.areas().size(), 1);
    EXPECT_EQ(area.areas().first()->upperSeries(), area.lines().first());
    EXPECT_EQ(area.lines().first()->count(), 30);
    const QImage image = dumped(renderItem(area), u"chart-area"_s);
    const int areaFill = pixelsNear(image, plot, fill, 24);
    EXPECT_GT(areaFill, 40000) << "the area under the line is not filled";
    EXPECT_LT(lineFill, areaFill / 10);
    EXPECT_GT(pixelsNear(image, plot, env.theme.series.at(0), 30), 300) << "no edge line";

    // New data: the same area object, refilled.
    QAreaSeries *first = area.areas().first();
    area.setData(seriesData(info, 1, 10));
    EXPECT_EQ(area.areas().first(), first);
    EXPECT_EQ(area.lines().first()->count(), 10);
}

TEST(LineChartExtras, ThePreviousWindowIsADashedLineInTheSameColour)
{
    TileEnvironment env;
    const IndicatorInfo info = indicator(u"dvc.received"_s, u"hồ sơ"_s, {}, {});
    LineChartTile tile(chartSpec(u"line"_s, info.code, {{u"compare"_s, u"previous"_s}}),
                       env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Series | TileQuery::PreviousSeries));
    tile.setTileRect(QRectF(0, 0, 1440, 540));
    tile.setData(withPrevious(info));
    ASSERT_EQ(tile.lines().size(), 1);
    ASSERT_EQ(tile.previousLines().size(), 1);
    QLineSeries *previous = tile.previousLines().first();
    EXPECT_TRUE(previous->isVisible());
    EXPECT_EQ(previous->pen().style(), Qt::DashLine);
    EXPECT_EQ(previous->pen().color(), tile.lines().first()->pen().color());
    EXPECT_EQ(previous->count(), 14);
    EXPECT_EQ(previous->name(), u"Phường 1 – kỳ trước"_s);
    const QImage image = dumped(renderItem(tile), u"chart-compare"_s);
    EXPECT_GT(pixelsNear(image, QRect(150, 120, 1200, 300), env.theme.series.at(0), 30), 500);

    // The town as a whole against its previous window: "this period", "previous period".
    TileData town = withPrevious(info);
    for (TileSeries &s : town.series)
        s.area.clear();
    tile.setData(town);
    EXPECT_EQ(tile.lines().first()->name(), u"Kỳ này"_s);
    EXPECT_EQ(previous->name(), u"Kỳ trước"_s);
    EXPECT_EQ(tile.previousLines().size(), 1) << "the dashed line is reused";

    // A chart that does not compare ignores a previous window it is given.
    LineChartTile plain(chartSpec(u"line"_s, info.code), env.context());
    plain.setTileRect(QRectF(0, 0, 1440, 540));
    plain.setData(withPrevious(info));
    EXPECT_EQ(plain.queryParts(), int(TileQuery::Series));
    EXPECT_TRUE(plain.previousLines().isEmpty());
    EXPECT_EQ(plain.lines().size(), 1);
}

TEST(LineChartExtras, TheTargetSpansTheWholeAxisAndNamesItsValue)
{
    TileEnvironment env;
    const IndicatorInfo info = indicator(u"dvc.ontime_rate"_s, u"%"_s, {}, 95.0);
    LineChartTile tile(chartSpec(u"line"_s, info.code), env.context());
    tile.setTileRect(QRectF(0, 0, 1440, 540));
    tile.setData(seriesData(info, 2, 20));
    ASSERT_NE(tile.targetLine(), nullptr);
    EXPECT_TRUE(tile.targetLine()->isVisible());
    EXPECT_EQ(tile.targetLine()->name(), u"Mục tiêu: 95,0%"_s);
    const auto *x = qobject_cast<QDateTimeAxis *>(tile.chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(qint64(tile.targetLine()->at(1).x()), x->max().toMSecsSinceEpoch());
    EXPECT_EQ(qint64(tile.targetLine()->at(0).x()), x->min().toMSecsSinceEpoch());
    EXPECT_EQ(tile.targetLine()->at(0).y(), 95.0);
}

TEST(KpiSparkline, DrawsTheRecentSeriesInTheStatusColour)
{
    TileEnvironment env;
    IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s,
                                   {Thresholds::Direction::HigherIsBetter, 95.0, 85.0}, 95.0);
    rate.aggregation = Aggregation::Average;
    rate.period = u"day"_s;
    TileData d = kpiData(rate, 72.5, 80.0);
    d.series = seriesData(rate, 2, 20).series; // two areas: averaged into one line

    KpiTile plain(chartSpec(u"kpi"_s, rate.code), env.context());
    EXPECT_EQ(plain.queryParts(), int(TileQuery::Latest));
    plain.setTileRect(QRectF(0, 0, 480, 540));
    plain.setData(d);
    EXPECT_TRUE(plain.sparkline().isEmpty());

    KpiTile tile(chartSpec(u"kpi"_s, rate.code, {{u"sparkline"_s, true}}), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Latest | TileQuery::Series));
    tile.setTileRect(QRectF(0, 0, 480, 540));
    tile.setData(d);
    ASSERT_EQ(tile.sparkline().points.size(), 20);
    EXPECT_DOUBLE_EQ(tile.sparkline().points.first().y(), 25.0); // (20 + 30) / 2
    EXPECT_EQ(tile.sparkline().target, 95.0);
    EXPECT_EQ(tile.status(), Status::Critical);
    EXPECT_EQ(tile.sparklineColour(), env.theme.critical);

    const QImage image = dumped(renderItem(tile), u"kpi-sparkline"_s);
    const QRect spark = tile.sparklineRect().toRect();
    ASSERT_GT(spark.height(), 40);
    EXPECT_GT(pixelsNear(image, spark, env.theme.critical, 30), 300) << "no red sparkline";
    EXPECT_LT(pixelsNear(image, spark, env.theme.good, 20), 20);
    // The value, change and target still fit under the title and above the footer.
    EXPECT_EQ(tile.valueText(), u"72,5"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 0, 480, spark.top()), env.theme.critical, 30), 300)
        << "the value is gone";

    // The geometry: the newest point at the right edge, the target inside the box.
    const QRectF box(0, 0, 200, 50);
    const QPolygonF line = tile.sparkline().polyline(box);
    EXPECT_DOUBLE_EQ(line.last().x(), 200.0);
    EXPECT_DOUBLE_EQ(line.first().x(), 0.0);
    EXPECT_FALSE(tile.sparkline().targetY(box).has_value()) << "95 is far above 20–40: left out";
    Sparkline near{{QPointF(0, 90), QPointF(1, 94), QPointF(2, 92)}, 95.0};
    ASSERT_TRUE(near.targetY(box).has_value());
    EXPECT_LT(*near.targetY(box), near.polyline(box).at(1).y());
}

// Two weeks of days (12 days between first and last point) fit 5 or 7 ticks
// exactly; the axis must not run days past the last point for the sake of 6.
TEST(LineChartExtras, TheTimeAxisEndsAtTheLastPointWhenATickCountFits)
{
    TileEnvironment env;
    const IndicatorInfo info = indicator(u"pakn.received"_s, u""_s, {}, {});
    TileSpec spec = chartSpec(u"line"_s, info.code);
    spec.binding.period = u"day"_s;
    for (int points : {13, 11, 9}) {
        LineChartTile tile(spec, env.context());
        tile.setTileRect(QRectF(0, 0, 1440, 540));
        const TileData data = seriesData(info, 1, points);
        tile.setData(data);
        const auto *x = qobject_cast<QDateTimeAxis *>(tile.chart()->axes(Qt::Horizontal).first());
        ASSERT_NE(x, nullptr);
        EXPECT_EQ(x->max().toMSecsSinceEpoch(), qint64(data.series.first().points.last().x()))
            << points << " points";
        EXPECT_EQ((x->max().toMSecsSinceEpoch() - x->min().toMSecsSinceEpoch()) % 86'400'000, 0);
    }
}
