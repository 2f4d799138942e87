#include "wallview.h"

#include <QKeyEvent>

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
    setBackgroundBrush(QColor(0x05, 0x0a, 0x14));
    setSceneRect(m_region);
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
