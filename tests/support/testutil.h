#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <ostream>

// Readable QString values in GoogleTest messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace iocwall::test {

// Runs the event loop until `done` holds or `timeout_ms` passes; returns
// whether it held. Tests wait on conditions, never on fixed sleeps.
bool waitUntil(const std::function<bool()> &done, int timeout_ms = 10000);

// The project's source folder (set by ctest in IOCWALL_SOURCE_DIR).
QString sourceDir();
// A folder of built programs (IOCWALL_BINARY_DIR), e.g. for iocwall-sim.
QString binaryDir();

} // namespace iocwall::test
