// Every scene shipped in data/scenes/ rendered by the real program on the demo:
// the whole wall, not blank, and every tile bound to data showing data.
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QStringList shippedSceneIds()
{
    QStringList ids;
    const QDir dir(test::sourceDir() + u"/data/scenes"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            ids.append(QJsonDocument::fromJson(f.readAll()).object().value(u"id"_s).toString());
    }
    return ids;
}

// Distinct colours in a coarse sample of the image: a blank wall has one or two.
qsizetype distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

TEST(DemoScenes, EverySceneRendersTheWholeWallWithData)
{
    const QStringList ids = shippedSceneIds();
    ASSERT_GE(ids.size(), 5);
    QTemporaryDir dir; // one cache for all runs, as on a real wall
    for (const QString &id : ids) {
        SCOPED_TRACE(id.toStdString());
        const QString png = dir.filePath(id + u".png"_s);
        const QString report = dir.filePath(id + u".json"_s);
        QProcess wall;
        wall.start(test::binaryDir() + u"/app/iocwall"_s,
                   {u"--demo"_s, u"--scene"_s, id, u"--data-dir"_s, dir.path(), u"--screenshot"_s,
                    png, u"--screenshot-report"_s, report});
        ASSERT_TRUE(wall.waitForFinished(180000));
        ASSERT_EQ(wall.exitCode(), 0) << wall.readAllStandardError().toStdString();

        const QImage image(png);
        ASSERT_EQ(image.size(), QSize(5760, 2160));
        EXPECT_GT(distinctColours(image), 200);

        QFile f(report);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        EXPECT_EQ(r.value(u"scene"_s).toString(), id);
        EXPECT_TRUE(r.value(u"complete"_s).toBool());
        const QJsonArray tiles = r.value(u"tiles"_s).toArray();
        EXPECT_GE(tiles.size(), 6); // six screens: at least a tile each (camera grids are large)
        for (const QJsonValue &v : tiles) {
            const QJsonObject t = v.toObject();
            if (t.value(u"bound"_s).toBool())
                EXPECT_EQ(t.value(u"state"_s).toString(), u"data"_s)
                    << "tile " << t.value(u"id"_s).toString().toStdString();
        }
    }
}
