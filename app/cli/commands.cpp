#include "command.h"

namespace iocwall::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        // {"probe", "probe SOURCE.json [--file PAYLOAD]", &runProbe},
    };
    return all;
}

} // namespace iocwall::cli
