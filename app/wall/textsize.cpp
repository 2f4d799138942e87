#include "textsize.h"

#include <cmath>
#include <numbers>

namespace iocwall {

int minimumTextPx(double pixelPitchMm, double viewingDistanceM, double arcmin)
{
    const double angle = arcmin / 60.0 * std::numbers::pi / 180.0;
    const double capHeightMm = viewingDistanceM * 1000.0 * std::tan(angle);
    return int(std::ceil(capHeightMm / pixelPitchMm / kCapHeightPerPixelSize));
}

int minimumTextPx(const WallGeometry &wall, double arcmin)
{
    return minimumTextPx(wall.pixelPitchMm(), wall.viewingDistanceM, arcmin);
}

} // namespace iocwall
