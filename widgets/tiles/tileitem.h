#pragma once

#include "camera/camerainfo.h"
#include "runtime/freshness.h"
#include "runtime/vnformat.h"
#include "store/tiledata.h"
#include "theme.h"
#include "wall/scene.h"
#include "wall/tiletypes.h"

#include <QGraphicsObject>

namespace iocwall {

class StreamBudget;

// What every tile is given besides its own spec.
struct TileContext {
    const Theme *theme = nullptr;
    const Formatter *formatter = nullptr;
    bool english = false;
    int staleAfterS = 900;
    int expiredAfterS = 3600;
    // The camera registry, for camera tiles (null: no cameras configured).
    const CameraRegistry *cameras = nullptr;
    // The wall's camera decode budget and roll of streams (null: no limit, no roll).
    StreamBudget *streams = nullptr;
    // The wall's screens, for a camera enlarged to a whole screen (null: the tile's own).
    const WallGeometry *wall = nullptr;
    // Where camera snapshots go (<data dir>/snapshots); empty: not offered.
    QString snapshotDir;
};

// A tile on the wall: the frame (title, data age and source in the footer,
// amber/red when stale, "no data yet" when empty) around content drawn by a
// subclass. Threading: GUI thread only; data arrives as TileData values.
class TileItem : public QGraphicsObject {
    Q_OBJECT
public:
    TileItem(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);

    const TileSpec &spec() const { return m_spec; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Places the tile on the canvas.
    void setTileRect(const QRectF &rect);
    // What to ask the cache for (TileQuery::Part flags).
    virtual int queryParts() const { return TileQuery::Latest; }

    // New data: repaints only when what is shown changed.
    void setData(const TileData &data);
    // Time moved on: re-derives the freshness state, repaints if it changed.
    void refreshFreshness(const QDateTime &now);

    const TileData &data() const { return m_data; }
    bool hasAnswer() const { return m_answered; }
    Freshness freshness() const { return m_freshness; }
    // "Cập nhật 08:15 · IOC tỉnh Tây Ninh", or the stale warning; empty with no data.
    QString footerText(bool withSource = true) const;
    const QDateTime &now() const { return m_now; }

protected:
    // Whether `data` gives this tile anything to show; without it the frame
    // says "no data yet". Tiles that show more than values override it.
    virtual bool hasContent(const TileData &data) const { return data.hasData(); }
    // Called with new data before the repaint; a subclass updates its own items.
    virtual void applyData(const TileData &data) { Q_UNUSED(data) }
    // Called when the content rectangle changes size.
    virtual void layoutContent(const QRectF &content) { Q_UNUSED(content) }
    virtual void paintContent(QPainter *painter, const QRectF &content) = 0;

    QRectF contentRect() const;
    const TileContext &context() const { return m_context; }
    const Theme &theme() const { return *m_context.theme; }
    const Formatter &format() const { return *m_context.formatter; }
    QString title() const;
    // The bound indicator's catalog entry, if the cache knows it.
    const IndicatorInfo *indicator() const;

private:
    void paintFrame(QPainter *painter);
    double padding() const;
    int titleLines() const;
    double titleHeight() const;
    double footerHeight() const;

    TileSpec m_spec;
    TileContext m_context;
    QSizeF m_size;
    TileData m_data;
    bool m_answered = false;
    Freshness m_freshness = Freshness::NoData;
    QDateTime m_now;
};

} // namespace iocwall
