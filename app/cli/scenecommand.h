#pragma once

#include <QStringList>
#include <QTextStream>

namespace iocwall::cli {

// iocwall-cli scene migrate FILE [--wall WALL.json]
// Rewrites a scene file of an older version in the current one (atomically,
// the old file kept as FILE.bak) after checking that the result is a valid
// scene for the wall (--wall, else the wall.json next to the scenes folder,
// else the default 3 × 2 wall). A file already current is left alone. Exit
// code 0 on success, 1 when the file is unusable or cannot be written (each
// problem on `err` as `file: /json/path: what was expected`), 2 on a wrong
// command line. Threading: any one thread; reads and writes files only.
int runScene(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace iocwall::cli
