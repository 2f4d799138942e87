#include "kpitile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec KpiTile::typeSpec()
{
    return builtinTileTypes().value(u"kpi"_s);
}

bool KpiTile::wantsSparkline() const
{
    return spec().props.value(u"sparkline"_s, false).toBool();
}

int KpiTile::queryParts() const
{
    return TileQuery::Latest | (wantsSparkline() ? TileQuery::Series : 0);
}

void KpiTile::applyData(const TileData &data)
{
    m_sparkline = {};
    if (!wantsSparkline())
        return;
    const IndicatorInfo *info = indicator();
    m_sparkline.points =
        combinedSeries(data.series, spec().binding.aggregation.value_or(info ? info->aggregation
                                                                             : Aggregation::Last));
    if (info && spec().props.value(u"show_target"_s, true).toBool())
        m_sparkline.target = info->target;
}

QColor KpiTile::sparklineColour() const
{
    return status() == Status::Unknown ? theme().series.value(0, theme().text)
                                       : theme().statusColor(status());
}

QString KpiTile::valueText() const
{
    if (!data().latest)
        return {};
    const IndicatorInfo *info = indicator();
    return format().value(*data().latest, info ? info->unit : QString());
}

Status KpiTile::status() const
{
    const IndicatorInfo *info = indicator();
    if (!info || !data().latest)
        return Status::Unknown;
    return info->thresholds.classify(*data().latest);
}

int KpiTile::direction() const
{
    if (!data().latest || !data().previous || *data().previous == 0.0)
        return 0;
    // A change too small to show a digit of is no change to the eye either.
    const double change = (*data().latest - *data().previous) / std::fabs(*data().previous) * 100.0;
    return std::fabs(change) < 0.05 ? 0 : change > 0 ? 1 : -1;
}

bool KpiTile::newestIsPartial() const
{
    const IndicatorInfo *info = indicator();
    if (!info || info->aggregation != Aggregation::Sum || !data().latestTime.isValid())
        return false;
    const QDateTime start = data().latestTime;
    const QDateTime end = info->period == u"hour"    ? start.addSecs(3600)
                          : info->period == u"month" ? start.addMonths(1)
                                                     : start.addDays(1);
    return end > now();
}

QString KpiTile::changeText(bool withComparison) const
{
    if (!data().latest || !data().previous)
        return {};
    const IndicatorInfo *info = indicator();
    const QString period = info ? info->period : QString();
    if (newestIsPartial()) {
        const QString before = withComparison ? format().withUnit(*data().previous, info->unit)
                                              : format().value(*data().previous, info->unit);
        if (period == u"hour")
            return tr("Giờ trước: %1").arg(before);
        if (period == u"month")
            return tr("Tháng trước: %1").arg(before);
        return tr("Hôm qua: %1").arg(before);
    }
    const QString change = format().percentChange(*data().latest, *data().previous);
    if (change.isEmpty())
        return {};
    const QString arrow = direction() > 0 ? u"▲"_s : direction() < 0 ? u"▼"_s : u"■"_s;
    if (!withComparison)
        return arrow + u' ' + change;
    if (period == u"hour")
        return tr("%1 %2 so với giờ trước").arg(arrow, change);
    if (period == u"month")
        return tr("%1 %2 so với tháng trước").arg(arrow, change);
    if (period == u"day")
        return tr("%1 %2 so với hôm qua").arg(arrow, change);
    return tr("%1 %2 so với kỳ trước").arg(arrow, change);
}

QString KpiTile::targetText(bool withUnit) const
{
    const IndicatorInfo *info = indicator();
    if (!info || !info->target)
        return {};
    return tr("Mục tiêu: %1")
        .arg(withUnit ? format().withUnit(*info->target, info->unit)
                      : format().value(*info->target, info->unit));
}

void KpiTile::paintContent(QPainter *painter, const QRectF &content)
{
    const IndicatorInfo *info = indicator();
    const QString unit = info ? info->unit : QString();
    const QString value = valueText();
    const double lineHeight = QFontMetricsF(theme().font(1.0)).height();

    // The value, as large as the card allows, in its status colour.
    double scale = 3.4;
    QFont big = theme().font(scale, QFont::Bold);
    const QFont unitFont = theme().font(1.1);
    const double unitWidth =
        unit.isEmpty() || unit == u"%"
            ? 0.0
            : QFontMetricsF(unitFont).horizontalAdvance(unit) + theme().textPx * 0.3;
    // The sparkline takes what a line and a half of text would, and never
    // more than a quarter of the card. With it, the target is a dashed level on
    // the line and its text comes only when there is room left: the value
    // keeps its size before anything else.
    const double sparkHeight =
        m_sparkline.isEmpty() ? 0.0 : std::min(1.6 * lineHeight, content.height() / 4.0);
    const double textLines = sparkHeight > 0 ? 1.1 : 2.2;
    const double valueRoom = content.height() - textLines * lineHeight - sparkHeight;
    while (scale > 1.2 &&
           (QFontMetricsF(big).horizontalAdvance(value) + unitWidth > content.width() ||
            QFontMetricsF(big).height() > valueRoom)) {
        scale -= 0.1;
        big = theme().font(scale, QFont::Bold);
    }
    const QFontMetricsF bigMetrics(big);
    const QRectF valueRect(content.left(), content.top(), content.width(), bigMetrics.height());
    painter->setFont(big);
    painter->setPen(status() == Status::Unknown ? theme().text : theme().statusColor(status()));
    painter->drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, value);
    if (unitWidth > 0) {
        painter->setFont(unitFont);
        painter->setPen(theme().textDim);
        const double x =
            content.left() + bigMetrics.horizontalAdvance(value) + theme().textPx * 0.3;
        painter->drawText(QRectF(x, valueRect.top(), content.right() - x,
                                 valueRect.height() - bigMetrics.descent()),
                          Qt::AlignLeft | Qt::AlignBottom, unit);
    }

    double y = valueRect.bottom() + theme().textPx * 0.1;
    m_sparklineRect = {};
    if (sparkHeight > 0) {
        m_sparklineRect = QRectF(content.left(), y, content.width(), sparkHeight * 0.88);
        m_sparkline.paint(painter, m_sparklineRect, sparklineColour(), theme().textDim,
                          std::max(2.0, theme().textPx * 0.07));
        y += sparkHeight;
    }
    QString change = changeText();
    painter->setFont(theme().font(1.0));
    if (painter->fontMetrics().horizontalAdvance(change) > content.width())
        change = changeText(false);
    if (!change.isEmpty() && spec().props.value(u"show_change"_s, true).toBool()) {
        // Up is good only when higher is better; a neutral grey when unknown.
        QColor colour = theme().textDim;
        if (info && !newestIsPartial() && (info->thresholds.good || info->thresholds.warning) &&
            direction() != 0) {
            const bool up = direction() > 0;
            const bool higherBetter =
                info->thresholds.direction == Thresholds::Direction::HigherIsBetter;
            colour = up == higherBetter ? theme().good : theme().critical;
        }
        painter->setFont(theme().font(1.0));
        painter->setPen(colour);
        painter->drawText(
            QRectF(content.left(), y, content.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(change, Qt::ElideRight, int(content.width())));
        y += lineHeight;
    }
    QString target = targetText();
    if (painter->fontMetrics().horizontalAdvance(target) > content.width())
        target = targetText(false);
    const bool roomLeft = y + lineHeight <= content.bottom() + lineHeight * 0.15;
    if (!target.isEmpty() && roomLeft && spec().props.value(u"show_target"_s, true).toBool()) {
        painter->setFont(theme().font(1.0));
        painter->setPen(theme().textDim);
        painter->drawText(
            QRectF(content.left(), y, content.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(target, Qt::ElideRight, int(content.width())));
    }
}

} // namespace iocwall
