#pragma once

#include "tiles/tileitem.h"
#include "wall/tiletype.h"

#include <functional>
#include <map>

namespace iocwall {

// Tile types by id: what the scene reader validates against (the spec) and
// how to make one (the factory). A new tile type is one file pair and one
// line in builtin().
class TileRegistry {
public:
    using Factory = std::function<TileItem *(const TileSpec &, const TileContext &)>;

    void add(const TileTypeSpec &spec, Factory factory);
    TileItem *create(const TileSpec &spec, const TileContext &context) const;
    TileTypeSpecs specs() const { return m_specs; }

    static TileRegistry builtin();

private:
    TileTypeSpecs m_specs;
    std::map<QString, Factory> m_factories;
};

} // namespace iocwall
