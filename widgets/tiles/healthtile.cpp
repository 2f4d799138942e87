#include "healthtile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec HealthTile::typeSpec()
{
    return builtinTileTypes().value(u"health"_s);
}

HealthTile::Row HealthTile::rowFor(const SourceHealth &h) const
{
    Row row;
    row.source = h.source;
    row.name = h.name.isEmpty() ? h.source : h.name;
    if (h.ok()) {
        const bool today = format().date(h.lastSuccess) == format().date(now());
        // The frame's own words, so that both read alike in every language.
        row.detail =
            TileItem::tr("Cập nhật %1")
                .arg(today ? format().time(h.lastSuccess) : format().dateTime(h.lastSuccess));
        // A source that answers but has not succeeded for longer than the
        // scene lets data age is not failing, yet not fine either.
        row.status =
            h.lastSuccess.secsTo(now()) > context().staleAfterS ? Status::Warning : Status::Good;
        if (h.partial()) {
            row.warning = tr("bỏ qua %1 bản ghi: %2")
                              .arg(format().number(double(h.skippedRecords), 0), h.skippedReason);
            row.status = Status::Warning;
        }
    } else {
        row.status = Status::Critical;
        row.detail = !h.lastError.isEmpty() ? h.lastError
                     : h.lastSuccess.isValid()
                         ? tr("Lỗi – cập nhật lần cuối %1").arg(format().dateTime(h.lastSuccess))
                         : tr("Chưa kết nối được");
    }
    if (h.latencyMs >= 0 && spec().props.value(u"show_latency"_s, true).toBool())
        row.latency = tr("%1 ms").arg(format().number(h.latencyMs, 0));
    return row;
}

QList<HealthTile::Row> HealthTile::rows(int capacity) const
{
    QList<SourceHealth> sources = data().sources;
    if (sources.size() > capacity)
        std::stable_partition(sources.begin(), sources.end(),
                              [](const SourceHealth &h) { return !h.ok(); });
    QList<Row> result;
    for (qsizetype i = 0; i < sources.size() && i < capacity; ++i)
        result.append(rowFor(sources.at(i)));
    return result;
}

// Two lines a source (name and latency, then the detail) read best; one line
// each when that would leave sources off the tile.
bool HealthTile::twoLineRows(const QRectF &content) const
{
    const double line = QFontMetricsF(theme().font(1.0)).height();
    return content.height() >= data().sources.size() * 2.2 * line;
}

// A warning (records skipped) on a line of its own under the detail when every
// source still fits that way; else it follows the detail on its line.
bool HealthTile::warningLines(const QRectF &content) const
{
    if (!twoLineRows(content))
        return false;
    const auto partial = std::count_if(data().sources.cbegin(), data().sources.cend(),
                                       [](const SourceHealth &h) { return h.partial(); });
    const double line = QFontMetricsF(theme().font(1.0)).height();
    return content.height() >= (data().sources.size() * 2.2 + partial * 1.1) * line;
}

void HealthTile::layoutContent(const QRectF &content)
{
    const double line = QFontMetricsF(theme().font(1.0)).height();
    const double pitch = line * (twoLineRows(content) ? 2.2 : 1.1);
    m_capacity = std::max(1, int(content.height() / pitch));
}

void HealthTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QList<Row> shown = rows(m_capacity);
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const double line = QFontMetricsF(normal).height();
    const bool twoLines = twoLineRows(content);
    const bool ownWarningLine = warningLines(content);
    const double pitch = line * (twoLines ? 2.2 : 1.1);
    const double dot = line * 0.5;
    const double gap = theme().textPx * 0.3;
    const double textLeft = content.left() + dot + gap;
    const double textWidth = content.right() - textLeft;

    double top = content.top();
    for (qsizetype i = 0; i < shown.size(); ++i, top += pitch) {
        const Row &r = shown.at(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme().statusColor(r.status));
        painter->drawEllipse(QRectF(content.left(), top + (line - dot) / 2, dot, dot));

        painter->setFont(normal);
        const double latencyWidth =
            r.latency.isEmpty() ? 0.0 : painter->fontMetrics().horizontalAdvance(r.latency) + gap;
        if (!r.latency.isEmpty()) {
            painter->setPen(theme().textDim);
            painter->drawText(QRectF(textLeft, top, textWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, r.latency);
        }
        const QColor detailColour = r.status == Status::Critical  ? theme().critical
                                    : r.status == Status::Warning ? theme().warning
                                                                  : theme().textDim;
        const double nameRoom = textWidth - latencyWidth;
        // Where the warning has no line of its own it follows the detail; on
        // a one-line row, where room is short, it replaces it (it is why the
        // row is amber).
        const QString detail = r.warning.isEmpty() || ownWarningLine ? r.detail
                               : twoLines ? r.detail + u" · "_s + r.warning
                                          : r.warning;
        if (twoLines) {
            painter->setFont(bold);
            painter->setPen(theme().text);
            painter->drawText(
                QRectF(textLeft, top, nameRoom, line), Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(r.name, Qt::ElideRight, int(nameRoom)));
            painter->setFont(normal);
            painter->setPen(detailColour);
            painter->drawText(
                QRectF(textLeft, top + line, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(detail, Qt::ElideRight, int(textWidth)));
            if (ownWarningLine && !r.warning.isEmpty()) {
                top += line * 1.1;
                painter->drawText(
                    QRectF(textLeft, top + line, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                    painter->fontMetrics().elidedText(r.warning, Qt::ElideRight, int(textWidth)));
            }
        } else {
            // Name up to 40% of the row, the detail in what remains.
            painter->setFont(bold);
            const double nameWidth =
                std::min(painter->fontMetrics().horizontalAdvance(r.name), int(nameRoom * 0.4));
            painter->setPen(theme().text);
            painter->drawText(QRectF(textLeft, top, nameWidth, line),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              painter->fontMetrics().elidedText(r.name, Qt::ElideRight, nameWidth));
            painter->setFont(normal);
            painter->setPen(detailColour);
            const double detailWidth = nameRoom - nameWidth - gap;
            painter->drawText(
                QRectF(textLeft + nameWidth + gap, top, detailWidth, line),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(detail, Qt::ElideRight, int(detailWidth)));
        }
    }
}

} // namespace iocwall
