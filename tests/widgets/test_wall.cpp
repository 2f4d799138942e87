#include "hub/secretstore.h"
#include "runtime/configset.h"
#include "runtime/wallruntime.h"
#include "support/testutil.h"
#include "tilefixtures.h"
#include "tiles/kpitile.h"
#include "wall/screenshot.h"
#include "wall/wallcontroller.h"
#include "wall/wallscene.h"
#include "wall/wallview.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

ConfigSet builtinConfig()
{
    QList<ConfigError> errors;
    auto config = loadConfigSet(builtinConfigDir(), TileRegistry::builtin().specs(), &errors);
    EXPECT_TRUE(config.has_value());
    for (const ConfigError &e : errors)
        ADD_FAILURE() << e.toString().toStdString();
    return config.value_or(ConfigSet{});
}

// Where a canvas rectangle lands in the rendered wall image (bezels removed).
QRect inImage(const QRectF &canvasRect, const WallGeometry &wall)
{
    const int gap = wall.bezelPx();
    const int col = int(canvasRect.left()) / (wall.screenWidthPx + gap);
    const int row = int(canvasRect.top()) / (wall.screenHeightPx + gap);
    return canvasRect.toRect().translated(-col * gap, -row * gap);
}

} // namespace

TEST(Wall, EveryTileOfTheOverviewPaintsItsData)
{
    const ConfigSet config = builtinConfig();
    TileEnvironment env;
    WallScene scene(config.wall, config.scenes.first(), TileRegistry::builtin(), env.context());
    ASSERT_GE(scene.tiles().size(), 12);
    int value = 100;
    for (TileItem *tile : scene.tiles()) {
        // A map needs no indicator; it gets reports instead.
        const IndicatorInfo info = indicator(
            tile->spec().binding.indicators.value(0, u"pakn.received"_s), u"hồ sơ"_s, {}, {});
        TileData d = kpiData(info, value++, 90);
        if (tile->queryParts() & TileQuery::Series)
            d.series = seriesData(info, 2, 30).series;
        if (tile->queryParts() & TileQuery::ReportPins)
            d.reportPins = {
                {u"PA-1"_s, u"long-hoa"_s, ReportPin::State::Overdue, 11.2848, 106.1325}};
        tile->setData(d);
    }
    const QImage image = renderWall(scene, config.wall);
    ASSERT_EQ(image.size(), QSize(5760, 2160));
    for (TileItem *tile : scene.tiles()) {
        const QRect r = inImage(tile->sceneBoundingRect(), config.wall).adjusted(30, 120, -30, -90);
        EXPECT_GT(pixelsDifferentFrom(image, r, env.theme.tile), 1500)
            << "blank tile " << tile->spec().id.toStdString();
        if (auto *kpi = qobject_cast<KpiTile *>(tile)) {
            EXPECT_EQ(kpi->valueText().toInt(), int(*kpi->data().latest));
        }
    }
}

TEST(Wall, DemoScreenshotCommandWritesTheWholeWall)
{
    QTemporaryDir dir;
    QProcess wall;
    wall.setProgram(binaryDir() + u"/app/iocwall"_s);
    wall.setArguments(
        {u"--demo"_s, u"--data-dir"_s, dir.path(), u"--screenshot"_s, dir.filePath(u"wall.png"_s)});
    wall.start();
    ASSERT_TRUE(wall.waitForFinished(120000));
    EXPECT_EQ(wall.exitCode(), 0) << wall.readAllStandardError().toStdString();
    const QImage image(dir.filePath(u"wall.png"_s));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(5760, 2160));
    EXPECT_TRUE(QString::fromUtf8(wall.readAllStandardOutput()).contains(u"wall.png"_s));
}

TEST(Wall, BadSceneOnTheCommandLineExitsNonZeroNamingTheProblem)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"scenes"_s);
    QFile::copy(sourceDir() + u"/data/wall.json"_s, dir.filePath(u"wall.json"_s));
    QFile bad(dir.filePath(u"scenes/overview.json"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"version":1,"id":"overview","name":"Tổng quan","tiles":[{"id":"a","type":"kpi","col":0,"row":"top"}]})");
    bad.close();
    QProcess wall;
    wall.start(binaryDir() + u"/app/iocwall"_s,
               {u"--config"_s, dir.path(), u"--data-dir"_s, dir.path(), u"--screenshot"_s,
                dir.filePath(u"x.png"_s)});
    ASSERT_TRUE(wall.waitForFinished(60000));
    EXPECT_NE(wall.exitCode(), 0);
    const QString err = QString::fromUtf8(wall.readAllStandardError());
    EXPECT_TRUE(err.contains(dir.filePath(u"scenes/overview.json"_s) +
                             u": /tiles/0/row: cần một số nguyên"_s))
        << err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"x.png"_s)));
}

TEST(Wall, OpensFromTheCacheWhenTheApiIsUnreachable)
{
    QTemporaryDir dir;
    // 1. A demo run fills the cache.
    QProcess fill;
    fill.start(binaryDir() + u"/app/iocwall"_s, {u"--demo"_s, u"--data-dir"_s, dir.path(),
                                                 u"--screenshot"_s, dir.filePath(u"first.png"_s)});
    ASSERT_TRUE(fill.waitForFinished(120000));
    ASSERT_EQ(fill.exitCode(), 0) << fill.readAllStandardError().toStdString();

    // 2. The wall starts again with its sources pointing at a port nobody serves.
    WallRuntime runtime(defaultCachePath(dir.path()));
    QString error, notice;
    ASSERT_TRUE(runtime.openCache(&error, &notice)) << error.toStdString();
    QList<ConfigError> errors;
    QList<SourceConfig> sources = demoSources(u"http://127.0.0.1:9"_s, &errors);
    TileEnvironment env;
    WallController controller(runtime, builtinConfig(), TileRegistry::builtin(), env.context());
    controller.showScene(0);
    bool firstRound = false;
    QObject::connect(&runtime, &WallRuntime::firstRoundDone, &controller,
                     [&] { firstRound = true; });
    SecretStore secrets;
    secrets.set(u"demo-province-token"_s, u"demo-province-token"_s);
    secrets.set(u"demo-town-token"_s, u"demo-town-token"_s);
    runtime.startSources(sources, secrets);
    ASSERT_TRUE(waitUntil([&] { return firstRound; }, 30000));
    const quint64 generation = controller.refreshAll();
    ASSERT_TRUE(waitUntil([&] { return controller.answeredSince(generation); }, 30000));
    for (TileItem *tile : controller.currentScene()->tiles()) {
        EXPECT_TRUE(tile->data().hasData()) << tile->spec().id.toStdString();
        EXPECT_EQ(tile->freshness(), Freshness::Stale) << tile->spec().id.toStdString();
        EXPECT_TRUE(tile->footerText().startsWith(u"Dữ liệu cũ – cập nhật lúc "_s))
            << tile->footerText().toStdString();
        ASSERT_FALSE(tile->data().sources.isEmpty());
        EXPECT_TRUE(tile->data().sources.first().lastError.contains(u"không kết nối được"_s))
            << tile->data().sources.first().lastError.toStdString();
    }
}

TEST(Wall, ABrokenSceneEditKeepsTheLastGoodScene)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"scenes"_s);
    ASSERT_TRUE(QFile::copy(sourceDir() + u"/data/wall.json"_s, dir.filePath(u"wall.json"_s)));
    const QString sceneFile = dir.filePath(u"scenes/overview.json"_s);
    ASSERT_TRUE(QFile::copy(sourceDir() + u"/data/scenes/overview.json"_s, sceneFile));
    QFile::setPermissions(sceneFile, QFile::ReadOwner | QFile::WriteOwner);
    QList<ConfigError> errors;
    auto config = loadConfigSet(dir.path(), TileRegistry::builtin().specs(), &errors);
    ASSERT_TRUE(config.has_value());

    WallRuntime runtime(dir.filePath(u"cache.sqlite"_s));
    QString error, notice;
    ASSERT_TRUE(runtime.openCache(&error, &notice));
    TileEnvironment env;
    WallController controller(runtime, *config, TileRegistry::builtin(), env.context());
    controller.showScene(0);
    controller.watchSceneFiles();
    QStringList problems;
    QObject::connect(&controller, &WallController::problem, &controller,
                     [&](const QString &p) { problems.append(p); });
    const qsizetype tiles = controller.currentScene()->tiles().size();

    auto write = [&](const QByteArray &bytes) {
        QFile f(sceneFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(
        R"({"version":1,"id":"overview","name":"Hỏng","tiles":[{"id":"a","type":"no-such-type","col":0,"row":0}]})");
    ASSERT_TRUE(waitUntil([&] { return !problems.isEmpty(); }, 10000));
    EXPECT_TRUE(problems.first().contains(sceneFile + u": /tiles/0/type"_s))
        << problems.first().toStdString();
    EXPECT_EQ(controller.currentScene()->sceneSpec().name, u"Tổng quan"_s);
    EXPECT_EQ(controller.currentScene()->tiles().size(), tiles);

    write(R"({"version":1,"id":"overview","name":"Tổng quan mới","tiles":[
        {"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"dvc.received"}}]})");
    ASSERT_TRUE(waitUntil(
        [&] { return controller.currentScene()->sceneSpec().name == u"Tổng quan mới"; }, 10000));
    EXPECT_EQ(controller.currentScene()->tiles().size(), 1);
}

TEST(Wall, PreviewViewScalesTheWholeCanvasIntoItsWindow)
{
    const ConfigSet config = builtinConfig();
    TileEnvironment env;
    WallScene scene(config.wall, config.scenes.first(), TileRegistry::builtin(), env.context());
    WallView view(QRectF(QPointF(0, 0), config.wall.canvasSize()), true);
    view.resize(1728, 648);
    view.show();
    view.showWallScene(&scene);
    const double expected = 1728.0 / config.wall.canvasSize().width();
    EXPECT_NEAR(view.transform().m11(), expected, 0.01);
    EXPECT_NEAR(view.transform().m22(), expected, 0.01);
    // The whole canvas is visible.
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    EXPECT_LE(visible.left(), 1.0);
    EXPECT_GE(visible.right(), config.wall.canvasSize().width() - 2.0);
}
