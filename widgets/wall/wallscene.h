#pragma once

#include "tiles/tileregistry.h"

#include <QGraphicsScene>

namespace iocwall {

// One scene laid out on the wall's virtual canvas (bezel gaps included).
// Threading: GUI thread only.
class WallScene : public QGraphicsScene {
    Q_OBJECT
public:
    WallScene(const WallGeometry &wall, const Scene &scene, const TileRegistry &registry,
              const TileContext &context, QObject *parent = nullptr);

    const Scene &sceneSpec() const { return m_scene; }
    const QList<TileItem *> &tiles() const { return m_tiles; }
    TileItem *tile(const QString &id) const;
    // Shows or hides every tile: tiles of a scene switched away are hidden,
    // so that what they run (camera players, clock timers) stops.
    void setOnWall(bool onWall);
    // Memory of the tiles' paint caches; dropping them frees it.
    qsizetype paintCacheBytes() const;
    void dropPaintCaches();

private:
    Scene m_scene;
    QList<TileItem *> m_tiles;
};

} // namespace iocwall
