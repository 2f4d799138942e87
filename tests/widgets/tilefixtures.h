#pragma once

#include "runtime/vnformat.h"
#include "store/tiledata.h"
#include "theme.h"
#include "tiles/tileitem.h"

#include <QImage>

namespace iocwall::test {

// A theme, formatter and context as the default wall would have them.
struct TileEnvironment {
    Theme theme = Theme::dark(WallGeometry{});
    Formatter formatter;
    TileContext context() const;
};

IndicatorInfo indicator(const QString &code, const QString &unit, Thresholds thresholds,
                        std::optional<double> target);
// Data as the cache would answer it: fetched a minute ago from a healthy source.
TileData kpiData(const IndicatorInfo &info, double latest, std::optional<double> previous);
TileData seriesData(const IndicatorInfo &info, int lines, int points);

// Renders one item (with its children) into an image of its own size.
QImage renderItem(QGraphicsItem &item);
// Pixels within `rect` that differ clearly from `background`.
int pixelsDifferentFrom(const QImage &image, const QRect &rect, const QColor &background);
// Pixels within `rect` close to `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 40);

} // namespace iocwall::test
