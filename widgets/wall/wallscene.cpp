#include "wallscene.h"

namespace iocwall {

WallScene::WallScene(const WallGeometry &wall, const Scene &scene, const TileRegistry &registry,
                     const TileContext &context, QObject *parent)
    : QGraphicsScene(parent)
    , m_scene(scene)
{
    setSceneRect(QRectF(QPointF(0, 0), wall.canvasSize()));
    setBackgroundBrush(context.theme->canvas);
    setItemIndexMethod(QGraphicsScene::NoIndex); // few, static items
    TileContext own = context;
    own.staleAfterS = scene.staleAfterS;
    own.expiredAfterS = scene.expiredAfterS;
    if (!own.wall)
        own.wall = &wall;
    for (const TileSpec &spec : scene.tiles) {
        TileItem *tile = registry.create(spec, own);
        if (!tile)
            continue; // the scene reader already refused unknown types
        tile->setTileRect(
            cellSpanRect(wall, scene, spec.column, spec.row, spec.columnSpan, spec.rowSpan));
        addItem(tile);
        m_tiles.append(tile);
    }
}

void WallScene::setOnWall(bool onWall)
{
    for (TileItem *t : m_tiles)
        t->setVisible(onWall);
}

qsizetype WallScene::paintCacheBytes() const
{
    qsizetype bytes = 0;
    for (const TileItem *t : m_tiles)
        bytes += t->cacheBytes();
    return bytes;
}

void WallScene::dropPaintCaches()
{
    for (TileItem *t : m_tiles)
        t->dropCache();
}

TileItem *WallScene::tile(const QString &id) const
{
    for (TileItem *t : m_tiles)
        if (t->spec().id == id)
            return t;
    return nullptr;
}

} // namespace iocwall
