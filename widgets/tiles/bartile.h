#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// Wards and communes ranked by the bound indicator over the binding's window:
// one horizontal bar per area, best first, coloured by the catalog's
// thresholds, with the value at the bar's end. The area named by `highlight`
// is drawn bold on a band, and kept on screen even when ranked below the cut.
class BarTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Ranking; }

    struct Row {
        QString area;
        QString name;      // "1. Phường 1"
        QString valueText; // "1.234,5"
        double value = 0.0;
        Status status = Status::Unknown;
        bool highlighted = false;
    };
    // The rows shown when `capacity` rows fit (max_bars caps it further).
    QList<Row> rows(int capacity) const;
    // The rows the last layout shows.
    QList<Row> shownRows() const { return rows(m_capacity); }
    QStringList labels() const; // the shown value texts, best first

protected:
    bool hasContent(const TileData &data) const override { return !data.ranking.isEmpty(); }
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    double rowHeight() const;
    int m_capacity = 8;
};

} // namespace iocwall
