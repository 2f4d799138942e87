#pragma once

#include "tiles/tileitem.h"

class QChart;
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
// the target as a dashed line. An update reuses the chart's series and axes;
// nothing is rebuilt.
class LineChartTile : public TileItem {
    Q_OBJECT
public:
    LineChartTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();
    int queryParts() const override { return TileQuery::Series; }

    QChart *chart() const { return m_chart; }
    QList<QLineSeries *> lines() const { return m_lines; }

protected:
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *, const QRectF &) override {}

private:
    void styleAxis(QValueAxis *axis) const;
    void updateValueAxis();
    QLineSeries *lineAt(int index);

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_lines;
    QLineSeries *m_target = nullptr;
    std::pair<double, double> m_valueRange{0.0, 0.0};
    int m_maxTicks = 5;
};

} // namespace iocwall
