#pragma once

#include "wall/wallgeometry.h"

namespace iocwall {

// The legibility rule of the wall. A capital letter must subtend at least
// `arcmin` minutes of arc at the room's viewing distance: 16' is the minimum
// ISO 9241-303 accepts for text that must be read. With the screen's pixel
// pitch that gives a cap height in pixels; a font's cap height is about 0.71 of
// its pixel size (Noto Sans, DejaVu Sans), so the smallest pixel size is
//   ceil( distance * tan(arcmin) / pitch / 0.71 ).
// For the default wall (55", 1920 x 1080, 5 m) that is 52 px.
constexpr double kMinimumTextArcmin = 16.0;
constexpr double kCapHeightPerPixelSize = 0.71;

int minimumTextPx(double pixelPitchMm, double viewingDistanceM, double arcmin = kMinimumTextArcmin);
int minimumTextPx(const WallGeometry &wall, double arcmin = kMinimumTextArcmin);

} // namespace iocwall
