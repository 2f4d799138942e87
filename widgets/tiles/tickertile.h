#pragma once

#include "tiles/tileitem.h"

#include <QElapsedTimer>

class QTimer;

namespace iocwall {

class TickerStrip;

// The newest 1022 reports running right to left along the tile: a dot in the
// status colour, the time (08:15), category, area and title. The text is
// rendered once per answer; a ~30 Hz timer only moves the strip, and stops
// while the tile is hidden or empty.
class TickerTile : public TileItem {
    Q_OBJECT
public:
    TickerTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Reports; }

    struct Item {
        QString id;
        QString text; // "08:15 · Môi trường · Phường Long Hoa · Rác thải …"
        QColor dot;
    };
    const QList<Item> &items() const { return m_items; }
    double offset() const;
    double speedPxPerS() const;
    bool running() const;

protected:
    bool hasContent(const TileData &data) const override { return !data.recentReports.isEmpty(); }
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *, const QRectF &) override {}
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void step();
    void render();
    void updateTimer();

    TickerStrip *m_strip = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    double m_startOffset = 0.0;
    QList<Item> m_items;
};

} // namespace iocwall
