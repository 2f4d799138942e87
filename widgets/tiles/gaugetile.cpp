#include "gaugetile.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec GaugeTile::typeSpec()
{
    return builtinTileTypes().value(u"gauge"_s);
}

double GaugeTile::scaleMax() const
{
    const double fixed = spec().props.value(u"max"_s, 0.0).toDouble();
    if (fixed > 0)
        return fixed;
    const IndicatorInfo *info = indicator();
    const double target = info && info->target ? *info->target : 0.0;
    const double value = data().latest.value_or(0.0);
    const double end = std::max(target, value) * 1.1;
    return end > 0 ? end : 1.0;
}

double GaugeTile::fraction() const
{
    if (!data().latest)
        return 0.0;
    return std::clamp(*data().latest / scaleMax(), 0.0, 1.0);
}

Status GaugeTile::status() const
{
    const IndicatorInfo *info = indicator();
    if (!info || !data().latest)
        return Status::Unknown;
    return info->thresholds.classify(*data().latest);
}

QString GaugeTile::valueText(bool withUnit) const
{
    if (!data().latest)
        return {};
    const IndicatorInfo *info = indicator();
    const QString unit = info ? info->unit : QString();
    return withUnit ? format().withUnit(*data().latest, unit)
                    : format().value(*data().latest, unit);
}

QString GaugeTile::targetText() const
{
    const IndicatorInfo *info = indicator();
    if (!info || !info->target)
        return {};
    return tr("Mục tiêu: %1").arg(format().withUnit(*info->target, info->unit));
}

void GaugeTile::paintContent(QPainter *painter, const QRectF &content)
{
    const bool withTarget = spec().props.value(u"show_target"_s, true).toBool();
    const QString target = withTarget ? targetText() : QString();
    const QFont small = theme().font(1.0);
    const double lineHeight = QFontMetricsF(small).height();
    const double below = target.isEmpty() ? 0.0 : lineHeight;

    // The semicircle, as large as the content allows above the target line;
    // the track's width scales with it.
    double radius = std::min(content.width() / 2, content.height() - below);
    const double thickness = std::max(4.0, radius * 0.18);
    radius = std::max(1.0, std::min(content.width() / 2 - thickness / 2,
                                    content.height() - below - thickness / 2));
    const QPointF centre(
        content.center().x(),
        content.top() + thickness / 2 + radius +
            std::max(0.0, (content.height() - below - radius - thickness / 2) / 2));
    const QRectF arcRect(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(theme().grid, thickness, Qt::SolidLine, Qt::FlatCap));
    painter->drawArc(arcRect, 180 * 16, -180 * 16);
    const Status s = status();
    const QColor colour =
        s == Status::Unknown ? theme().series.value(0, theme().text) : theme().statusColor(s);
    if (fraction() > 0) {
        painter->setPen(QPen(colour, thickness, Qt::SolidLine, Qt::FlatCap));
        painter->drawArc(arcRect, 180 * 16, -int(std::lround(fraction() * 180 * 16)));
    }

    // A tick across the track where the target lies.
    const IndicatorInfo *info = indicator();
    if (info && info->target && *info->target > 0) {
        const double t = std::clamp(*info->target / scaleMax(), 0.0, 1.0);
        const double angle = std::numbers::pi * (1.0 - t);
        const QPointF dir(std::cos(angle), -std::sin(angle));
        const double inner = radius - thickness * 0.75;
        const double outer = radius + thickness * 0.75;
        painter->setPen(
            QPen(theme().text, std::max(2.0, theme().textPx * 0.08), Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(centre + dir * inner, centre + dir * outer);
    }

    // The value inside the arc, as large as the room there allows.
    const double innerRadius = std::max(0.0, radius - thickness);
    const QRectF valueRoom(centre.x() - innerRadius * 0.85, centre.y() - innerRadius * 0.7,
                           innerRadius * 1.7, innerRadius * 0.7);
    QString value = valueText();
    double scale = 4.0;
    QFont big = theme().font(scale, QFont::Bold);
    auto fits = [&](const QFont &f, const QString &text) {
        const QFontMetricsF m(f);
        return m.horizontalAdvance(text) <= valueRoom.width() && m.height() <= valueRoom.height();
    };
    while (scale > 1.0 && !fits(big, value)) {
        scale = std::max(1.0, scale - 0.1);
        big = theme().font(scale, QFont::Bold);
    }
    if (!fits(big, value))
        value = valueText(false); // the unit is in the title or the target line
    painter->setFont(big);
    painter->setPen(colour);
    const double valueHeight = QFontMetricsF(big).height();
    painter->drawText(
        QRectF(content.left(), centre.y() - valueHeight, content.width(), valueHeight),
        Qt::AlignHCenter | Qt::AlignBottom, value);

    if (!target.isEmpty()) {
        painter->setFont(small);
        painter->setPen(theme().textDim);
        painter->drawText(
            QRectF(content.left(), centre.y(), content.width(), lineHeight), Qt::AlignCenter,
            painter->fontMetrics().elidedText(target, Qt::ElideRight, int(content.width())));
    }
}

} // namespace iocwall
