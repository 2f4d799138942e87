#include "clirun.h"

#include "testutil.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace iocwall::test {

CliRun runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binaryDir() + u"/app/iocwall-cli"_s, args);
    CliRun r;
    EXPECT_TRUE(p.waitForStarted(10000)) << p.errorString().toStdString();
    EXPECT_TRUE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000));
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace iocwall::test
