#pragma once

#include <QGraphicsView>

namespace iocwall {

// Shows a region of the wall: one screen's rectangle on a full-screen output,
// or the whole canvas scaled to fit in a preview window. Keys: 1–9 pick a
// scene, PageUp/PageDown step through them, F11 toggles full screen.
class WallView : public QGraphicsView {
    Q_OBJECT
public:
    WallView(const QRectF &region, bool scaleToFit, QWidget *parent = nullptr);

    void setRegion(const QRectF &region);
    // Shows `scene` in this view's region (keeps the view scaled to fit).
    void showWallScene(QGraphicsScene *scene);

Q_SIGNALS:
    void sceneRequested(int index);
    void sceneStep(int delta);
    // Device pixels per canvas unit after the view was fitted (1 on a screen).
    void paintScaleChanged(double scale);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void fit();
    QRectF m_region;
    bool m_scaleToFit;
};

} // namespace iocwall
