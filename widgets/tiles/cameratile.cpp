#include "cameratile.h"

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec CameraTile::typeSpec()
{
    return builtinTileTypes().value(u"camera"_s);
}

} // namespace iocwall
