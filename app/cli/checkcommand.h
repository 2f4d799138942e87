#pragma once

#include "util/configerror.h"

#include <QTextStream>

namespace iocwall::cli {

// iocwall-cli check CONFIGDIR
// Validates wall.json, scenes/*.json and sources/*.json of a configuration
// folder (for "json" sources the mapping too, field by field) and prints each
// problem on `out` as `file: /json/path: what was expected`; a count goes to
// `err`. Exit code 0 when there is none, 1 when there are, 2 on a wrong
// command line.
// Threading: any one thread; reads files only.
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);

// Every problem of the folder, in file order (the work of runCheck).
QList<ConfigError> checkConfigDir(const QString &dir);

} // namespace iocwall::cli
