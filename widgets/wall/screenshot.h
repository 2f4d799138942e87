#pragma once

#include "wall/wallgeometry.h"

#include <QImage>

class QGraphicsScene;

namespace iocwall {

// The wall as its outputs show it, at full resolution: each screen's part of
// the canvas side by side, the pixels behind the bezels left out.
QImage renderWall(QGraphicsScene &scene, const WallGeometry &wall);

} // namespace iocwall
