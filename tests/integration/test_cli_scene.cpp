// iocwall-cli scene migrate, run as the built program on copies of real files.
#include "support/testutil.h"
#include "wall/scenefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult sceneCli(const QStringList &args)
{
    QProcess p;
    p.start(test::binaryDir() + u"/app/iocwall-cli"_s, QStringList{u"scene"_s} + args);
    CliResult r;
    EXPECT_TRUE(p.waitForFinished(60000));
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(CliScene, MigrateRewritesAVersion1FileAndKeepsTheOldOne)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"scenes"_s);
    ASSERT_TRUE(
        QFile::copy(test::sourceDir() + u"/data/wall.json"_s, dir.filePath(u"wall.json"_s)));
    const QString file = dir.filePath(u"scenes/overview.json"_s);
    ASSERT_TRUE(
        QFile::copy(test::sourceDir() + u"/tests/fixtures/scenes/overview-v1.json"_s, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);

    const CliResult r = sceneCli({u"migrate"_s, file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"đã chuyển "_s + file + u" từ phiên bản 1 sang 2; bản cũ giữ ở "_s +
                               sceneBackupPath(file)))
        << r.out.toStdString();
    EXPECT_EQ(readAll(sceneBackupPath(file)), before);
    const QJsonObject now = QJsonDocument::fromJson(readAll(file)).object();
    EXPECT_EQ(now.value(u"version"_s).toInt(), 2);
    // The same content as the shipped version-2 file.
    const QJsonObject shipped =
        QJsonDocument::fromJson(readAll(test::sourceDir() + u"/data/scenes/overview.json"_s))
            .object();
    EXPECT_EQ(now, shipped);

    // A second run finds nothing to do and leaves both files alone.
    const QByteArray migrated = readAll(file);
    const CliResult again = sceneCli({u"migrate"_s, file});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"đã ở phiên bản 2; không đổi gì"_s)) << again.out.toStdString();
    EXPECT_EQ(readAll(file), migrated);
    EXPECT_EQ(readAll(sceneBackupPath(file)), before);
}

TEST(CliScene, MigrateRefusesAnInvalidOrFutureFileAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bad.json"_s);
    const QByteArray bad =
        R"({"version":1,"id":"x","name":"X","tiles":[{"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"i","days":0}}]})";
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bad);
    }
    const CliResult r = sceneCli({u"migrate"_s, file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(file + u": /tiles/0/binding/window_days: cần một số nguyên từ 1"_s))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"không chuyển được "_s + file + u"; tệp giữ nguyên"_s))
        << r.err.toStdString();
    EXPECT_EQ(readAll(file), bad);
    EXPECT_FALSE(QFile::exists(sceneBackupPath(file)));

    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"version":3,"id":"x","name":"X","tiles":[]})");
    }
    const CliResult future = sceneCli({u"migrate"_s, file});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(file + u": /version: tệp cảnh phiên bản 3 mới hơn"_s))
        << future.err.toStdString();

    EXPECT_EQ(sceneCli({u"convert"_s, file}).exitCode, 2);
}
