#pragma once

#include "tiles/cameraview.h"
#include "tiles/tileitem.h"

#include <QTimer>

namespace iocwall {

// Cameras in a 1×1 … 4×4 grid: a list of ids, or every camera of a kind
// and/or area in the registry; with a tour, the grid steps through them a
// grid's worth at a time. Click selects a camera; double-click or Enter
// enlarges it to its whole screen on the main stream (Esc or double-click
// back); S saves its picture, I toggles resolution/fps, D the diagnostics.
// Players run only while the tile is on the wall (its scene shown).
// Threading: GUI thread only.
class CameraGridTile : public TileItem {
    Q_OBJECT
public:
    CameraGridTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();

    int queryParts() const override { return 0; }

    int gridSize() const { return m_grid; } // 2 for 2×2
    // Every camera id the tile cycles through, and those on show now.
    const QStringList &cameraIds() const { return m_ids; }
    QStringList shownIds() const;
    CameraView *view(int cell) const { return m_views.value(cell); }
    QRectF cellRect(int cell) const; // in item coordinates

    int selectedCell() const { return m_selected; }
    void select(int cell);
    void setEnlarged(bool enlarged);
    bool isEnlarged() const { return m_enlarged; }
    void stepTour();
    void setShowStats(bool show);
    void setShowDiagnostics(bool show);
    bool isPlaying() const { return m_playing; }

    // Saves the selected camera's picture to <snapshot dir>/<id>-<time>.png;
    // returns the file, or empty with `error` set.
    QString saveSnapshot(QString *error = nullptr);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    bool usesPaintCache() const override { return false; }
    QList<QRectF> liveCover() const override;

Q_SIGNALS:
    void snapshotSaved(const QString &file);

protected:
    bool hasContent(const TileData &) const override { return true; }
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void paintContent(QPainter *painter, const QRectF &content) override;
    void layoutContent(const QRectF &content) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList resolveIds() const;
    void showPage(int page);
    void updatePlaying();
    int cellAt(const QPointF &pos) const;
    StreamOptions streamOptions() const;

    int m_grid = 2;
    QStringList m_ids;
    int m_page = 0;
    QList<CameraView *> m_views; // one per cell on show
    int m_selected = 0;
    bool m_enlarged = false;
    QRectF m_normalRect;
    bool m_playing = false;
    bool m_showStats = false;
    bool m_showDiagnostics = false;
    QRectF m_exposed;
    QWidget *m_intoWindow = nullptr; // this paint goes into this view's window
    QTimer m_tour;
};

} // namespace iocwall
