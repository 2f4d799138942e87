#pragma once

#include "geo/geojson.h"
#include "geo/geoprojection.h"
#include "tiles/mapshapes.h"
#include "tiles/tileitem.h"

#include <array>

namespace iocwall {

// A map of the town's areas (GeoJSON boundaries, names on them) with the 1022
// reports as markers coloured by state and a legend with the counts. With an
// indicator bound, the areas are shaded by it (its thresholds' colours, or a
// ramp from low to high). Boundaries are read once, when the tile is made;
// outlines are projected again only when the tile changes size.
class MapTile : public TileItem {
    Q_OBJECT
public:
    MapTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();
    int queryParts() const override;

    // What a reader of the boundaries said (empty when they loaded).
    const QString &boundaryError() const { return m_boundaryError; }
    const GeoMap *boundaries() const { return m_map ? &*m_map : nullptr; }
    const QList<ProjectedArea> &areas() const { return m_areas; }
    // Where each area's name is drawn (centre of its text), in areas() order.
    QList<QPointF> labelCentres() const;
    const GeoProjection &projection() const { return m_projection; }
    QRectF mapRect() const { return m_mapRect; }

    // Markers shown per state (resolved ones only when shown), in State order.
    std::array<int, 4> counts() const { return m_counts; }
    QColor stateColour(ReportPin::State state) const;
    static QString stateName(ReportPin::State state);
    // The fill of an area: by the bound indicator's value there, if any.
    std::optional<QColor> areaFill(const QString &code) const;

protected:
    bool hasContent(const TileData &data) const override;
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    void reproject();
    void placeLabels();
    void paintLabels(QPainter *painter) const;
    void paintMarkers(QPainter *painter) const;
    void paintLegend(QPainter *painter) const;
    bool showResolved() const;
    bool showReports() const;

    std::optional<GeoMap> m_map;
    QString m_boundaryError;
    QRectF m_content;
    QRectF m_mapRect;
    QRectF m_legendRect;
    bool m_legendBeside = true;
    GeoProjection m_projection;
    QList<ProjectedArea> m_areas;
    // Each area's name as drawn: its lines and their centre, moved off the
    // markers where the area has room.
    struct PlacedLabel {
        QStringList lines;
        QPointF centre;
    };
    QList<PlacedLabel> m_labels;
    std::array<int, 4> m_counts{0, 0, 0, 0};
    QRectF m_pinBounds; // lon/lat of the markers, for a map without boundaries
};

} // namespace iocwall
