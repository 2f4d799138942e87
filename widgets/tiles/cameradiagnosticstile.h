#pragma once

#include "tiles/tileitem.h"

#include <QTimer>

namespace iocwall {

// The technicians' view of every camera stream on the wall: state, fps,
// resolution, reconnects, last error and since when, one row per stream,
// from the wall's StreamBudget roll. Refreshes once a second while shown.
// Threading: GUI thread only.
class CameraDiagnosticsTile : public TileItem {
    Q_OBJECT
public:
    CameraDiagnosticsTile(TileSpec spec, const TileContext &context,
                          QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();

    int queryParts() const override { return 0; }
    // One line per stream, as drawn (tests read them).
    QStringList rows() const;

protected:
    bool hasContent(const TileData &) const override { return true; }
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    QString stateName(int state) const;
    QTimer m_refresh;
};

} // namespace iocwall
