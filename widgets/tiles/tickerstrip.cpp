#include "tickerstrip.h"

#include <QPainter>

#include <cmath>

namespace iocwall {

TickerStrip::TickerStrip(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemClipsToShape);
}

void TickerStrip::setSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_size = size;
    update();
}

void TickerStrip::setItems(QList<QPixmap> items, double spacing)
{
    m_items = std::move(items);
    m_spacing = spacing;
    m_period = 0.0;
    for (const QPixmap &p : m_items)
        m_period += p.width() / p.devicePixelRatio() + m_spacing;
    setOffset(m_offset);
    update();
}

void TickerStrip::setOffset(double offset)
{
    const double wrapped = m_period > 0 ? std::fmod(std::max(0.0, offset), m_period) : 0.0;
    if (wrapped == m_offset)
        return;
    m_offset = wrapped;
    update();
}

void TickerStrip::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_items.isEmpty() || m_period <= 0)
        return;
    painter->setClipRect(boundingRect());
    // Starts where the offset falls in the first round, repeats until the band is full.
    double x = -m_offset;
    for (qsizetype i = 0; x < m_size.width(); i = (i + 1) % m_items.size()) {
        const QPixmap &p = m_items.at(i);
        const double w = p.width() / p.devicePixelRatio();
        if (x + w > 0)
            painter->drawPixmap(
                QPointF(x, (m_size.height() - p.height() / p.devicePixelRatio()) / 2), p);
        x += w + m_spacing;
    }
}

} // namespace iocwall
