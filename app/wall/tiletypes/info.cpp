// Tile types that show no indicator: the clock, a text note, source health.
#include "wall/tiletypes.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QList<TileTypeSpec> infoTileTypes()
{
    using K = PropertySpec::Kind;
    TileTypeSpec clock{u"clock"_s, false, 0, {}};
    clock.properties = {
        {u"show_seconds"_s, K::Boolean, true, {}, {}, {}},
        {u"show_date"_s, K::Boolean, true, {}, {}, {}},
    };
    TileTypeSpec note{u"note"_s, false, 0, {}};
    note.properties = {
        {u"text"_s, K::String, QString(), {}, {}, {}},
        {u"text_en"_s, K::String, QString(), {}, {}, {}},
        {u"size"_s, K::Number, 1.4, 1.0, 6.0, {}},
        {u"align"_s, K::Choice, u"left"_s, {}, {}, {u"left"_s, u"center"_s}},
    };
    TileTypeSpec health{u"health"_s, false, 0, {}};
    health.properties = {
        {u"show_latency"_s, K::Boolean, true, {}, {}, {}},
    };
    return {clock, note, health};
}

} // namespace iocwall
