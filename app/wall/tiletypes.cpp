#include "wall/tiletypes.h"

namespace iocwall {

const TileTypeSpecs &builtinTileTypes()
{
    static const TileTypeSpecs types = [] {
        TileTypeSpecs all;
        for (const auto &group : {chartTileTypes(), infoTileTypes(), cameraTileTypes()})
            for (const TileTypeSpec &spec : group)
                all.insert(spec.id, spec);
        return all;
    }();
    return types;
}

} // namespace iocwall
