// Camera tile types: one camera, a grid of cameras (a list, a filter, a tour)
// and the diagnostics of every stream on the wall.
#include "wall/tiletypes.h"

using namespace Qt::StringLiterals;

namespace iocwall {

QList<TileTypeSpec> cameraTileTypes()
{
    using K = PropertySpec::Kind;
    // What every tile that plays cameras has.
    const QList<PropertySpec> playing = {
        // Resolution and fps over each picture (key I toggles it on the wall).
        {u"show_stats"_s, K::Boolean, false, {}, {}, {}},
        // Seconds without a new picture before a camera counts as lost.
        {u"stall_timeout_s"_s, K::Integer, 5, 1.0, 120.0, {}},
        {u"rtsp_transport"_s, K::Choice, u"auto"_s, {}, {}, {u"auto"_s, u"tcp"_s, u"udp"_s}},
    };
    TileTypeSpec camera{u"camera"_s, false, 0, {}};
    camera.properties = {{u"camera"_s, K::String, QString(), {}, {}, {}}};
    camera.properties += playing;

    TileTypeSpec grid{u"camera-grid"_s, false, 0, {}};
    grid.properties = {
        {u"layout"_s, K::Choice, u"2x2"_s, {}, {}, {u"1x1"_s, u"2x2"_s, u"3x3"_s, u"4x4"_s}},
        // Camera ids separated by commas; empty: every camera the filter lets through.
        {u"cameras"_s, K::String, QString(), {}, {}, {}},
        {u"kind"_s,
         K::Choice,
         u"any"_s,
         {},
         {},
         {u"any"_s, u"traffic"_s, u"public_order"_s, u"one_stop_desk"_s, u"other"_s}},
        {u"area"_s, K::String, QString(), {}, {}, {}},
        // A tour shows the cameras a grid's worth at a time, `dwell_s` each.
        {u"tour"_s, K::Boolean, false, {}, {}, {}},
        {u"dwell_s"_s, K::Integer, 15, 3.0, 3600.0, {}},
    };
    grid.properties += playing;

    TileTypeSpec diagnostics{u"camera-diagnostics"_s, false, 0, {}};
    diagnostics.properties = {
        {u"show_url"_s, K::Boolean, false, {}, {}, {}},
    };
    return {camera, grid, diagnostics};
}

} // namespace iocwall
