#include "bartile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec BarTile::typeSpec()
{
    return builtinTileTypes().value(u"bar"_s);
}

double BarTile::rowHeight() const
{
    // One line of the smallest legible text and a little air between bars.
    return QFontMetricsF(theme().font(1.0)).height() * 1.2;
}

void BarTile::layoutContent(const QRectF &content)
{
    m_capacity = std::max(1, int(content.height() / rowHeight()));
}

QList<BarTile::Row> BarTile::rows(int capacity) const
{
    const int maxBars = std::max(1, spec().props.value(u"max_bars"_s, 8).toInt());
    const qsizetype count =
        std::min<qsizetype>({qsizetype(capacity), qsizetype(maxBars), data().ranking.size()});
    const QString highlight = spec().props.value(u"highlight"_s).toString();
    const bool withRank = spec().props.value(u"show_rank"_s, true).toBool();
    const IndicatorInfo *info = indicator();

    // The ranking comes best first; worst first reads it from the other end.
    QList<AreaRank> ranking = data().ranking;
    if (spec().props.value(u"order"_s).toString() == u"worst_first")
        std::reverse(ranking.begin(), ranking.end());
    QList<AreaRank> shown = ranking.mid(0, count);
    // The highlighted area is why the tile is on the scene: never cut it off.
    if (!highlight.isEmpty() && count > 0 &&
        std::none_of(shown.begin(), shown.end(),
                     [&](const AreaRank &r) { return r.area == highlight; })) {
        const auto it = std::find_if(ranking.begin(), ranking.end(),
                                     [&](const AreaRank &r) { return r.area == highlight; });
        if (it != ranking.end())
            shown.last() = *it;
    }

    QList<Row> result;
    result.reserve(shown.size());
    for (const AreaRank &r : shown) {
        Row row;
        row.area = r.area;
        const QString name = r.name.isEmpty() ? r.area : r.name;
        row.name = withRank && r.rank > 0 ? u"%1. %2"_s.arg(r.rank).arg(name) : name;
        row.value = r.value;
        row.valueText = format().value(r.value, info ? info->unit : QString());
        row.status = info ? info->thresholds.classify(r.value) : Status::Unknown;
        row.highlighted = !highlight.isEmpty() && r.area == highlight;
        result.append(row);
    }
    return result;
}

QStringList BarTile::labels() const
{
    QStringList out;
    for (const Row &r : shownRows())
        out.append(r.valueText);
    return out;
}

void BarTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QList<Row> shown = rows(m_capacity);
    if (shown.isEmpty())
        return;
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const QFontMetricsF boldMetrics(bold);
    const double gap = theme().textPx * 0.3;

    // Columns: names (at most 40% of the width), bars, values (as wide as the widest).
    double nameWidth = 0.0;
    double valueWidth = 0.0;
    double maxValue = 0.0;
    for (const Row &r : shown) {
        nameWidth = std::max(nameWidth, boldMetrics.horizontalAdvance(r.name));
        valueWidth = std::max(valueWidth, boldMetrics.horizontalAdvance(r.valueText));
        maxValue = std::max(maxValue, std::fabs(r.value));
    }
    // A pixel to spare: the widest name must not be elided by rounding.
    nameWidth = std::min(std::ceil(nameWidth) + 1.0, content.width() * 0.4);
    valueWidth = std::min(valueWidth, content.width() * 0.3);
    const double barLeft = content.left() + nameWidth + gap;
    const double barRoom = std::max(0.0, content.width() - nameWidth - valueWidth - 2 * gap);

    const double pitch = std::min(rowHeight() * 1.6, content.height() / double(shown.size()));
    const double barThickness = std::min(pitch * 0.7, QFontMetricsF(normal).height() * 0.9);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Row &r = shown.at(i);
        const QRectF row(content.left(), content.top() + i * pitch, content.width(), pitch);
        if (r.highlighted) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme().grid);
            painter->drawRoundedRect(row.adjusted(-gap * 0.5, 1, gap * 0.5, -1), gap * 0.4,
                                     gap * 0.4);
        }
        painter->setFont(r.highlighted ? bold : normal);
        painter->setPen(r.highlighted ? theme().text : theme().textDim);
        painter->drawText(
            QRectF(row.left(), row.top(), nameWidth, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(painter->font()).elidedText(r.name, Qt::ElideRight, nameWidth));

        const double length = maxValue > 0 ? barRoom * std::max(0.0, r.value) / maxValue : 0.0;
        const QColor colour = r.status == Status::Unknown ? theme().series.value(0, theme().text)
                                                          : theme().statusColor(r.status);
        const QRectF bar(barLeft, row.center().y() - barThickness / 2, std::max(length, 2.0),
                         barThickness);
        painter->setPen(r.highlighted ? QPen(theme().text, theme().textPx * 0.06) : Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRect(bar);

        painter->setFont(r.highlighted ? bold : normal);
        painter->setPen(theme().text);
        painter->drawText(QRectF(bar.right() + gap, row.top(), valueWidth + gap, row.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, r.valueText);
    }
}

} // namespace iocwall
