#pragma once

#include "util/configerror.h"

#include <QJsonDocument>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace iocwall {

// One polygon of an area: the outer ring first, then any holes. Points are
// (longitude, latitude) in degrees, rings closed (last point == first).
struct GeoPolygon {
    QList<QList<QPointF>> rings;

    friend bool operator==(const GeoPolygon &, const GeoPolygon &) = default;
};

// One administrative area's boundary, keyed by the area code of data/areas.
struct GeoFeature {
    QString code;
    QString name; // from the properties; the areas catalog's name when absent
    QString nameEn;
    QString shortName; // what a map label shows ("Long Hoa" for "Phường Long Hoa")
    QList<GeoPolygon> polygons;

    // The area-weighted centre of the largest polygon's outer ring: where its label goes.
    QPointF labelPoint() const;
    friend bool operator==(const GeoFeature &, const GeoFeature &) = default;
};

struct GeoMap {
    QString name;
    bool approximate = false; // boundaries drawn for a demo, not the legal ones
    QList<GeoFeature> features;

    // (min lon, min lat) to (max lon, max lat) over every ring; null when empty.
    QRectF bounds() const;
    const GeoFeature *feature(const QString &code) const;
};

// Where a map's GeoJSON is read from: empty means the built-in boundaries; a
// relative path is taken from the configuration folder `configDir` when the
// file is there, else from the built-in data folder (":/data"); absolute and
// resource (":/...") paths as they are.
QString geoJsonPath(const QString &configured, const QString &configDir = {});

// Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features whose
// properties carry the area `code` (and optionally name, name_en, short_name).
// Every problem is recorded in `issues` with its JSON Pointer path and what was
// expected; the map is returned only when there were none.
std::optional<GeoMap> readGeoJson(const QString &fileName, ConfigIssues &issues);
std::optional<GeoMap> geoJsonFromDocument(const QJsonDocument &doc, ConfigIssues &issues);

} // namespace iocwall
