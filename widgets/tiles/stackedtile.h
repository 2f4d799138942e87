#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// Stacked bars, one per ward/commune: either the bound indicators (one segment
// each, prop data = "indicators") or the 1022 reports by status (data =
// "reports"). Horizontal or vertical, a legend above, the total at each bar's
// end. Report statuses take their status colours; indicator segments take the
// series colours, or the status colours named by `segment_status`.
class StackedTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override;

    struct Segment {
        QString key;   // indicator code or report status
        QString label; // as the legend shows it
        QColor colour;
    };
    struct Bar {
        QString area;
        QString name;
        QList<double> values; // one per segment
        double total = 0.0;
        QString totalText; // "1.234"
    };
    bool vertical() const;
    QList<Segment> segments() const { return m_segments; }
    // The bars shown when `capacity` bars fit (max_bars caps it further).
    QList<Bar> bars(int capacity) const;
    QList<Bar> shownBars() const { return bars(m_capacity); }
    QStringList totals() const; // the shown totals, in order

protected:
    bool hasContent(const TileData &data) const override { return !data.breakdown.isEmpty(); }
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    double legendHeight(double width) const;
    void paintLegend(QPainter *painter, const QRectF &area) const;
    void paintHorizontal(QPainter *painter, const QRectF &area, const QList<Bar> &shown) const;
    void paintVertical(QPainter *painter, const QRectF &area, const QList<Bar> &shown) const;
    QString unit() const;

    QList<Segment> m_segments;
    int m_capacity = 10;
};

} // namespace iocwall
