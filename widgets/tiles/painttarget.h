#pragma once

#include <QImage>
#include <QRegion>

class QPainter;

namespace iocwall {

// What a painter paints on, for drawing code that works in device pixels:
// the region the current repaint covers and, on a raster surface painted
// 1:1, the image itself, for pixels written directly (camera pictures).
// Coordinates are the painter's with no world transform.
struct PaintTarget {
    // The surface's image when it is one (a window's backing store, an
    // image) and painter coordinates map 1:1 onto its pixels; else null.
    QImage *image = nullptr;
    // Add to a painter coordinate to get the pixel in `image`.
    QPoint offset;
    // What the widget repaint covers; empty when painting is not limited to
    // a region (an image rendered whole).
    QRegion repainted;

    static PaintTarget of(QPainter *painter);
};

} // namespace iocwall
