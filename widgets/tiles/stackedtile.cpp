#include "stackedtile.h"

#include "tiles/reportlabels.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
Status statusNamed(const QString &name)
{
    if (name == u"good")
        return Status::Good;
    if (name == u"warning")
        return Status::Warning;
    if (name == u"critical")
        return Status::Critical;
    return Status::Unknown;
}
// A name under a column: broken after the last word that fits, the rest on a
// second line, elided only when that overflows too.
QStringList twoLines(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(u' ');
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words.at(used) : first + u' ' + words.at(used);
        if (metrics.horizontalAdvance(candidate) > width && !first.isEmpty())
            break;
        first = candidate;
    }
    return {metrics.elidedText(first, Qt::ElideRight, width),
            metrics.elidedText(words.mid(used).join(u' '), Qt::ElideRight, width)};
}

} // namespace

TileTypeSpec StackedTile::typeSpec()
{
    return builtinTileTypes().value(u"stacked"_s);
}

int StackedTile::queryParts() const
{
    return spec().props.value(u"data"_s).toString() == u"indicators" ? TileQuery::IndicatorsByArea
                                                                     : TileQuery::ReportsByArea;
}

bool StackedTile::vertical() const
{
    return spec().props.value(u"orientation"_s).toString() == u"vertical";
}

QString StackedTile::unit() const
{
    // Segments of one bar add up: they share the first indicator's unit.
    const IndicatorInfo *info = indicator();
    return info && queryParts() == TileQuery::IndicatorsByArea ? info->unit : QString();
}

void StackedTile::applyData(const TileData &data)
{
    const bool reports = queryParts() == TileQuery::ReportsByArea;
    const QStringList statuses =
        spec().props.value(u"segment_status"_s).toString().split(u',', Qt::SkipEmptyParts);
    m_segments.clear();
    for (qsizetype i = 0; i < data.breakdownKeys.size(); ++i) {
        const QString &key = data.breakdownKeys.at(i);
        Segment s;
        s.key = key;
        if (reports) {
            s.label = ReportLabels::statusName(key);
            s.colour = ReportLabels::statusColor(theme(), key);
        } else {
            const auto info = data.indicators.constFind(key);
            s.label = info == data.indicators.cend() ? key : info->displayName(context().english);
            const Status status = statusNamed(statuses.value(i).trimmed());
            s.colour =
                status != Status::Unknown
                    ? theme().statusColor(status)
                    : theme().series.value(int(i % std::max<qsizetype>(1, theme().series.size())),
                                           theme().text);
        }
        m_segments.append(s);
    }
}

QList<StackedTile::Bar> StackedTile::bars(int capacity) const
{
    const int maxBars = std::max(1, spec().props.value(u"max_bars"_s, 10).toInt());
    const qsizetype count =
        std::min<qsizetype>({qsizetype(capacity), qsizetype(maxBars), data().breakdown.size()});
    QList<Bar> out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const AreaBreakdown &b = data().breakdown.at(i);
        Bar bar;
        bar.area = b.area;
        bar.name = b.name.isEmpty() ? ReportLabels::unknownArea() : b.name;
        bar.values = b.values;
        bar.total = b.total();
        // Revenue plus spending means nothing: such a tile turns the total off.
        bar.totalText = spec().props.value(u"show_total"_s, true).toBool()
                            ? format().value(bar.total)
                            : QString();
        out.append(bar);
    }
    return out;
}

QStringList StackedTile::totals() const
{
    QStringList out;
    for (const Bar &b : shownBars())
        out.append(b.totalText);
    return out;
}

// The legend flows left to right and wraps; this is the height it takes.
double StackedTile::legendHeight(double width) const
{
    if (!spec().props.value(u"show_legend"_s, true).toBool() || m_segments.isEmpty())
        return 0.0;
    const QFontMetricsF metrics(theme().font(1.0));
    const double swatch = metrics.height() * 0.6;
    const double gap = theme().textPx * 0.5;
    int lines = 1;
    double x = 0.0;
    for (const Segment &s : m_segments) {
        const double w = swatch + gap * 0.4 + metrics.horizontalAdvance(s.label);
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0.0;
        }
        x += w + gap;
    }
    return lines * metrics.height() * 1.1;
}

void StackedTile::layoutContent(const QRectF &content)
{
    const QRectF area = content.adjusted(0, legendHeight(content.width()), 0, 0);
    const double line = QFontMetricsF(theme().font(1.0)).height();
    // A row is a line of text; a column is wide enough for a short total.
    m_capacity = vertical() ? std::max(1, int(area.width() / (line * 2.2)))
                            : std::max(1, int(area.height() / (line * 1.2)));
}

void StackedTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QList<Bar> shown = bars(m_capacity);
    if (shown.isEmpty())
        return;
    const double legend = legendHeight(content.width());
    if (legend > 0)
        paintLegend(painter, QRectF(content.left(), content.top(), content.width(), legend));
    const QRectF area = content.adjusted(0, legend + theme().textPx * 0.2, 0, 0);
    if (vertical())
        paintVertical(painter, area, shown);
    else
        paintHorizontal(painter, area, shown);
}

void StackedTile::paintLegend(QPainter *painter, const QRectF &area) const
{
    painter->setFont(theme().font(1.0));
    const QFontMetricsF metrics(painter->font());
    const double line = metrics.height() * 1.1;
    const double swatch = metrics.height() * 0.6;
    const double gap = theme().textPx * 0.5;
    double x = area.left();
    double y = area.top();
    for (const Segment &s : m_segments) {
        const double textWidth = metrics.horizontalAdvance(s.label);
        const double w = swatch + gap * 0.4 + textWidth;
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += line;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.colour);
        painter->drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch));
        painter->setPen(theme().textDim);
        const double textLeft = x + swatch + gap * 0.4;
        painter->drawText(
            QRectF(textLeft, y, std::min(textWidth + 1, area.right() - textLeft), line),
            Qt::AlignLeft | Qt::AlignVCenter, s.label);
        x += w + gap;
    }
}

void StackedTile::paintHorizontal(QPainter *painter, const QRectF &area,
                                  const QList<Bar> &shown) const
{
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const QFontMetricsF metrics(normal);
    const QFontMetricsF boldMetrics(bold);
    const double gap = theme().textPx * 0.3;
    double nameWidth = 0.0;
    double totalWidth = 0.0;
    double maxTotal = 0.0;
    for (const Bar &b : shown) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(b.name));
        totalWidth = std::max(totalWidth, boldMetrics.horizontalAdvance(b.totalText));
        maxTotal = std::max(maxTotal, b.total);
    }
    nameWidth = std::min(std::ceil(nameWidth) + 1.0, area.width() * 0.35);
    const double barLeft = area.left() + nameWidth + gap;
    const double room = std::max(0.0, area.width() - nameWidth - totalWidth - 2 * gap);
    const double pitch = std::min(metrics.height() * 1.8, area.height() / double(shown.size()));
    const double thickness = std::min(pitch * 0.75, metrics.height() * 0.95);

    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Bar &b = shown.at(i);
        const QRectF row(area.left(), area.top() + i * pitch, area.width(), pitch);
        painter->setFont(normal);
        painter->setPen(theme().textDim);
        painter->drawText(QRectF(row.left(), row.top(), nameWidth, row.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(b.name, Qt::ElideRight, nameWidth));
        double x = barLeft;
        const double top = row.center().y() - thickness / 2;
        for (qsizetype k = 0; k < b.values.size() && k < m_segments.size(); ++k) {
            const double length =
                maxTotal > 0 ? room * std::max(0.0, b.values.at(k)) / maxTotal : 0;
            if (length <= 0)
                continue;
            const QRectF segment(x, top, length, thickness);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_segments.at(k).colour);
            painter->drawRect(segment);
            // The segment's own value, when it fits inside with room to spare.
            const QString text = format().value(b.values.at(k));
            if (metrics.horizontalAdvance(text) + gap < length) {
                painter->setPen(theme().tile);
                painter->drawText(segment, Qt::AlignCenter, text);
            }
            x += length;
        }
        painter->setFont(bold);
        painter->setPen(theme().text);
        painter->drawText(QRectF(x + gap, row.top(), totalWidth + gap, row.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, b.totalText);
    }
}

void StackedTile::paintVertical(QPainter *painter, const QRectF &area,
                                const QList<Bar> &shown) const
{
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const QFontMetricsF metrics(normal);
    const double line = metrics.height();
    const double pitch = area.width() / double(shown.size());
    const double thickness = std::min(pitch * 0.6, line * 3.0);
    // Names take two lines below the bars, totals one line above them.
    const double namesHeight = line * 2.1;
    const double barBottom = area.bottom() - namesHeight;
    const double room = std::max(0.0, barBottom - area.top() - line * 1.1);
    double maxTotal = 0.0;
    for (const Bar &b : shown)
        maxTotal = std::max(maxTotal, b.total);

    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Bar &b = shown.at(i);
        const double centre = area.left() + (i + 0.5) * pitch;
        double y = barBottom;
        for (qsizetype k = 0; k < b.values.size() && k < m_segments.size(); ++k) {
            const double length =
                maxTotal > 0 ? room * std::max(0.0, b.values.at(k)) / maxTotal : 0;
            if (length <= 0)
                continue;
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_segments.at(k).colour);
            painter->drawRect(QRectF(centre - thickness / 2, y - length, thickness, length));
            y -= length;
        }
        painter->setFont(bold);
        painter->setPen(theme().text);
        painter->drawText(QRectF(centre - pitch / 2, y - line * 1.1, pitch, line),
                          Qt::AlignHCenter | Qt::AlignBottom, b.totalText);
        painter->setFont(normal);
        painter->setPen(theme().textDim);
        const QStringList lines = twoLines(b.name, metrics, pitch * 0.95);
        for (qsizetype l = 0; l < lines.size(); ++l)
            painter->drawText(QRectF(centre - pitch / 2, barBottom + line * (0.1 + l), pitch, line),
                              Qt::AlignHCenter | Qt::AlignVCenter, lines.at(l));
    }
}

} // namespace iocwall
