#pragma once

#include <functional>

#include "camera/camerainfo.h"
#include "runtime/freshness.h"
#include "runtime/vnformat.h"
#include "store/tiledata.h"
#include "theme.h"
#include "wall/scene.h"
#include "wall/tiletypes.h"

#include <QGraphicsObject>
#include <QRegion>

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
    // The configuration folder, for files a tile names (a map's GeoJSON);
    // empty: the built-in data only.
    QString configDir;
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
    // All of the tile: its cache is opaque, the canvas colour in its corners,
    // and live content covers its cells in full. The wall fills no canvas under it.
    QPainterPath opaqueArea() const override;

    // Live content is drawn on whole device pixels: `rect` (item coordinates)
    // as the device pixels it covers (edges rounded), and `rect` moved onto
    // them. The frame is not copied under devicePixels() of a liveCover() cell.
    static QRect devicePixels(const QRectF &rect, const QTransform &t);
    static QRectF snapToPixels(const QRectF &rect, const QTransform &t);

    // Places the tile on the canvas.
    void setTileRect(const QRectF &rect);
    // What to ask the cache for (TileQuery::Part flags).
    virtual int queryParts() const { return TileQuery::Latest; }

    // New data: repaints only when what is shown changed.
    void setData(const TileData &data);
    // Time moved on: re-derives the freshness state, repaints if it changed.
    void refreshFreshness(const QDateTime &now);

    // The paint cache: a tile draws itself once into an image at the scale it
    // is shown at (device pixels per canvas unit) and the wall only copies that
    // image until the tile's content changes, so a scene switched to paints in
    // a fraction of the time. warmCache() fills it ahead of the first paint
    // (for a scene prepared off the wall); dropCache() frees it.
    void warmCache(double scale);
    // False for tiles whose content is live (camera pictures): the cache then
    // holds the frame alone and the content is painted over it every time.
    virtual bool usesPaintCache() const { return true; }
    bool cacheReady(double scale) const;
    void dropCache();
    qsizetype cacheBytes() const { return m_cache.sizeInBytes(); }

    const TileData &data() const { return m_data; }
    bool hasAnswer() const { return m_answered; }
    // Whether the tile shows content now (not "no data yet" or a read error).
    bool showsContent() const { return hasContent(m_data); }
    Freshness freshness() const { return m_freshness; }
    // "Cập nhật 08:15 · IOC tỉnh Tây Ninh", or the stale warning; empty with no data.
    QString footerText(bool withSource = true) const;
    const QDateTime &now() const { return m_now; }

protected:
    // Hides QGraphicsItem::update() for subclasses: what they ask to repaint
    // has changed, so the paint cache is re-rendered first.
    void update(const QRectF &rect = QRectF());
    // Finishes what the tile defers to the event loop (a chart's layout)
    // before it is rendered into the cache ahead of being shown.
    virtual void settle() {}
    // Live content (a camera's new picture) changed within `rect`: repaints
    // it without drawing the cached frame again.
    // `kept` gives, for a view's viewport and `rect`'s device pixels in it,
    // the pixels of its window within `rect` that stay as they are (see
    // paintsIntoWindow()).
    using KeptPixels = std::function<QRegion(const QWidget *viewport, const QRect &pixels)>;
    void updateLive(const QRectF &rect, const KeptPixels &kept = {});
    // The viewport of the view showing the scene whose window `painter`
    // paints into (`widget` is that viewport); null for a screenshot or a grab.
    QWidget *paintsIntoWindow(QPainter *painter, QWidget *widget) const;
    // Rectangles (item coordinates) that a tile with live content paints over
    // in full every time, moved onto whole pixels (snapToPixels): the cached
    // frame is not copied under them.
    virtual QList<QRectF> liveCover() const { return {}; }

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
    void paintUncached(QPainter *painter, bool withContent = true);
    void renderCache(double sx, double sy);
    bool cacheFits(double sx, double sy) const;
    QSize cachePixels(double sx, double sy) const;
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
    // Opaque: tiles sit on the plain canvas, whose colour fills the corners.
    QImage m_cache;
    double m_cacheSx = 0.0;
    double m_cacheSy = 0.0;
    bool m_cacheValid = false;
    // contentRect() measures the title's font: kept while the tile's size,
    // text size and title stay the same (a camera cell asks for it each frame).
    struct ContentKey {
        QSizeF size;
        double textPx = 0;
        QString title;
        bool operator==(const ContentKey &) const = default;
    };
    mutable ContentKey m_contentKey;
    mutable QRectF m_contentRect;
};

} // namespace iocwall
