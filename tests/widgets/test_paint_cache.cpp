// The tiles' paint cache: a tile is drawn once into an image at the scale it
// is shown at and copied after that; new content draws it again, and a tile
// rendered ahead of being shown paints the same pixels as one drawn on the spot.
#include "tilefixtures.h"
#include "tiles/kpitile.h"
#include "tiles/linecharttile.h"

#include <QGraphicsScene>
#include <QPainter>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec kpiSpec()
{
    TileSpec spec;
    spec.id = u"k"_s;
    spec.type = u"kpi"_s;
    spec.binding.indicators = {u"aqi"_s};
    return spec;
}

IndicatorInfo aqi()
{
    Thresholds lowerIsBetter;
    lowerIsBetter.direction = Thresholds::Direction::LowerIsBetter;
    lowerIsBetter.good = 50;
    lowerIsBetter.warning = 100;
    return indicator(u"aqi"_s, u"AQI"_s, lowerIsBetter, {});
}

// Renders `item` from `scene` as a view at `scale` would.
QImage renderAt(QGraphicsScene &scene, QGraphicsItem &item, double scale)
{
    const QRectF rect = item.sceneBoundingRect();
    QImage image((rect.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), rect.size() * scale), rect);
    return image;
}

} // namespace

TEST(PaintCache, NewContentIsDrawnAgainNotCopiedFromTheOldImage)
{
    TileEnvironment env;
    QGraphicsScene scene;
    auto *tile = new KpiTile(kpiSpec(), env.context());
    tile->setTileRect(QRectF(0, 0, 480, 360));
    scene.addItem(tile);
    tile->setData(kpiData(aqi(), 30, 28));
    const QImage good = renderAt(scene, *tile, 1.0);
    EXPECT_TRUE(tile->cacheReady(1.0));
    EXPECT_GT(pixelsNear(good, good.rect(), env.theme.good), 200);

    tile->setData(kpiData(aqi(), 180, 170)); // now bad: red
    EXPECT_FALSE(tile->cacheReady(1.0));
    const QImage bad = renderAt(scene, *tile, 1.0);
    EXPECT_GT(pixelsNear(bad, bad.rect(), env.theme.critical), 200);
    EXPECT_LT(pixelsNear(bad, bad.rect(), env.theme.good), 20);
}

TEST(PaintCache, ARenderAheadPaintsTheSamePixelsAsOneOnTheSpot)
{
    TileEnvironment env;
    QGraphicsScene scene;
    TileSpec spec = kpiSpec();
    spec.type = u"line"_s;
    auto *ahead = new LineChartTile(spec, env.context());
    auto *onTheSpot = new LineChartTile(spec, env.context());
    ahead->setTileRect(QRectF(0, 0, 900, 420));
    onTheSpot->setTileRect(QRectF(0, 500, 900, 420));
    scene.addItem(ahead);
    scene.addItem(onTheSpot);
    const TileData data = seriesData(aqi(), 3, 24);
    ahead->setData(data);
    onTheSpot->setData(data);

    ahead->warmCache(0.5);
    EXPECT_TRUE(ahead->cacheReady(0.5));
    EXPECT_FALSE(onTheSpot->cacheReady(0.5));
    const QImage a = renderAt(scene, *ahead, 0.5);
    const QImage b = renderAt(scene, *onTheSpot, 0.5);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_EQ(a, b);
    // Not an empty frame: the lines are there.
    EXPECT_GT(pixelsNear(a, a.rect(), env.theme.series.at(0)), 30);
}

TEST(PaintCache, ATileThatChangedSizeIsDrawnAgain)
{
    TileEnvironment env;
    QGraphicsScene scene;
    auto *tile = new KpiTile(kpiSpec(), env.context());
    tile->setTileRect(QRectF(0, 0, 480, 360));
    scene.addItem(tile);
    tile->setData(kpiData(aqi(), 30, 28));
    tile->warmCache(1.0);
    EXPECT_TRUE(tile->cacheReady(1.0));
    EXPECT_GT(tile->cacheBytes(), 480 * 360 * 3);
    tile->setTileRect(QRectF(0, 0, 960, 360));
    EXPECT_FALSE(tile->cacheReady(1.0));
    const QImage wide = renderAt(scene, *tile, 1.0);
    EXPECT_EQ(wide.width(), 960);
    EXPECT_TRUE(tile->cacheReady(1.0));
    tile->dropCache();
    EXPECT_EQ(tile->cacheBytes(), 0);
}
