#pragma once

#include <QStringList>
#include <QTextStream>

namespace iocwall::cli {

// iocwall-cli health [--data-dir DIR] [--json]: the source_health table of the
// cache, one source per block (or one JSON object per line with --json). Exit
// code 0 when every source is healthy, 1 when one is not, 2 on a usage error
// or an unreadable cache.
int runHealth(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace iocwall::cli
