#pragma once

#include "model/indicator.h"
#include "store/tiledata.h"

#include <QColor>
#include <QPolygonF>
#include <QRectF>

#include <optional>

class QPainter;

namespace iocwall {

// A small line of a recent series, drawn in a rectangle of a card: no axes,
// the shape of the trend only, with the target as a dashed level when it lies
// near the values. Geometry is separate from painting so it can be tested.
struct Sparkline {
    QList<QPointF> points; // x: ms since the epoch, y: the value
    std::optional<double> target;

    bool isEmpty() const { return points.size() < 2; }
    // The value range drawn: the points' (and the target's) with a little air.
    std::pair<double, double> valueRange() const;
    QPolygonF polyline(const QRectF &rect) const;
    std::optional<double> targetY(const QRectF &rect) const;
    void paint(QPainter *painter, const QRectF &rect, const QColor &line,
               const QColor &targetColour, double lineWidth) const;
};

// One line from several (one per area): per bucket, combined over the areas
// the way the indicator combines them; previous-period lines are ignored.
QList<QPointF> combinedSeries(const QList<TileSeries> &series, Aggregation aggregation);

} // namespace iocwall
