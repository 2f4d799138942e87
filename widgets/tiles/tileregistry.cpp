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
#include "tiles/notetile.h"

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
    r.add(CameraTile::typeSpec(), make<CameraTile>());
    r.add(CameraGridTile::typeSpec(), make<CameraGridTile>());
    r.add(CameraDiagnosticsTile::typeSpec(), make<CameraDiagnosticsTile>());
    return r;
}

} // namespace iocwall
