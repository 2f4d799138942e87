// iocwall-cli check reads the boundaries a map tile names, from the
// configuration folder, and reports their problems by file and JSON path.
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Checked {
    int exitCode = -1;
    QString out;
};

Checked check(const QString &dir)
{
    QProcess p;
    p.start(iocwall::test::binaryDir() + u"/app/iocwall-cli"_s, {u"check"_s, dir});
    EXPECT_TRUE(p.waitForStarted(10000)) << p.errorString().toStdString();
    EXPECT_TRUE(
        iocwall::test::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray mapScene(const QByteArray &geojson)
{
    return R"({"version": 1, "id": "map", "name": "Bản đồ phản ánh", "tiles": [
      {"id": "m", "type": "map", "col": 0, "row": 0, "col_span": 4, "row_span": 2,
       "props": {"geojson": ")" +
           geojson + R"("}}]})";
}

} // namespace

TEST(CliCheckMap, BoundariesInTheConfigFolderAreChecked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(iocwall::test::sourceDir() + u"/data/wall.json"_s,
                            dir.filePath(u"wall.json"_s)));
    write(dir.filePath(u"scenes/map.json"_s), mapScene("geo/town.geojson"));
    write(dir.filePath(u"geo/town.geojson"_s), R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"code": "long-hoa"},
       "geometry": {"type": "Point", "coordinates": [106.13, 11.28]}}]})");
    const Checked broken = check(dir.path());
    EXPECT_EQ(broken.exitCode, 1) << broken.out.toStdString();
    EXPECT_TRUE(broken.out.contains(dir.filePath(u"geo/town.geojson"_s) +
                                    u": /features/0/geometry/type: "_s))
        << broken.out.toStdString();

    // The built-in boundaries, named the same way, pass.
    write(dir.filePath(u"scenes/map.json"_s), mapScene("geo/hoa-thanh.geojson"));
    const Checked good = check(dir.path());
    EXPECT_EQ(good.exitCode, 0) << good.out.toStdString();
}
