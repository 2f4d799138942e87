#include "geoprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace iocwall {

GeoProjection::GeoProjection(const QRectF &geoBounds, const QRectF &target, double margin)
{
    const QRectF room = target.adjusted(margin, margin, -margin, -margin);
    if (!geoBounds.isValid() && !(geoBounds.width() == 0 && geoBounds.height() == 0))
        return;
    if (room.width() <= 0 || room.height() <= 0)
        return;
    m_geoCentre = geoBounds.center();
    m_screenCentre = room.center();
    m_lonFactor = std::cos(m_geoCentre.y() * std::numbers::pi / 180.0);
    // A single point (or a line) still gets a scale: a kilometre-wide view.
    const double width = std::max(geoBounds.width() * m_lonFactor, 1e-2);
    const double height = std::max(geoBounds.height(), 1e-2);
    m_scale = std::min(room.width() / width, room.height() / height);
}

QPointF GeoProjection::toScreen(const QPointF &lonLat) const
{
    return QPointF(m_screenCentre.x() + (lonLat.x() - m_geoCentre.x()) * m_lonFactor * m_scale,
                   m_screenCentre.y() - (lonLat.y() - m_geoCentre.y()) * m_scale);
}

QPointF GeoProjection::toLonLat(const QPointF &screen) const
{
    if (!isValid())
        return {};
    return QPointF(m_geoCentre.x() + (screen.x() - m_screenCentre.x()) / (m_lonFactor * m_scale),
                   m_geoCentre.y() - (screen.y() - m_screenCentre.y()) / m_scale);
}

} // namespace iocwall
