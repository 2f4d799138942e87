// Scene versions: a version-1 file is migrated on load to the same scene its
// version-2 form gives; scene files are saved atomically with a .bak.
#include "support/testutil.h"
#include "wall/scene.h"
#include "wall/scenefile.h"
#include "wall/scenemigration.h"
#include "wall/tiletypes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

Scene load(const QString &path)
{
    ConfigIssues issues(path);
    const auto scene = readScene(path, WallGeometry{}, builtinTileTypes(), issues);
    EXPECT_TRUE(scene.has_value()) << issues.summary().toStdString();
    return scene.value_or(Scene{});
}

void expectSameScene(const Scene &a, const Scene &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.columnsPerScreen, b.columnsPerScreen);
    EXPECT_EQ(a.rowsPerScreen, b.rowsPerScreen);
    EXPECT_EQ(a.staleAfterS, b.staleAfterS);
    ASSERT_EQ(a.tiles.size(), b.tiles.size());
    for (qsizetype i = 0; i < a.tiles.size(); ++i) {
        const TileSpec &x = a.tiles.at(i);
        const TileSpec &y = b.tiles.at(i);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.type, y.type);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(QRect(x.column, x.row, x.columnSpan, x.rowSpan),
                  QRect(y.column, y.row, y.columnSpan, y.rowSpan));
        EXPECT_TRUE(x.binding == y.binding) << x.id.toStdString();
        EXPECT_EQ(x.props, y.props) << x.id.toStdString();
    }
}

} // namespace

TEST(SceneMigration, AVersion1FileLoadsAsItsVersion2Form)
{
    const Scene v1 = load(test::sourceDir() + u"/tests/fixtures/scenes/overview-v1.json"_s);
    const Scene v2 = load(test::sourceDir() + u"/data/scenes/overview.json"_s);
    ASSERT_GE(v1.tiles.size(), 12);
    expectSameScene(v1, v2);
    // The v1 "days" window survives the rename.
    const auto aqi = std::find_if(v1.tiles.begin(), v1.tiles.end(),
                                  [](const TileSpec &t) { return t.id == u"chart-aqi"; });
    ASSERT_NE(aqi, v1.tiles.end());
    EXPECT_EQ(aqi->binding.days, 3);
    EXPECT_EQ(aqi->binding.indicators, QStringList{u"env.aqi"_s});
}

TEST(SceneMigration, StepOneToTwoRewritesOnlyTheBindings)
{
    const QJsonObject v1 = QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X",
        "grid":{"columns_per_screen":4},
        "tiles":[{"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"i","days":7}},
                 {"id":"n","type":"note","col":1,"row":0,"props":{"text":"t"}},
                 {"id":"l","type":"line","col":2,"row":0,"binding":{"indicators":["i","j"]}}]})")
                               .object();
    ConfigIssues issues(u"x.json"_s);
    int from = 0;
    const auto v2 = migrateSceneJson(v1, issues, &from);
    ASSERT_TRUE(v2.has_value()) << issues.summary().toStdString();
    EXPECT_EQ(from, 1);
    EXPECT_EQ(v2->value(u"version"_s).toInt(), 2);
    const QJsonArray tiles = v2->value(u"tiles"_s).toArray();
    const QJsonObject a = tiles.at(0).toObject().value(u"binding"_s).toObject();
    EXPECT_EQ(a, QJsonDocument::fromJson(R"({"indicators":["i"],"window_days":7})").object());
    EXPECT_EQ(tiles.at(1).toObject(), v1.value(u"tiles"_s).toArray().at(1).toObject());
    EXPECT_EQ(tiles.at(2).toObject().value(u"binding"_s).toObject().value(u"indicators"_s),
              QJsonValue(QJsonArray{u"i"_s, u"j"_s}));
    EXPECT_EQ(v2->value(u"grid"_s), v1.value(u"grid"_s));
}

TEST(SceneMigration, Version1NamesInAVersion2FileAreNamed)
{
    ConfigIssues issues(u"scenes/x.json"_s);
    const auto scene = sceneFromJson(QJsonDocument::fromJson(R"({"version":2,"id":"x","name":"X",
        "tiles":[{"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"i","days":3}}]})")
                                         .object(),
                                     WallGeometry{}, builtinTileTypes(), issues);
    EXPECT_FALSE(scene.has_value());
    const QString e = issues.summary();
    EXPECT_TRUE(e.contains(u"scenes/x.json: /tiles/0/binding/indicator: phiên bản 2 không dùng "
                           "trường này; thay bằng \"indicators\": [...]"_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/0/binding/days: phiên bản 2 không dùng trường này; thay bằng "
                           "\"window_days\""_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/0/binding/indicators: thiếu trường bắt buộc"_s))
        << e.toStdString();
}

TEST(SceneFile, SaveKeepsThePreviousVersionAsBak)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"overview.json"_s);
    writeFile(path, "{\"version\": 1, \"old\": true}\n");
    QString error;
    const QJsonObject next{{u"version"_s, 2}, {u"id"_s, u"overview"_s}};
    ASSERT_TRUE(saveSceneJson(next, path, &error)) << error.toStdString();
    EXPECT_EQ(readAll(sceneBackupPath(path)), "{\"version\": 1, \"old\": true}\n");
    EXPECT_EQ(QJsonDocument::fromJson(readAll(path)).object(), next);
    // Saving again keeps only the version just replaced.
    const QJsonObject third{{u"version"_s, 2}, {u"id"_s, u"third"_s}};
    ASSERT_TRUE(saveSceneJson(third, path, &error)) << error.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(readAll(sceneBackupPath(path))).object(), next);
    EXPECT_EQ(QJsonDocument::fromJson(readAll(path)).object(), third);
    // No temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

TEST(SceneFile, ANewFileNeedsNoBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.json"_s);
    QString error;
    ASSERT_TRUE(saveSceneJson({{u"version"_s, 2}}, path, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(sceneBackupPath(path)));
}

TEST(SceneFile, AFailedBackupLeavesTheOriginalUntouchedAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"overview.json"_s);
    writeFile(path, "original");
    // Something in the way of the backup: a folder where the .bak would go.
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"overview.json.bak"_s));
    QString error;
    EXPECT_FALSE(saveSceneJson({{u"version"_s, 2}}, path, &error));
    EXPECT_EQ(readAll(path), "original");
    EXPECT_TRUE(error.startsWith(u"không giữ được bản cũ ở "_s + sceneBackupPath(path) + u": "_s))
        << error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"overview.json"_s});
}

TEST(SceneFile, AReadOnlyFolderLeavesTheOriginalUntouchedAndSaysWhy)
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(u"scenes"_s);
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString path = sub + u"/overview.json"_s;
    writeFile(path, "original");
    QString target = path;
    if (::geteuid() == 0) {
        // root writes into read-only folders: use a path under a file instead,
        // which no user can create.
        target = path + u"/inside.json"_s;
    } else {
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
    }
    QString error;
    EXPECT_FALSE(saveSceneJson({{u"version"_s, 2}}, target, &error));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(readAll(path), "original");
    EXPECT_TRUE(error.startsWith(u"không ghi được "_s + target + u": "_s)) << error.toStdString();
    EXPECT_GT(error.size(), (u"không ghi được "_s + target + u": "_s).size());
}

TEST(SceneFile, SavedTextKeepsTheReadingOrderAndTheContent)
{
    QFile f(test::sourceDir() + u"/data/scenes/overview.json"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject scene = QJsonDocument::fromJson(f.readAll()).object();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"overview.json"_s);
    QString error;
    ASSERT_TRUE(saveSceneJson(scene, path, &error)) << error.toStdString();
    const QByteArray text = readAll(path);
    EXPECT_TRUE(text.startsWith("{\n  \"version\": 2,\n  \"id\": \"overview\",\n  \"name\": "))
        << text.left(120).toStdString();
    EXPECT_TRUE(text.contains("\"id\": \"chart-aqi\",\n      \"type\": \"line\",")) << "tile order";
    EXPECT_TRUE(text.contains("\"indicators\": [\"env.aqi\"],")) << "flat arrays on one line";
    EXPECT_TRUE(text.contains("Tổng quan")) << "UTF-8 kept as is";
    EXPECT_EQ(QJsonDocument::fromJson(text).object(), scene);
}
