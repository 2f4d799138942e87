#include "tileregistry.h"

#include "tiles/bartile.h"
#include "tiles/cameradiagnosticstile.h"
#include "tiles/cameragridtile.h"
#include "tiles/cameratile.h"
#include "tiles/clocktile.h"
#include "tiles/gaugetile.h"
#include "tiles/healthtile.h"
#include "tiles/kpitile.h"
#include "tiles/linecharttile.h"
#include "tiles/maptile.h"
#include "tiles/notetile.h"
#include "tiles/pietile.h"
#include "tiles/stackedtile.h"
#include "tiles/tabletile.h"
#include "tiles/tickertile.h"

namespace iocwall {

namespace {
template <typename T> TileRegistry::Factory make()
{
    return [](const TileSpec &spec, const TileContext &context) { return new T(spec, context); };
}
} // namespace

void TileRegistry::add(const TileTypeSpec &spec, Factory factory)
{
    m_specs.insert(spec.id, spec);
    m_factories[spec.id] = std::move(factory);
}

TileItem *TileRegistry::create(const TileSpec &spec, const TileContext &context) const
{
    const auto it = m_factories.find(spec.type);
    return it == m_factories.end() ? nullptr : it->second(spec, context);
}

TileRegistry TileRegistry::builtin()
{
    TileRegistry r;
    r.add(KpiTile::typeSpec(), make<KpiTile>());
    r.add(LineChartTile::typeSpec(), make<LineChartTile>());
    r.add(BarTile::typeSpec(), make<BarTile>());
    r.add(GaugeTile::typeSpec(), make<GaugeTile>());
    r.add(ClockTile::typeSpec(), make<ClockTile>());
    r.add(NoteTile::typeSpec(), make<NoteTile>());
    r.add(HealthTile::typeSpec(), make<HealthTile>());
    r.add(StackedTile::typeSpec(), make<StackedTile>());
    r.add(PieTile::typeSpec(), make<PieTile>());
    r.add(TableTile::typeSpec(), make<TableTile>());
    r.add(TickerTile::typeSpec(), make<TickerTile>());
    r.add(MapTile::typeSpec(), make<MapTile>());
    r.add(CameraTile::typeSpec(), make<CameraTile>());
    r.add(CameraGridTile::typeSpec(), make<CameraGridTile>());
    r.add(CameraDiagnosticsTile::typeSpec(), make<CameraDiagnosticsTile>());
    return r;
}

} // namespace iocwall
