// Tile types that chart one or more indicators.
#include "wall/tiletypes.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QList<TileTypeSpec> chartTileTypes()
{
    using K = PropertySpec::Kind;
    TileTypeSpec kpi{u"kpi"_s, true, 1, {}};
    kpi.properties = {
        {u"show_target"_s, K::Boolean, true, {}, {}, {}},
        {u"show_change"_s, K::Boolean, true, {}, {}, {}},
        // A small line of the binding's recent series under the value.
        {u"sparkline"_s, K::Boolean, false, {}, {}, {}},
    };
    TileTypeSpec line{u"line"_s, true, 1, {}};
    line.properties = {
        {u"show_legend"_s, K::Boolean, true, {}, {}, {}},
        {u"show_target"_s, K::Boolean, true, {}, {}, {}},
        {u"line_width"_s, K::Number, 0.09, 0.02, 0.5, {}},
        // area: the space under each line filled.
        {u"mode"_s, K::Choice, u"line"_s, {}, {}, {u"line"_s, u"area"_s}},
        // previous: the window before this one as a dashed line on the same x
        // axis (the last 7 days against the 7 before them).
        {u"compare"_s, K::Choice, u"none"_s, {}, {}, {u"none"_s, u"previous"_s}},
    };
    TileTypeSpec bar{u"bar"_s, true, 1, {}};
    bar.properties = {
        {u"max_bars"_s, K::Integer, 8, 1.0, 30.0, {}},
        {u"highlight"_s, K::String, QString(), {}, {}, {}},
        {u"show_rank"_s, K::Boolean, true, {}, {}, {}},
        // worst_first: the areas that need attention at the top (the ranks stay).
        {u"order"_s, K::Choice, u"best_first"_s, {}, {}, {u"best_first"_s, u"worst_first"_s}},
    };
    TileTypeSpec gauge{u"gauge"_s, true, 1, {}};
    gauge.properties = {
        {u"max"_s, K::Number, 0.0, 0.0, {}, {}},
        {u"show_target"_s, K::Boolean, true, {}, {}, {}},
    };
    return {kpi, line, bar, gauge};
}

} // namespace iocwall
