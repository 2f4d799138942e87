#pragma once

#include <QStringList>
#include <QTextStream>

namespace iocwall::cli {

// One verb of iocwall-cli. `args` are the words after the verb. Results go to
// `out` (machine-readable where the command says so), problems to `err`; the
// return value is the process exit code (0 only on success).
struct Command {
    const char *name;
    const char *usage;   // one line, shown by `iocwall-cli --help`
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

// Every command, in the order --help lists them (see commands.cpp: adding a
// command is one file pair and one line there).
const QList<Command> &commands();

} // namespace iocwall::cli
