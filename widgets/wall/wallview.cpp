#include "wallview.h"

#include "tiles/painttarget.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace iocwall {

WallView::WallView(const QRectF &region, bool scaleToFit, QWidget *parent)
    : QGraphicsView(parent)
    , m_region(region)
    , m_scaleToFit(scaleToFit)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(QColor(0x05, 0x0a, 0x14));
    // drawBackground() fills the canvas between the tiles and nothing else:
    // neither the widget's own background nor the view's fills each repaint first.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setSceneRect(m_region);
}

void WallView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Items opaque over a rectangle (the tiles, TileItem::opaqueArea) paint
    // every pixel of it: the canvas colour goes only between them, not under
    // a camera cell before each new picture covers it.
    const QTransform t = painter->worldTransform();
    if (!scene() || t.type() > QTransform::TxScale) {
        QGraphicsView::drawBackground(painter, rect);
        return;
    }
    QRegion fill(t.mapRect(rect).toAlignedRect());
    const QList<QGraphicsItem *> items =
        scene()->items(rect, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible() || item->effectiveOpacity() < 1.0 ||
            item->sceneTransform().type() > QTransform::TxTranslate)
            continue;
        const QPainterPath opaque = item->opaqueArea();
        if (opaque.isEmpty())
            continue;
        const QRectF box = opaque.boundingRect();
        QPainterPath asRect;
        asRect.addRect(box);
        if (opaque != asRect)
            continue; // not a rectangle: the canvas is filled under it
        const QRectF d = t.mapRect(item->sceneTransform().mapRect(box));
        // Only the device pixels the item covers in full.
        fill -= QRect(QPoint(qCeil(d.left()), qCeil(d.top())),
                      QPoint(qFloor(d.right()) - 1, qFloor(d.bottom()) - 1));
    }
    // `rect` bounds all that is repainted: new pictures in cells far apart
    // would have the canvas between every tile filled again.
    if (const PaintTarget target = PaintTarget::of(painter); !target.repainted.isEmpty())
        fill &= target.repainted;
    painter->save();
    painter->setWorldTransform(QTransform());
    for (const QRect &r : fill)
        painter->fillRect(r, backgroundBrush());
    painter->restore();
}

void WallView::showWallScene(QGraphicsScene *scene)
{
    setScene(scene);
    fit(); // fitInView does nothing without a scene
}

void WallView::setRegion(const QRectF &region)
{
    m_region = region;
    setSceneRect(region);
    fit();
}

void WallView::fit()
{
    if (m_scaleToFit)
        fitInView(m_region, Qt::KeepAspectRatio);
    else
        centerOn(m_region.center());
    Q_EMIT paintScaleChanged(transform().m11());
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void WallView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fit();
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        Q_EMIT sceneRequested(key - Qt::Key_1);
    } else if (key == Qt::Key_PageDown) {
        Q_EMIT sceneStep(+1);
    } else if (key == Qt::Key_PageUp) {
        Q_EMIT sceneStep(-1);
    } else if (key == Qt::Key_F11) {
        QWidget *w = window();
        w->setWindowState(w->windowState() ^ Qt::WindowFullScreen);
    } else {
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace iocwall
