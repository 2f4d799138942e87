#pragma once

#include "tiles/cameragridtile.h"

namespace iocwall {

// One camera (prop `camera`, an id from the registry): a 1×1 camera grid.
class CameraTile : public CameraGridTile {
    Q_OBJECT
public:
    using CameraGridTile::CameraGridTile;
    static TileTypeSpec typeSpec();
};

} // namespace iocwall
