#include "mapshapes.h"

#include <QPolygonF>

namespace iocwall {

QList<ProjectedArea> projectAreas(const GeoMap &map, const GeoProjection &projection)
{
    QList<ProjectedArea> out;
    out.reserve(map.features.size());
    for (const GeoFeature &feature : map.features) {
        ProjectedArea area;
        area.code = feature.code;
        // A map label names the place, not its rank: "Long Hoa", not "Phường Long Hoa";
        // place names stay Vietnamese in every language.
        area.label = feature.shortName;
        if (area.label.isEmpty())
            area.label = feature.code;
        area.path.setFillRule(Qt::OddEvenFill);
        for (const GeoPolygon &polygon : feature.polygons)
            for (const QList<QPointF> &ring : polygon.rings) {
                QPolygonF projected;
                projected.reserve(ring.size());
                for (const QPointF &p : ring)
                    projected.append(projection.toScreen(p));
                area.path.addPolygon(projected);
                area.path.closeSubpath();
            }
        area.labelCentre = projection.toScreen(feature.labelPoint());
        out.append(area);
    }
    return out;
}

} // namespace iocwall
