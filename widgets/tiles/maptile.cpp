#include "maptile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

using State = ReportPin::State;
// Drawn in this order: what needs action ends up on top.
constexpr std::array<State, 4> kPaintOrder{State::Resolved, State::Received, State::InProgress,
                                           State::Overdue};
constexpr std::array<State, 4> kLegendOrder{State::Received, State::InProgress, State::Overdue,
                                            State::Resolved};

int index(State s)
{
    return int(s);
}

} // namespace

TileTypeSpec MapTile::typeSpec()
{
    return builtinTileTypes().value(u"map"_s);
}

MapTile::MapTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
{
    // A few kilobytes read once, when the scene is built: the boundaries never
    // change while the wall runs.
    const QString path =
        geoJsonPath(this->spec().props.value(u"geojson"_s).toString(), context.configDir);
    ConfigIssues issues(path);
    m_map = readGeoJson(path, issues);
    if (!m_map) {
        m_boundaryError = issues.summary();
        qWarning("%s", qPrintable(m_boundaryError));
    }
}

int MapTile::queryParts() const
{
    return (showReports() ? TileQuery::ReportPins : 0) |
           (spec().binding.isEmpty() ? 0 : TileQuery::Ranking);
}

bool MapTile::showReports() const
{
    return spec().props.value(u"show_reports"_s, true).toBool();
}

bool MapTile::showResolved() const
{
    return spec().props.value(u"show_resolved"_s, true).toBool();
}

bool MapTile::hasContent(const TileData &data) const
{
    return data.hasData() || (m_map && !m_map->features.isEmpty());
}

QColor MapTile::stateColour(ReportPin::State state) const
{
    switch (state) {
    case State::Received:
        return theme().series.value(2, theme().text); // apart from every status colour
    case State::InProgress:
        return theme().warning;
    case State::Overdue:
        return theme().critical;
    case State::Resolved:
        return theme().good;
    }
    return theme().unknown;
}

QString MapTile::stateName(ReportPin::State state)
{
    switch (state) {
    case State::Received:
        return tr("Mới tiếp nhận");
    case State::InProgress:
        return tr("Đang xử lý");
    case State::Overdue:
        return tr("Quá hạn");
    case State::Resolved:
        return tr("Đã xử lý");
    }
    return {};
}

std::optional<QColor> MapTile::areaFill(const QString &code) const
{
    const auto it = std::find_if(data().ranking.cbegin(), data().ranking.cend(),
                                 [&](const AreaRank &r) { return r.area == code; });
    if (it == data().ranking.cend())
        return std::nullopt;
    const IndicatorInfo *info = indicator();
    QColor fill;
    if (info && (info->thresholds.good || info->thresholds.warning)) {
        fill = theme().statusColor(info->thresholds.classify(it->value));
    } else {
        // No thresholds: a ramp from the tile's own colour to the first series colour.
        const auto [lo, hi] = std::minmax_element(
            data().ranking.cbegin(), data().ranking.cend(),
            [](const AreaRank &a, const AreaRank &b) { return a.value < b.value; });
        const double t =
            hi->value > lo->value ? (it->value - lo->value) / (hi->value - lo->value) : 1.0;
        const QColor to = theme().series.value(0, theme().text);
        fill = QColor::fromRgbF(0.15f + float(t) * (to.redF() - 0.15f),
                                0.2f + float(t) * (to.greenF() - 0.2f),
                                0.3f + float(t) * (to.blueF() - 0.3f));
    }
    fill.setAlphaF(0.38f);
    return fill;
}

void MapTile::applyData(const TileData &data)
{
    m_counts = {0, 0, 0, 0};
    double minLon = 0, maxLon = 0, minLat = 0, maxLat = 0;
    bool first = true;
    for (const ReportPin &pin : data.reportPins) {
        if (!showReports() || (pin.state == State::Resolved && !showResolved()))
            continue;
        ++m_counts[index(pin.state)];
        if (first) {
            minLon = maxLon = pin.lon;
            minLat = maxLat = pin.lat;
            first = false;
        }
        minLon = std::min(minLon, pin.lon);
        maxLon = std::max(maxLon, pin.lon);
        minLat = std::min(minLat, pin.lat);
        maxLat = std::max(maxLat, pin.lat);
    }
    m_pinBounds = first ? QRectF() : QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat));
    if (!m_map)
        reproject(); // without boundaries the markers set the view
    else
        placeLabels();
}

void MapTile::layoutContent(const QRectF &content)
{
    m_content = content;
    const QFontMetricsF metrics(theme().font(1.0));
    const double line = metrics.lineSpacing();
    double itemWidth = 0;
    for (State s : kLegendOrder)
        itemWidth = std::max(itemWidth, metrics.horizontalAdvance(stateName(s)));
    // marker, gap, name, gap, a four-digit count
    itemWidth += line * 0.9 + metrics.horizontalAdvance(u" 0.000"_s);
    m_legendBeside = content.width() > 1.5 * content.height();
    if (m_legendBeside) {
        const double width = std::min(itemWidth + line * 0.5, content.width() * 0.4);
        m_legendRect = QRectF(content.right() - width, content.top(), width, content.height());
        m_mapRect =
            QRectF(content.left(), content.top(), content.width() - width, content.height());
    } else {
        const int perRow = std::max(1, int(content.width() / (itemWidth + line)));
        const int rows = (4 + perRow - 1) / perRow;
        const double height = std::min(rows * line * 1.1, content.height() * 0.4);
        m_legendRect = QRectF(content.left(), content.bottom() - height, content.width(), height);
        m_mapRect =
            QRectF(content.left(), content.top(), content.width(), content.height() - height);
    }
    reproject();
}

void MapTile::reproject()
{
    const QRectF bounds = m_map ? m_map->bounds() : m_pinBounds;
    if (m_mapRect.isEmpty() || (bounds.isNull() && !m_map && data().reportPins.isEmpty())) {
        m_projection = {};
        m_areas.clear();
        return;
    }
    m_projection = GeoProjection(bounds, m_mapRect, theme().textPx * 0.3);
    m_areas = m_map ? projectAreas(*m_map, m_projection) : QList<ProjectedArea>{};
    placeLabels();
}

void MapTile::paintContent(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->setClipRect(m_content);
    const QColor land = theme().tile.lighter(135);
    const QPen border(theme().textDim, std::max(2.0, theme().textPx * 0.05));
    for (const ProjectedArea &area : m_areas) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(land);
        painter->drawPath(area.path);
        if (const auto fill = areaFill(area.code)) {
            painter->setBrush(*fill);
            painter->drawPath(area.path);
        }
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(area.path);
    }
    // Names under the markers: a report matters more than a name the room knows.
    if (spec().props.value(u"show_labels"_s, true).toBool())
        paintLabels(painter);
    paintMarkers(painter);
    paintLegend(painter);
    if (!m_boundaryError.isEmpty()) {
        painter->setFont(theme().font(1.0));
        painter->setPen(theme().warning);
        painter->drawText(m_mapRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          tr("Không đọc được ranh giới bản đồ"));
    }
    painter->restore();
}

void MapTile::paintMarkers(QPainter *painter) const
{
    if (!m_projection.isValid() || !showReports())
        return;
    const double d = spec().props.value(u"marker_size"_s, 0.4).toDouble() * theme().textPx;
    painter->setPen(QPen(theme().canvas, std::max(1.5, d * 0.12)));
    for (State state : kPaintOrder) {
        if (state == State::Resolved && !showResolved())
            continue;
        // The reports that need action stand out by size as well as colour.
        const double size = state == State::Overdue    ? d * 1.25
                            : state == State::Resolved ? d * 0.8
                                                       : d;
        painter->setBrush(stateColour(state));
        for (const ReportPin &pin : data().reportPins)
            if (pin.state == state)
                painter->drawEllipse(m_projection.toScreen(pin.lon, pin.lat), size / 2, size / 2);
    }
}

QList<QPointF> MapTile::labelCentres() const
{
    QList<QPointF> out;
    for (const PlacedLabel &l : m_labels)
        out.append(l.centre);
    return out;
}

void MapTile::placeLabels()
{
    m_labels.clear();
    const QFontMetricsF metrics(theme().font(1.0, QFont::DemiBold));
    const double lineHeight = metrics.lineSpacing();
    QList<QPointF> markers;
    if (m_projection.isValid())
        for (const ReportPin &pin : data().reportPins)
            if (showReports() && (pin.state != State::Resolved || showResolved()))
                markers.append(m_projection.toScreen(pin.lon, pin.lat));
    for (const ProjectedArea &area : m_areas) {
        PlacedLabel label{{area.label}, area.labelCentre};
        // A name wider than its area breaks at the space nearest its middle.
        const QString &name = area.label;
        const qsizetype middle = name.size() / 2;
        const qsizetype after = name.indexOf(u' ', middle);
        const qsizetype before = name.lastIndexOf(u' ', middle);
        const qsizetype cut = after < 0                            ? before
                              : before < 0                         ? after
                              : (after - middle < middle - before) ? after
                                                                   : before;
        if (metrics.horizontalAdvance(name) > area.path.boundingRect().width() * 0.9 && cut > 0)
            label.lines = {name.left(cut), name.mid(cut + 1)};
        double width = 0;
        for (const QString &l : label.lines)
            width = std::max(width, metrics.horizontalAdvance(l));
        const QSizeF size(width, lineHeight * label.lines.size());
        // Off the markers if the area has room for it; the centre when nothing is better.
        double best = -1;
        for (double dy : {0.0, -0.7, 0.7, -1.2, 1.2})
            for (double dx : {0.0, -0.3, 0.3}) {
                const QPointF c = area.labelCentre + QPointF(dx * width, dy * size.height());
                const QRectF box(c - QPointF(size.width() / 2, size.height() / 2), size);
                double cost = std::hypot(dx, dy) * 0.5;
                for (const QPointF &corner :
                     {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()})
                    cost += area.path.contains(corner) ? 0.0 : 4.0;
                for (const QPointF &m : markers)
                    cost += box.contains(m) ? 1.0 : 0.0;
                if (best < 0 || cost < best) {
                    best = cost;
                    label.centre = c;
                }
            }
        m_labels.append(label);
    }
}

void MapTile::paintLabels(QPainter *painter) const
{
    const QFont font = theme().font(1.0, QFont::DemiBold);
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.lineSpacing();
    const double halo = theme().textPx * 0.14;
    for (const PlacedLabel &label : m_labels) {
        QPainterPath text;
        double y = label.centre.y() - lineHeight * label.lines.size() / 2 + metrics.ascent();
        for (const QString &l : label.lines) {
            text.addText(label.centre.x() - metrics.horizontalAdvance(l) / 2, y, font, l);
            y += lineHeight;
        }
        // A dark halo keeps the name readable over the shading and the borders.
        painter->strokePath(text,
                            QPen(theme().canvas, halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->fillPath(text, theme().text);
    }
}

void MapTile::paintLegend(QPainter *painter) const
{
    const QFont font = theme().font(1.0);
    const QFontMetricsF metrics(font);
    const double line = metrics.lineSpacing();
    painter->setFont(font);
    QList<State> shown;
    for (State s : kLegendOrder)
        if (showReports() && (s != State::Resolved || showResolved()))
            shown.append(s);
    const double itemWidth = m_legendBeside
                                 ? m_legendRect.width()
                                 : m_legendRect.width() / std::max<qsizetype>(1, shown.size());
    const int perRow = m_legendBeside ? 1 : std::max(1, int(m_legendRect.width() / itemWidth));
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const State s = shown.at(i);
        const double x = m_legendRect.left() + (i % perRow) * itemWidth + line * 0.25;
        const double y = m_legendRect.top() + (i / perRow) * line * (m_legendBeside ? 1.3 : 1.1);
        const double r = line * 0.25;
        painter->setPen(QPen(theme().canvas, 1.5));
        painter->setBrush(stateColour(s));
        painter->drawEllipse(QPointF(x + r, y + line / 2), r, r);
        painter->setPen(theme().text);
        const QRectF textRect(x + line * 0.7, y, itemWidth - line * 0.95, line);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(stateName(s), Qt::ElideRight, textRect.width() * 0.7));
        painter->setFont(theme().font(1.0, QFont::Bold));
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter,
                          format().number(m_counts[index(s)], 0));
        painter->setFont(font);
    }
    // What the shading means, when there is shading.
    const IndicatorInfo *info = indicator();
    if (m_legendBeside && info && !data().ranking.isEmpty()) {
        const QRectF note(m_legendRect.left() + line * 0.25,
                          m_legendRect.top() + shown.size() * line * 1.3 + line * 0.5,
                          m_legendRect.width() - line * 0.5, line * 3.3);
        painter->setPen(theme().textDim);
        painter->drawText(note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          tr("Tô màu theo: %1").arg(info->displayName(context().english)));
    }
}

} // namespace iocwall
