#pragma once

#include "tiles/tileitem.h"

class QAbstractSeries;
class QAreaSeries;
class QChart;
class QGraphicsScene;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace iocwall {

// Round axis limits and a step of 1, 2, 2.5 or 5 times a power of ten, with at
// most `maxTicks` ticks.
struct NiceScale {
    double min = 0.0;
    double max = 1.0;
    int ticks = 2;
    int decimals = 0;
};
NiceScale niceScale(double min, double max, int maxTicks);

// A line chart (Qt Charts) of one indicator over time, one line per area, with
// the target as a dashed line across the whole axis. `mode: area` fills under
// each line; `compare: previous` adds the window before this one, shifted onto
// the same x axis, as a dashed line in the same colour. An update reuses the
// chart's series and axes; nothing is rebuilt.
class LineChartTile : public TileItem {
    Q_OBJECT
public:
    LineChartTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();
    int queryParts() const override;

    ~LineChartTile() override;
    QChart *chart() const { return m_chart; }
    // The current window's lines (in area mode, the upper edges of the areas).
    QList<QLineSeries *> lines() const { return m_lines; }
    // The fills of area mode, one per line (empty in line mode).
    QList<QAreaSeries *> areas() const { return m_areas; }
    // The previous window's dashed lines (compare: previous).
    QList<QLineSeries *> previousLines() const { return m_previous; }
    QLineSeries *targetLine() const { return m_target; }
    bool areaMode() const;
    bool comparesPrevious() const;

protected:
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;
    void settle() override;

private:
    void styleAxis(QValueAxis *axis) const;
    void updateValueAxis();
    QLineSeries *lineAt(int index);
    QLineSeries *previousAt(int index, const QColor &colour);
    void attach(QAbstractSeries *series);

    QGraphicsScene *m_chartScene = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QAreaSeries *> m_areas;
    QList<QLineSeries *> m_previous;
    QLineSeries *m_target = nullptr;
    std::pair<double, double> m_valueRange{0.0, 0.0};
    int m_maxTicks = 5;
};

} // namespace iocwall
