#include "pietile.h"

#include "tiles/reportlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

struct PieText {
    Q_DECLARE_TR_FUNCTIONS(PieText)
};

TileTypeSpec PieTile::typeSpec()
{
    return builtinTileTypes().value(u"pie"_s);
}

bool PieTile::donut() const
{
    return spec().props.value(u"donut"_s, true).toBool();
}

const QList<ReportCount> &PieTile::counts(const TileData &data) const
{
    return spec().props.value(u"by"_s).toString() == u"status" ? data.reportsByStatus
                                                               : data.reportsByCategory;
}

bool PieTile::hasContent(const TileData &data) const
{
    const QList<ReportCount> &c = counts(data);
    return std::any_of(c.begin(), c.end(), [](const ReportCount &r) { return r.count > 0; });
}

void PieTile::applyData(const TileData &data)
{
    const bool byStatus = spec().props.value(u"by"_s).toString() == u"status";
    QList<ReportCount> sorted = counts(data);
    sorted.removeIf([](const ReportCount &r) { return r.count <= 0; });
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ReportCount &a, const ReportCount &b) { return a.count > b.count; });
    const qsizetype maxSlices = std::max(2, spec().props.value(u"max_slices"_s, 6).toInt());

    m_total = 0;
    for (const ReportCount &r : sorted)
        m_total += r.count;
    // Too many slices: keep the largest, fold the rest (and the sources' own
    // "other" category) into one "Khác" slice at the end.
    qint64 rest = 0;
    if (sorted.size() > maxSlices) {
        QList<ReportCount> kept;
        for (const ReportCount &r : sorted) {
            const bool other = !byStatus && (r.key == u"khac" || r.key.isEmpty());
            if (!other && kept.size() < maxSlices - 1)
                kept.append(r);
            else
                rest += r.count;
        }
        sorted = kept;
    }
    m_slices.clear();
    auto add = [&](const QString &key, const QString &label, qint64 count, const QColor &colour) {
        Slice s;
        s.key = key;
        s.label = label;
        s.count = count;
        s.fraction = m_total > 0 ? double(count) / double(m_total) : 0.0;
        s.countText = format().value(double(count));
        s.percentText = format().number(s.fraction * 100.0, 1) + u'%';
        s.colour = colour;
        m_slices.append(s);
    };
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const ReportCount &r = sorted.at(i);
        if (byStatus)
            add(r.key, ReportLabels::statusName(r.key), r.count,
                ReportLabels::statusColor(theme(), r.key));
        else
            add(r.key, ReportLabels::categoryName(r.key), r.count,
                theme().series.value(int(i % std::max<qsizetype>(1, theme().series.size()))));
    }
    if (rest > 0)
        add(QString(), PieText::tr("Khác"), rest, theme().unknown);
}

QString PieTile::totalText() const
{
    return format().value(double(m_total));
}

QStringList PieTile::labels() const
{
    QStringList out;
    for (const Slice &s : m_slices)
        out.append(u"%1: %2 (%3)"_s.arg(s.label, s.countText, s.percentText));
    return out;
}

double PieTile::legendWidth() const
{
    const QFontMetricsF metrics(theme().font(1.0));
    const QFontMetricsF bold(theme().font(1.0, QFont::Bold));
    const double gap = theme().textPx * 0.3;
    double label = 0.0;
    double figures = 0.0;
    for (const Slice &s : m_slices) {
        label = std::max(label, metrics.horizontalAdvance(s.label));
        figures = std::max(figures, bold.horizontalAdvance(s.countText) + gap +
                                        metrics.horizontalAdvance(s.percentText));
    }
    return metrics.height() * 0.6 + gap + std::ceil(label) + 1 + 2 * gap + figures;
}

double PieTile::legendPitch() const
{
    return QFontMetricsF(theme().font(1.0)).height() * 1.35;
}

PieTile::Layout PieTile::layout(const QRectF &content) const
{
    const double line = QFontMetricsF(theme().font(1.0)).height();
    const double gap = theme().textPx * 0.5;
    // The list beside the pie or below it, whichever leaves the larger pie;
    // a list too wide for either is elided, the pie keeps over a quarter of the width.
    const double listHeight = legendPitch() * double(m_slices.size());
    const double beside = std::min(content.height(), content.width() - legendWidth() - gap);
    const double below = std::min(content.width(), content.height() - listHeight - gap);
    Layout out;
    if (below > beside && below > line * 3) {
        const double top = content.top() + (content.height() - below - gap - listHeight) / 2;
        out.pie = QRectF(content.center().x() - below / 2, top, below, below);
        const double listWidth = std::min(content.width(), legendWidth());
        out.legend = QRectF(content.center().x() - listWidth / 2, out.pie.bottom() + gap, listWidth,
                            listHeight);
        return out;
    }
    const double diameter = std::max(beside, std::min(content.height(), content.width() * 0.28));
    const double listWidth = std::min(content.width() - diameter - gap, legendWidth());
    const double left = content.left() + (content.width() - diameter - gap - listWidth) / 2;
    out.pie = QRectF(left, content.center().y() - diameter / 2, diameter, diameter);
    out.legend = QRectF(out.pie.right() + gap, content.top(), listWidth, content.height());
    return out;
}

QRectF PieTile::pieRect() const
{
    return layout(contentRect()).pie;
}

void PieTile::paintContent(QPainter *painter, const QRectF &content)
{
    if (m_slices.isEmpty())
        return;
    const double line = QFontMetricsF(theme().font(1.0)).height();
    const Layout parts = layout(content);
    const QRectF pie = parts.pie;
    paintLegend(painter, parts.legend);
    const double diameter = pie.width();

    // Qt angles: sixteenths of a degree, counter-clockwise from three o'clock;
    // slices start at twelve o'clock and run clockwise.
    int start = 90 * 16;
    painter->setPen(QPen(theme().tile, std::max(2.0, theme().textPx * 0.05)));
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices.at(i);
        const int span = i + 1 == m_slices.size() ? 90 * 16 - 360 * 16 - start
                                                  : -int(std::round(s.fraction * 360 * 16));
        painter->setBrush(s.colour);
        painter->drawPie(pie, start, span);
        start += span;
    }
    if (donut()) {
        const double hole = diameter * 0.6;
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme().tile);
        painter->drawEllipse(pie.center(), hole / 2, hole / 2);
        // The total in the hole, as large as fits, never below the smallest text.
        const QString total = totalText();
        const QString what = PieText::tr("phản ánh");
        double scale = 2.4;
        while (scale > 1.0 &&
               QFontMetricsF(theme().font(scale, QFont::Bold)).horizontalAdvance(total) >
                   hole * 0.8)
            scale -= 0.2;
        painter->setFont(theme().font(std::max(1.0, scale), QFont::Bold));
        const double big = QFontMetricsF(painter->font()).height();
        const bool withWord =
            QFontMetricsF(theme().font(1.0)).horizontalAdvance(what) < hole * 0.85 &&
            big + line < hole * 0.85;
        const double top = pie.center().y() - (withWord ? (big + line) / 2 : big / 2);
        painter->setPen(theme().text);
        painter->drawText(QRectF(pie.center().x() - hole / 2, top, hole, big), Qt::AlignCenter,
                          total);
        if (withWord) {
            painter->setFont(theme().font(1.0));
            painter->setPen(theme().textDim);
            painter->drawText(QRectF(pie.center().x() - hole / 2, top + big, hole, line),
                              Qt::AlignCenter, what);
        }
        return;
    }
    // A full pie: the shares on the slices wide enough to hold them.
    painter->setFont(theme().font(1.0, QFont::Bold));
    const QFontMetricsF bold(painter->font());
    double angle = 90.0;
    const double radius = diameter * 0.3;
    for (const Slice &s : m_slices) {
        const double mid = angle - s.fraction * 180.0;
        angle -= s.fraction * 360.0;
        const double chord = 2 * radius * std::sin(std::min(M_PI / 2, s.fraction * M_PI));
        if (chord < bold.horizontalAdvance(s.percentText) * 1.2 || s.fraction < 0.08)
            continue;
        const QPointF at(pie.center().x() + radius * std::cos(qDegreesToRadians(mid)),
                         pie.center().y() - radius * std::sin(qDegreesToRadians(mid)));
        painter->setPen(theme().tile);
        painter->drawText(QRectF(at.x() - diameter / 4, at.y() - line / 2, diameter / 2, line),
                          Qt::AlignCenter, s.percentText);
    }
}

void PieTile::paintLegend(QPainter *painter, const QRectF &area) const
{
    if (area.width() <= 0)
        return;
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const QFontMetricsF metrics(normal);
    const QFontMetricsF boldMetrics(bold);
    const double line = metrics.height();
    const double pitch = std::min(legendPitch(), area.height() / double(m_slices.size()));
    const double swatch = line * 0.6;
    const double gap = theme().textPx * 0.3;
    double figuresWidth = 0.0;
    for (const Slice &s : m_slices)
        figuresWidth = std::max(figuresWidth, boldMetrics.horizontalAdvance(s.countText) + gap +
                                                  metrics.horizontalAdvance(s.percentText));
    const double top = area.center().y() - pitch * m_slices.size() / 2;
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices.at(i);
        const QRectF row(area.left(), top + i * pitch, area.width(), pitch);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.colour);
        painter->drawRect(QRectF(row.left(), row.center().y() - swatch / 2, swatch, swatch));
        const double labelLeft = row.left() + swatch + gap;
        const double labelWidth = std::max(0.0, row.width() - swatch - 2 * gap - figuresWidth);
        painter->setFont(normal);
        painter->setPen(theme().text);
        painter->drawText(QRectF(labelLeft, row.top(), labelWidth, row.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(s.label, Qt::ElideRight, labelWidth));
        painter->setPen(theme().textDim);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, s.percentText);
        painter->setFont(bold);
        painter->setPen(theme().text);
        painter->drawText(row.adjusted(0, 0, -(metrics.horizontalAdvance(s.percentText) + gap), 0),
                          Qt::AlignRight | Qt::AlignVCenter, s.countText);
    }
}

} // namespace iocwall
