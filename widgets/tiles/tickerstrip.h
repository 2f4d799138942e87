#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPixmap>

namespace iocwall {

// The moving band of a ticker: pre-rendered items drawn one after another,
// shifted left by `offset` and repeated so the band never runs out. Moving it
// repaints this band only, from pixmaps, never the tile around it.
// Threading: GUI thread only.
class TickerStrip : public QGraphicsItem {
public:
    explicit TickerStrip(QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setSize(const QSizeF &size);
    void setItems(QList<QPixmap> items, double spacing);
    // The length of one round of items, spacing included.
    double period() const { return m_period; }
    double offset() const { return m_offset; }
    void setOffset(double offset);

private:
    QSizeF m_size;
    QList<QPixmap> m_items;
    double m_spacing = 0.0;
    double m_period = 0.0;
    double m_offset = 0.0;
};

} // namespace iocwall
