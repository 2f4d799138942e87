#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace iocwall::test {

// What one run of the built iocwall-cli gave.
struct CliRun {
    int exitCode = -1; // -1: crashed or never finished
    QStringList lines; // stdout, one per line
    QString err;
};

// Runs build/app/iocwall-cli with `args`, keeping the test thread's event loop
// going (a simulator or fixture server in this thread must answer it).
CliRun runCli(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace iocwall::test
