#include "linecharttile.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

LineChartTile::~LineChartTile() = default;

TileTypeSpec LineChartTile::typeSpec()
{
    return builtinTileTypes().value(u"line"_s);
}

LineChartTile::LineChartTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
{
    // The chart lives in a scene of its own and is drawn by paintContent(),
    // so that the tile's paint cache holds all of it.
    m_chartScene = new QGraphicsScene(this);
    m_chart = new QChart;
    m_chartScene->addItem(m_chart);
    connect(m_chartScene, &QGraphicsScene::changed, this, [this] { update(); });
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocale(format().locale()); // axis numbers as 1.234,5 in Vietnamese
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setVisible(this->spec().props.value(u"show_legend"_s, true).toBool());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(theme().font(1.0));
    m_chart->legend()->setLabelColor(theme().text);
    m_chart->setVisible(false); // until there is data: the frame says "no data yet"

    m_x = new QDateTimeAxis;
    m_x->setLabelsFont(theme().font(1.0));
    m_x->setLabelsColor(theme().textDim);
    m_x->setGridLineColor(theme().grid);
    m_x->setLinePenColor(theme().grid);
    m_x->setTickCount(6);
    m_y = new QValueAxis;
    styleAxis(m_y);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
}

void LineChartTile::styleAxis(QValueAxis *axis) const
{
    axis->setLabelsFont(theme().font(1.0));
    axis->setLabelsColor(theme().textDim);
    axis->setGridLineColor(theme().grid);
    axis->setLinePenColor(theme().grid);
    axis->setTickCount(5);
    axis->setLabelFormat(u"%.0f"_s);
}

bool LineChartTile::areaMode() const
{
    return spec().props.value(u"mode"_s).toString() == u"area";
}

bool LineChartTile::comparesPrevious() const
{
    return spec().props.value(u"compare"_s).toString() == u"previous";
}

int LineChartTile::queryParts() const
{
    return TileQuery::Series | (comparesPrevious() ? TileQuery::PreviousSeries : 0);
}

void LineChartTile::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

QLineSeries *LineChartTile::lineAt(int index)
{
    while (m_lines.size() <= index) {
        auto *line = new QLineSeries;
        const QColor colour = theme().series.at(m_lines.size() % theme().series.size());
        const double width = spec().props.value(u"line_width"_s, 0.09).toDouble() * theme().textPx;
        const QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        line->setPen(pen);
        if (areaMode()) {
            // The area draws its upper edge itself; the line only holds the points.
            auto *area = new QAreaSeries(line);
            line->setParent(area);
            QColor fill = colour;
            fill.setAlphaF(0.28f);
            area->setBrush(fill);
            area->setPen(pen);
            attach(area);
            m_areas.append(area);
        } else {
            attach(line);
        }
        m_lines.append(line);
    }
    return m_lines.at(index);
}

QLineSeries *LineChartTile::previousAt(int index, const QColor &colour)
{
    while (m_previous.size() <= index) {
        auto *line = new QLineSeries;
        attach(line);
        m_previous.append(line);
    }
    QLineSeries *line = m_previous.at(index);
    const double width =
        spec().props.value(u"line_width"_s, 0.09).toDouble() * theme().textPx * 0.75;
    line->setPen(QPen(colour, width, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin));
    return line;
}

void LineChartTile::applyData(const TileData &data)
{
    m_chart->setVisible(!data.series.isEmpty());
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool first = true;
    auto extend = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points) {
            if (first) {
                minX = maxX = p.x();
                minY = maxY = p.y();
                first = false;
            }
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    };
    int current = 0;
    int previous = 0;
    QHash<QString, QColor> colourOf; // a previous line wears its current line's colour
    for (const TileSeries &s : data.series) {
        if (s.previousPeriod)
            continue;
        QLineSeries *line = lineAt(current);
        // One line for the town against its previous window: "this period"
        // and "previous period" say it all; per area, the area's name does.
        const bool combined = comparesPrevious() && s.area.isEmpty();
        line->setName(combined ? tr("Kỳ này") : s.label);
        line->replace(s.points);
        line->setVisible(true);
        if (areaMode()) {
            m_areas.at(current)->setName(line->name());
            m_areas.at(current)->setVisible(true);
        }
        colourOf.insert(s.indicator + u'/' + s.area, line->pen().color());
        extend(s.points);
        ++current;
    }
    for (const TileSeries &s : data.series) {
        if (!s.previousPeriod || !comparesPrevious())
            continue;
        const QColor colour = colourOf.value(s.indicator + u'/' + s.area, theme().textDim);
        QLineSeries *line = previousAt(previous++, colour);
        line->setName(s.area.isEmpty() ? tr("Kỳ trước") : tr("%1 – kỳ trước").arg(s.label));
        line->replace(s.points);
        line->setVisible(true);
        extend(s.points);
    }
    for (int i = current; i < m_lines.size(); ++i) {
        m_lines.at(i)->setVisible(false);
        if (i < m_areas.size())
            m_areas.at(i)->setVisible(false);
    }
    for (int i = previous; i < m_previous.size(); ++i)
        m_previous.at(i)->setVisible(false);

    const IndicatorInfo *info = indicator();
    const bool showTarget =
        info && info->target && spec().props.value(u"show_target"_s, true).toBool() && !first;
    if (showTarget) {
        if (!m_target) {
            m_target = new QLineSeries;
            m_target->setPen(QPen(theme().textDim, theme().textPx * 0.05, Qt::DashLine));
            attach(m_target);
        }
        m_target->setName(tr("Mục tiêu: %1").arg(format().withUnit(*info->target, info->unit)));
        minY = std::min(minY, *info->target);
        maxY = std::max(maxY, *info->target);
    }
    if (m_target)
        m_target->setVisible(showTarget);
    if (first)
        return;
    // Counts and rates read best from zero; a level far from zero keeps its band.
    // An area always stands on zero: a filled band from an arbitrary floor misleads.
    if ((minY >= 0 && minY < maxY * 0.6) || (areaMode() && minY >= 0))
        minY = 0;
    m_valueRange = {minY, maxY};
    updateValueAxis();
    // Ticks on whole buckets (midnight, the hour): stretch the range to a
    // whole number of buckets per tick interval, with the tick count that
    // stretches it least (the axis should end at the last point, not days later).
    const QString &bucket = spec().binding.period;
    const double bucketMs = bucket == u"hour"    ? 3600e3
                            : bucket == u"month" ? 30 * 86400e3
                                                 : 86400e3;
    const QList<int> tickChoices = bucket == u"hour" ? QList<int>{4, 5, 3} : QList<int>{6, 5, 7, 4};
    int ticks = tickChoices.first();
    double axisEnd = 0;
    for (int choice : tickChoices) {
        const double interval =
            std::max(1.0, std::ceil((maxX - minX) / (choice - 1) / bucketMs)) * bucketMs;
        const double end = minX + interval * (choice - 1);
        if (axisEnd == 0 || end < axisEnd - 1.0) {
            axisEnd = end;
            ticks = choice;
        }
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)),
                  QDateTime::fromMSecsSinceEpoch(qint64(axisEnd)));
    // The target is a level for the whole window shown, edge to edge.
    if (showTarget)
        m_target->replace({QPointF(minX, *info->target), QPointF(axisEnd, *info->target)});
    m_x->setFormat(bucket == u"hour"    ? u"HH:mm dd/MM"_s
                   : bucket == u"month" ? u"MM/yyyy"_s
                                        : u"dd/MM"_s);
    m_x->setTickCount(ticks);
    for (QLegendMarker *marker : m_chart->legend()->markers())
        marker->setVisible(marker->series()->isVisible());
}

NiceScale niceScale(double min, double max, int maxTicks)
{
    if (max <= min)
        max = min + 1.0;
    const int intervals = std::max(1, maxTicks - 1);
    const double raw = (max - min) / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    NiceScale scale;
    scale.min = std::floor(min / step) * step;
    scale.max = std::ceil(max / step) * step;
    scale.ticks = int(std::lround((scale.max - scale.min) / step)) + 1;
    scale.decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step)));
    return scale;
}

void LineChartTile::updateValueAxis()
{
    const NiceScale scale = niceScale(m_valueRange.first, m_valueRange.second, m_maxTicks);
    m_y->setRange(scale.min, scale.max);
    m_y->setTickCount(scale.ticks);
    m_y->setLabelFormat(u"%.%1f"_s.arg(scale.decimals));
}

void LineChartTile::layoutContent(const QRectF &content)
{
    // A wide, low chart keeps its height for the plot: the legend goes right.
    const bool wide = content.width() > 2.5 * content.height();
    m_chart->legend()->setAlignment(wide ? Qt::AlignRight : Qt::AlignBottom);
    // Value labels at the wall's text size need about 1.8 lines each.
    const double line = QFontMetricsF(theme().font(1.0)).lineSpacing();
    const double plotHeight = content.height() - line * (wide ? 1.5 : 3.0);
    m_maxTicks = std::clamp(int(plotHeight / (1.8 * line)) + 1, 2, 6);
    m_chart->setGeometry(QRectF(QPointF(0, 0), content.size()));
    m_chartScene->setSceneRect(m_chart->geometry());
    if (m_valueRange.second > m_valueRange.first)
        updateValueAxis();
}

} // namespace iocwall

namespace iocwall {

void LineChartTile::settle()
{
    // Layouts and the chart scene's change notice both wait in the event queue.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(m_chartScene, QEvent::MetaCall);
}

void LineChartTile::paintContent(QPainter *painter, const QRectF &content)
{
    if (m_chart->isVisible())
        m_chartScene->render(painter, content, m_chartScene->sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace iocwall
