#include "command.h"

#include "cachecommand.h"
#include "checkcommand.h"
#include "healthcommand.h"
#include "probecommand.h"
#include "scenecommand.h"

namespace iocwall::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {"probe",
         "probe SOURCE.json [--file PAYLOAD] [--request N] [--var NAME=VALUE] (probe --help: more)",
         &runProbe},
        {"check", "check CONFIGDIR", &runCheck},
        {"health", "health [--data-dir DIR] [--json]", &runHealth},
        {"cache",
         "cache stats|vacuum|export [--data-dir DIR] [--indicator ID --from DATE --to DATE [--area "
         "A] [--vi-headers]]",
         &runCache},
        {"scene", "scene migrate FILE [--wall WALL.json]", &runScene},
    };
    return all;
}

} // namespace iocwall::cli
