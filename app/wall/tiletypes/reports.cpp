// Tile types for breakdowns and lists: stacked bars, pie/donut, the overdue
// table and the ticker of the newest 1022 reports.
#include "wall/tiletypes.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QList<TileTypeSpec> reportTileTypes()
{
    using K = PropertySpec::Kind;
    // Bound to up to eight indicators (one segment each) or to the 1022 reports by status.
    TileTypeSpec stacked{u"stacked"_s, false, 8, {}};
    stacked.properties = {
        {u"data"_s, K::Choice, u"reports"_s, {}, {}, {u"reports"_s, u"indicators"_s}},
        {u"orientation"_s, K::Choice, u"horizontal"_s, {}, {}, {u"horizontal"_s, u"vertical"_s}},
        {u"max_bars"_s, K::Integer, 10, 1.0, 30.0, {}},
        {u"show_legend"_s, K::Boolean, true, {}, {}, {}},
        // With indicators: the status colour of each segment, e.g. "good,critical"
        // (empty: the theme's series colours).
        {u"segment_status"_s, K::String, QString(), {}, {}, {}},
        // false where the segments do not add up to anything (revenue and spending).
        {u"show_total"_s, K::Boolean, true, {}, {}, {}},
    };
    TileTypeSpec pie{u"pie"_s, false, 0, {}};
    pie.properties = {
        {u"by"_s, K::Choice, u"category"_s, {}, {}, {u"category"_s, u"status"_s}},
        {u"donut"_s, K::Boolean, true, {}, {}, {}},
        {u"max_slices"_s, K::Integer, 6, 2.0, 12.0, {}},
    };
    TileTypeSpec table{u"table"_s, false, 0, {}};
    table.properties = {
        // Comma-separated, left to right: id, title, category, area, agency,
        // address, deadline, days_late.
        {u"columns"_s,
         K::String,
         u"category,area,agency,days_late"_s,
         {},
         {},
         {u"id"_s, u"title"_s, u"category"_s, u"area"_s, u"agency"_s, u"address"_s, u"deadline"_s,
          u"days_late"_s}},
        {u"page_s"_s, K::Integer, 8, 1.0, 120.0, {}},
        {u"critical_days"_s, K::Integer, 3, 1.0, 60.0, {}},
    };
    TileTypeSpec ticker{u"ticker"_s, false, 0, {}};
    ticker.properties = {
        // How far the text moves each second, in heights of the smallest text.
        {u"speed"_s, K::Number, 2.0, 0.5, 10.0, {}},
        {u"max_items"_s, K::Integer, 20, 1.0, 50.0, {}},
    };
    return {stacked, pie, table, ticker};
}

} // namespace iocwall
