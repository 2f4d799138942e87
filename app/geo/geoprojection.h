#pragma once

#include <QPointF>
#include <QRectF>

namespace iocwall {

// Longitude/latitude to a rectangle on screen, north up: equirectangular with
// the longitude scaled by cos(latitude) at the middle of the map, which keeps
// shapes true over a town-sized area. The whole `geoBounds` fits `target`
// (minus `margin` on each side) at one scale, centred.
class GeoProjection {
public:
    GeoProjection() = default;
    GeoProjection(const QRectF &geoBounds, const QRectF &target, double margin = 0.0);

    bool isValid() const { return m_scale > 0.0; }
    // A point as (longitude, latitude).
    QPointF toScreen(const QPointF &lonLat) const;
    QPointF toScreen(double lon, double lat) const { return toScreen(QPointF(lon, lat)); }
    QPointF toLonLat(const QPointF &screen) const;
    // Screen pixels per degree of latitude.
    double pixelsPerDegree() const { return m_scale; }

private:
    QPointF m_geoCentre;
    QPointF m_screenCentre;
    double m_lonFactor = 1.0; // cos(latitude at the centre)
    double m_scale = 0.0;
};

} // namespace iocwall
