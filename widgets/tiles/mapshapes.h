#pragma once

#include "geo/geojson.h"
#include "geo/geoprojection.h"

#include <QPainterPath>

namespace iocwall {

// One area of a map, projected onto the tile: its outline as a painter path
// (holes cut out) and where its name goes. Rebuilt only when the tile's size
// or the boundaries change.
struct ProjectedArea {
    QString code;
    QString label;
    QPainterPath path;
    QPointF labelCentre;
};

QList<ProjectedArea> projectAreas(const GeoMap &map, const GeoProjection &projection);

} // namespace iocwall
