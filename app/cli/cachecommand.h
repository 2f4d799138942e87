#pragma once

#include <QStringList>
#include <QTextStream>

namespace iocwall::cli {

// iocwall-cli cache stats|vacuum|export [--data-dir DIR] ...
int runCache(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace iocwall::cli
