#include "testutil.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace iocwall::test {

bool waitUntil(const std::function<bool()> &done, int timeout_ms)
{
    QDeadlineTimer deadline(timeout_ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("IOCWALL_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(IOCWALL_TEST_SOURCE_DIR) : dir;
}

QString binaryDir()
{
    const QString dir = qEnvironmentVariable("IOCWALL_BINARY_DIR");
    return dir.isEmpty() ? QStringLiteral(IOCWALL_TEST_BINARY_DIR) : dir;
}

} // namespace iocwall::test
