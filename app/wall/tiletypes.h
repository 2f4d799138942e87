#pragma once

#include "wall/tiletype.h"

namespace iocwall {

// The built-in tile types as data, known to the core so that every program
// (the wall, iocwall-cli check) validates a scene's tiles, props included,
// against the same specs. Each group of types lives in app/wall/tiletypes/;
// widgets/tiles/tileregistry.cpp pairs every id here with the class drawing it.
const TileTypeSpecs &builtinTileTypes();

// The groups (one file each under app/wall/tiletypes/).
QList<TileTypeSpec> chartTileTypes();  // kpi, line, bar, gauge
QList<TileTypeSpec> infoTileTypes();   // clock, note, health
QList<TileTypeSpec> cameraTileTypes(); // camera, camera-grid, camera-diagnostics

} // namespace iocwall
