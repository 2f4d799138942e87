// Tile types that draw on a map of the town's areas.
#include "wall/tiletypes.h"

using namespace Qt::StringLiterals;

namespace iocwall {

// The built-in boundaries (approximate, for the demo): data/geo/hoa-thanh.geojson.
const QString kDefaultGeoJson = u"geo/hoa-thanh.geojson"_s;

QList<TileTypeSpec> mapTileTypes()
{
    using K = PropertySpec::Kind;
    // An indicator is optional: when bound, the areas are shaded by it.
    TileTypeSpec map{u"map"_s, false, 1, {}};
    map.properties = {
        // A GeoJSON FeatureCollection of the areas; a relative path is read
        // from the built-in data folder.
        {u"geojson"_s, K::String, kDefaultGeoJson, {}, {}, {}},
        // false: the shading alone (an air-quality map needs no 1022 reports).
        {u"show_reports"_s, K::Boolean, true, {}, {}, {}},
        {u"show_resolved"_s, K::Boolean, true, {}, {}, {}},
        // Marker diameter as a fraction of the wall's smallest text size.
        {u"marker_size"_s, K::Number, 0.4, 0.1, 1.5, {}},
        {u"show_labels"_s, K::Boolean, true, {}, {}, {}},
    };
    return {map};
}

} // namespace iocwall
