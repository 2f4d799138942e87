// The incident map: boundaries, names, markers by state, legend counts, the
// shading by an indicator and "no data yet", checked by pixels offscreen.
#include "tilefixtures.h"
#include "tiles/maptile.h"
#include "tiles/tileregistry.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec mapSpec(QVariantMap props = {})
{
    TileSpec s;
    s.id = u"map"_s;
    s.type = u"map"_s;
    s.title = u"Phản ánh hiện trường 1022 – bản đồ"_s;
    for (const PropertySpec &p : TileRegistry::builtin().specs().value(u"map"_s).properties)
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

ReportPin pin(const QString &id, ReportPin::State state, double lat, double lon)
{
    ReportPin p;
    p.id = id;
    p.state = state;
    p.lat = lat;
    p.lon = lon;
    return p;
}

// Reports around four areas' centres, one state per area, `n` of each.
TileData reportData(int n = 6)
{
    TileData d = kpiData(indicator(u"x"_s, {}, {}, {}), 0, {});
    d.indicators.clear();
    d.latest.reset();
    d.previous.reset();
    const struct {
        ReportPin::State state;
        double lat, lon;
    } places[] = {{ReportPin::State::Received, 11.3015, 106.1395},
                  {ReportPin::State::InProgress, 11.2790, 106.1555},
                  {ReportPin::State::Overdue, 11.2560, 106.1500},
                  {ReportPin::State::Resolved, 11.2905, 106.0860}};
    int id = 0;
    for (const auto &place : places)
        for (int i = 0; i < n; ++i)
            d.reportPins.append(pin(u"PA-%1"_s.arg(++id), place.state,
                                    place.lat + 0.002 * (i % 3) - 0.002,
                                    place.lon + 0.003 * (i / 3) - 0.0015));
    return d;
}

QRect around(const QPointF &p, int r)
{
    return QRect(int(p.x()) - r, int(p.y()) - r, 2 * r, 2 * r);
}

} // namespace

TEST(MapTile, DrawsBoundariesNamesAndMarkersByState)
{
    TileEnvironment env;
    MapTile tile(mapSpec(), env.context());
    tile.setTileRect(QRectF(0, 0, 1920, 1080));
    ASSERT_TRUE(tile.boundaryError().isEmpty()) << tile.boundaryError().toStdString();
    ASSERT_NE(tile.boundaries(), nullptr);
    EXPECT_EQ(tile.areas().size(), 8);
    EXPECT_EQ(tile.queryParts(), int(TileQuery::ReportPins));
    tile.setData(reportData());
    EXPECT_EQ(tile.counts(), (std::array<int, 4>{6, 6, 6, 6}));

    const QImage image = dumped(renderItem(tile), u"map"_s);
    const QRect map = tile.mapRect().toRect();
    // Wide tile: the legend stands beside the map.
    EXPECT_LT(map.width(), 1700);
    EXPECT_GT(pixelsNear(image, map, env.theme.textDim, 20), 2000) << "no boundary strokes";
    for (auto s : {ReportPin::State::Received, ReportPin::State::InProgress,
                   ReportPin::State::Overdue, ReportPin::State::Resolved})
        EXPECT_GT(pixelsNear(image, map, tile.stateColour(s), 30), 800)
            << "no markers for " << MapTile::stateName(s).toStdString();
    // Names in the text colour where the areas' labels go, inside their areas.
    const QList<QPointF> labels = tile.labelCentres();
    ASSERT_EQ(labels.size(), tile.areas().size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        EXPECT_GT(pixelsNear(image, around(labels.at(i), 60), env.theme.text, 60), 150)
            << "no name on " << tile.areas().at(i).code.toStdString();
        EXPECT_TRUE(tile.areas().at(i).path.contains(labels.at(i)));
    }
    // The legend repeats every colour.
    const QRect legend(map.right(), map.top(), 1920 - map.right(), map.height());
    for (auto s : {ReportPin::State::Received, ReportPin::State::Overdue})
        EXPECT_GT(pixelsNear(image, legend, tile.stateColour(s), 30), 100);

    // North up: Long Thành Bắc (north) above Long Thành Nam (south).
    const auto label = [&](const QString &code) {
        for (const ProjectedArea &a : tile.areas())
            if (a.code == code)
                return a.labelCentre;
        return QPointF();
    };
    EXPECT_LT(label(u"long-thanh-bac"_s).y(), label(u"long-thanh-nam"_s).y());
    EXPECT_LT(label(u"truong-tay"_s).x(), label(u"hiep-tan"_s).x());
}

TEST(MapTile, HidesResolvedReportsWhenAsked)
{
    TileEnvironment env;
    MapTile tile(mapSpec({{u"show_resolved"_s, false}}), env.context());
    tile.setTileRect(QRectF(0, 0, 1440, 1080));
    tile.setData(reportData());
    EXPECT_EQ(tile.counts()[int(ReportPin::State::Resolved)], 0);
    EXPECT_EQ(tile.counts()[int(ReportPin::State::Overdue)], 6);
    const QImage image = dumped(renderItem(tile), u"map-open"_s);
    EXPECT_LT(pixelsNear(image, QRect(0, 0, 1440, 1080), env.theme.good, 20), 30);
    EXPECT_GT(pixelsNear(image, tile.mapRect().toRect(), env.theme.critical, 30), 800);
}

TEST(MapTile, NoBoundariesAndNoReportsSaysNoDataYet)
{
    TileEnvironment env;
    MapTile tile(mapSpec({{u"geojson"_s, u"/nonexistent/hoa-thanh.geojson"_s}}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 1080));
    EXPECT_TRUE(tile.boundaryError().contains(u"/nonexistent/hoa-thanh.geojson"_s))
        << tile.boundaryError().toStdString();
    tile.setData(TileData{});
    const QImage blank = dumped(renderItem(tile), u"map-empty"_s);
    EXPECT_GT(pixelsNear(blank, QRect(40, 300, 880, 400), env.theme.unknown), 300)
        << "no grey 'Chưa có dữ liệu'";

    // Reports alone still make a map: the markers set the view.
    tile.setData(reportData(3));
    const QImage markers = dumped(renderItem(tile), u"map-no-boundaries"_s);
    EXPECT_GT(pixelsNear(markers, tile.mapRect().toRect(),
                         tile.stateColour(ReportPin::State::Overdue), 30),
              300);
    EXPECT_GT(pixelsNear(markers, tile.mapRect().toRect(), env.theme.warning, 30), 300)
        << "the warning that the boundaries did not load";
}

TEST(MapTile, ShadesAreasByTheBoundIndicator)
{
    TileEnvironment env;
    TileSpec spec = mapSpec();
    spec.binding.indicators = {u"dvc.ontime_rate"_s};
    MapTile tile(spec, env.context());
    tile.setTileRect(QRectF(0, 0, 1920, 1080));
    EXPECT_EQ(tile.queryParts(), int(TileQuery::ReportPins | TileQuery::Ranking));
    TileData d = reportData(1);
    const IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s,
                                         {Thresholds::Direction::HigherIsBetter, 95.0, 85.0}, 95.0);
    d.indicators.insert(rate.code, rate);
    d.ranking = {{u"long-hoa"_s, u"Phường Long Hoa"_s, 98.0, 1},
                 {u"truong-dong"_s, u"Xã Trường Đông"_s, 70.0, 2}};
    tile.setData(d);
    ASSERT_TRUE(tile.areaFill(u"long-hoa"_s).has_value());
    EXPECT_EQ(tile.areaFill(u"long-hoa"_s)->rgb(), env.theme.good.rgb());
    EXPECT_EQ(tile.areaFill(u"truong-dong"_s)->rgb(), env.theme.critical.rgb());
    EXPECT_FALSE(tile.areaFill(u"hiep-tan"_s).has_value());
    const QImage image = dumped(renderItem(tile), u"map-shaded"_s);
    // The shaded area is redder than an unshaded one.
    const auto redness = [&](const QString &code) {
        for (const ProjectedArea &a : tile.areas())
            if (a.code == code) {
                const QColor c = image.pixelColor(
                    (a.path.boundingRect().center() + a.labelCentre * 3).toPoint() / 4 +
                    QPoint(0, int(env.theme.textPx * 1.2)));
                return c.red() - c.blue();
            }
        return 0;
    };
    EXPECT_GT(redness(u"truong-dong"_s), redness(u"hiep-tan"_s) + 30);
}

TEST(MapTile, ShadingAloneWhenReportsAreTurnedOff)
{
    TileEnvironment env;
    TileSpec spec = mapSpec({{u"show_reports"_s, false}});
    spec.binding.indicators = {u"dvc.ontime_rate"_s};
    MapTile tile(spec, env.context());
    tile.setTileRect(QRectF(0, 0, 1920, 1080));
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Ranking)) << "no reports asked of the cache";
    TileData d = reportData(4); // even if reports came, none is drawn or counted
    const IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s,
                                         {Thresholds::Direction::HigherIsBetter, 95.0, 85.0}, 95.0);
    d.indicators.insert(rate.code, rate);
    d.ranking = {{u"long-hoa"_s, u"Phường Long Hoa"_s, 98.0, 1},
                 {u"truong-dong"_s, u"Xã Trường Đông"_s, 70.0, 2}};
    tile.setData(d);
    for (int count : tile.counts())
        EXPECT_EQ(count, 0);
    const QImage image = dumped(renderItem(tile), u"map-shading-only"_s);
    EXPECT_LT(pixelsNear(image, tile.mapRect().toRect(),
                         tile.stateColour(ReportPin::State::InProgress), 12),
              40)
        << "report markers drawn although show_reports is false";
    EXPECT_TRUE(tile.areaFill(u"truong-dong"_s).has_value());
}
