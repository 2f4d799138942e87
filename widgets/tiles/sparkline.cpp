#include "sparkline.h"

#include "store/storereader.h"

#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace iocwall {

std::pair<double, double> Sparkline::valueRange() const
{
    double lo = points.isEmpty() ? 0.0 : points.first().y();
    double hi = lo;
    for (const QPointF &p : points) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    // A target far away from the values would flatten the trend to a line.
    if (target && *target >= lo - (hi - lo) && *target <= hi + (hi - lo)) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    const double air = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.1);
    return {lo - air, hi + air};
}

QPolygonF Sparkline::polyline(const QRectF &rect) const
{
    QPolygonF out;
    if (isEmpty())
        return out;
    const auto [lo, hi] = valueRange();
    const double x0 = points.first().x();
    const double spanX = std::max(1.0, points.last().x() - x0);
    out.reserve(points.size());
    for (const QPointF &p : points)
        out.append(QPointF(rect.left() + (p.x() - x0) / spanX * rect.width(),
                           rect.bottom() - (p.y() - lo) / (hi - lo) * rect.height()));
    return out;
}

std::optional<double> Sparkline::targetY(const QRectF &rect) const
{
    if (!target || isEmpty())
        return std::nullopt;
    const auto [lo, hi] = valueRange();
    if (*target < lo || *target > hi)
        return std::nullopt;
    return rect.bottom() - (*target - lo) / (hi - lo) * rect.height();
}

void Sparkline::paint(QPainter *painter, const QRectF &rect, const QColor &line,
                      const QColor &targetColour, double lineWidth) const
{
    if (isEmpty())
        return;
    const QPolygonF shape = polyline(rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (const auto y = targetY(rect)) {
        painter->setPen(QPen(targetColour, std::max(1.5, lineWidth * 0.5), Qt::DashLine));
        painter->drawLine(QPointF(rect.left(), *y), QPointF(rect.right(), *y));
    }
    // A faint fill under the line gives the shape weight from across the room.
    QPainterPath under;
    under.addPolygon(shape);
    under.lineTo(shape.last().x(), rect.bottom());
    under.lineTo(shape.first().x(), rect.bottom());
    under.closeSubpath();
    QColor fill = line;
    fill.setAlphaF(0.18f);
    painter->fillPath(under, fill);
    painter->setPen(QPen(line, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(shape);
    // The newest value as a dot: where the big number above comes from.
    painter->setPen(Qt::NoPen);
    painter->setBrush(line);
    painter->drawEllipse(shape.last(), lineWidth * 1.4, lineWidth * 1.4);
    painter->restore();
}

QList<QPointF> combinedSeries(const QList<TileSeries> &series, Aggregation aggregation)
{
    QList<const TileSeries *> current;
    for (const TileSeries &s : series)
        if (!s.previousPeriod)
            current.append(&s);
    if (current.size() == 1)
        return current.first()->points;
    QMap<double, QList<double>> byX;
    for (const TileSeries *s : current)
        for (const QPointF &p : s->points)
            byX[p.x()].append(p.y());
    QList<QPointF> out;
    out.reserve(byX.size());
    for (auto it = byX.cbegin(); it != byX.cend(); ++it)
        out.append(QPointF(it.key(), combine(aggregation, it.value())));
    return out;
}

} // namespace iocwall
