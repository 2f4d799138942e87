// Switching scenes on a real cache: the old scene stays on show until the new
// one is answered (never a frame of empty tiles), and switching back asks the
// cache only for what changed meanwhile.
#include "runtime/configset.h"
#include "runtime/wallruntime.h"
#include "support/cachefixture.h"
#include "support/testutil.h"
#include "tilefixtures.h"
#include "wall/wallcontroller.h"

#include <QSet>

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
    return config.value_or(ConfigSet{});
}

// Three days of values, fetched a minute ago, for every indicator the first
// two scenes are bound to.
void fill(CacheFixture &cache, const ConfigSet &config)
{
    QSet<QString> codes;
    for (int i = 0; i < 2; ++i)
        for (const TileSpec &tile : config.scenes.at(i).tiles)
            for (const QString &code : tile.binding.indicators)
                codes.insert(code);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &code : codes) {
        QList<std::tuple<QString, QDateTime, double>> values;
        for (int h = 72; h >= 0; h -= 3)
            for (const QString &area : {u"long-hoa"_s, u"hiep-tan"_s, u"truong-tay"_s})
                values.append({area, now.addSecs(-h * 3600), 50.0 + h % 7});
        cache.writer().write(
            CacheFixture::observations(code, Aggregation::Average, values, now.addSecs(-60)));
    }
}

bool everyTileAnswered(const WallScene *scene)
{
    return scene && std::all_of(scene->tiles().begin(), scene->tiles().end(),
                                [](const TileItem *t) { return t->hasAnswer(); });
}

struct SwitchFixture : ::testing::Test {
    CacheFixture cache;
    ConfigSet config = builtinConfig();
    TileEnvironment env;
    std::unique_ptr<WallRuntime> runtime;
    std::unique_ptr<WallController> controller;

    void SetUp() override
    {
        ASSERT_GE(config.scenes.size(), 2);
        ASSERT_EQ(config.scenes.first().id, u"overview"_s);
        fill(cache, config);
        runtime = std::make_unique<WallRuntime>(cache.path());
        QString error, notice;
        ASSERT_TRUE(runtime->openCache(&error, &notice)) << error.toStdString();
        controller = std::make_unique<WallController>(*runtime, config, TileRegistry::builtin(),
                                                      env.context());
        // A loaded test machine may be slow: the switch waits for the cache, not a clock.
        controller->setSwapWaitMs(60000);
        controller->showScene(0);
        ASSERT_TRUE(waitUntil([&] { return everyTileAnswered(controller->currentScene()); }));
    }
};

} // namespace

TEST_F(SwitchFixture, TheOldSceneStaysUntilTheNewOneIsAnswered)
{
    WallScene *overview = controller->currentScene();
    QList<int> answeredAtSwap, withContentAtSwap, boundAtSwap;
    QObject::connect(controller.get(), &WallController::sceneShown, controller.get(),
                     [&](WallScene *shown) {
                         int answered = 0, content = 0, bound = 0;
                         for (const TileItem *t : shown->tiles()) {
                             answered += t->hasAnswer();
                             if (!t->spec().binding.indicators.isEmpty()) {
                                 ++bound;
                                 content += t->showsContent();
                             }
                         }
                         answeredAtSwap.append(answered);
                         withContentAtSwap.append(content);
                         boundAtSwap.append(bound);
                     });
    controller->showScene(1);
    // Asked, not yet answered: the overview is still what the wall shows.
    EXPECT_EQ(controller->currentScene(), overview);
    EXPECT_EQ(controller->pendingIndex(), 1);
    ASSERT_TRUE(waitUntil([&] { return controller->currentIndex() == 1; }, 30000));
    ASSERT_EQ(answeredAtSwap.size(), 1);
    const qsizetype tiles = controller->currentScene()->tiles().size();
    EXPECT_EQ(answeredAtSwap.first(), tiles) << "a tile was shown before the cache answered it";
    EXPECT_GT(boundAtSwap.first(), 5);
    EXPECT_EQ(withContentAtSwap.first(), boundAtSwap.first())
        << "a bound tile showed \"no data yet\" when the scene appeared";
}

TEST_F(SwitchFixture, SwitchingBackAsksTheCacheOnlyForWhatChanged)
{
    controller->showScene(1);
    ASSERT_TRUE(waitUntil([&] { return controller->currentIndex() == 1; }, 30000));
    ASSERT_TRUE(waitUntil([&] { return everyTileAnswered(controller->currentScene()); }));

    // Back and forth: both scenes are built and answered, so nothing is asked.
    const quint64 before = controller->queriesSent();
    controller->showScene(0);
    EXPECT_EQ(controller->currentIndex(), 0) << "a ready scene is shown at once";
    controller->showScene(1);
    EXPECT_EQ(controller->currentIndex(), 1);
    EXPECT_EQ(controller->queriesSent(), before);

    // The AQI changes while the overview is hidden: only its AQI tiles are asked again.
    int aqiTiles = 0;
    for (const TileSpec &t : config.scenes.first().tiles)
        aqiTiles += t.binding.indicators.contains(u"env.aqi"_s);
    ASSERT_GE(aqiTiles, 2);
    Q_EMIT runtime->dataChanged({u"env.aqi"_s});
    const quint64 hidden = controller->queriesSent();
    controller->showScene(0);
    EXPECT_EQ(controller->currentIndex(), 0);
    EXPECT_EQ(controller->queriesSent(), hidden + quint64(aqiTiles));
}

TEST_F(SwitchFixture, PreparedScenesSwitchAtOnceWithoutAskingTheCache)
{
    controller->prepareAllScenes();
    const int count = int(config.scenes.size());
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int i = 0; i < count; ++i)
                if (!everyTileAnswered(controller->scene(i)))
                    return false;
            return true;
        },
        30000));
    const quint64 before = controller->queriesSent();
    for (int i = count - 1; i >= 0; --i) {
        controller->showScene(i);
        EXPECT_EQ(controller->currentIndex(), i);
    }
    EXPECT_EQ(controller->queriesSent(), before);
}

TEST_F(SwitchFixture, PreparedScenesAreRenderedOffTheWallAtThePaintScale)
{
    controller->prepareAllScenes();
    const int count = int(config.scenes.size());
    auto renderedAhead = [&](double scale) {
        for (int i = 1; i < count; ++i) {
            const WallScene *s = controller->builtScene(i);
            if (!everyTileAnswered(s))
                return false;
            for (const TileItem *t : s->tiles())
                if (t->usesPaintCache() && !t->cacheReady(scale))
                    return false;
        }
        return controller->warmQueueSize() == 0;
    };
    EXPECT_EQ(controller->paintScale(), 1.0);
    ASSERT_TRUE(waitUntil([&] { return renderedAhead(1.0); }, 60000));
    // The scene on show is painted by the views, not ahead.
    for (const TileItem *t : controller->currentScene()->tiles())
        EXPECT_FALSE(t->cacheReady(1.0)) << t->spec().id.toStdString();

    // A preview refitted to another size renders them again at its scale.
    controller->setPaintScale(0.25);
    EXPECT_GT(controller->warmQueueSize(), 0);
    ASSERT_TRUE(waitUntil([&] { return renderedAhead(0.25); }, 60000));
}

TEST_F(SwitchFixture, ScenesOffTheWallKeepTheirPaintCachesWithinTheBudget)
{
    EXPECT_EQ(config.wall.paintCacheMb, 512) << "the default budget";
    controller->prepareAllScenes();
    const int count = int(config.scenes.size());
    ASSERT_GE(count, 3);
    auto prepared = [&] {
        for (int i = 0; i < count; ++i)
            if (!everyTileAnswered(controller->builtScene(i)))
                return false;
        return controller->warmQueueSize() == 0;
    };
    ASSERT_TRUE(waitUntil(prepared, 60000));
    const qsizetype all = controller->offWallCacheBytes();
    EXPECT_GT(all, 0);

    // Room for about one scene: the one shown most recently keeps its cache.
    controller->showScene(1);
    controller->showScene(0);
    ASSERT_EQ(controller->currentIndex(), 0);
    const WallScene *recent = controller->builtScene(1);
    qsizetype recentBytes = 0;
    for (const TileItem *t : recent->tiles())
        recentBytes += t->cacheBytes();
    ASSERT_GT(recentBytes, 0);
    controller->setPaintCacheBudget(recentBytes);
    controller->showScene(1);
    controller->showScene(0); // the switch trims
    EXPECT_LE(controller->offWallCacheBytes(), recentBytes);
    for (const TileItem *t : recent->tiles())
        EXPECT_TRUE(!t->usesPaintCache() || t->cacheReady(controller->paintScale()))
            << t->spec().id.toStdString();
    qsizetype others = 0;
    for (int i = 2; i < count; ++i)
        for (const TileItem *t : controller->builtScene(i)->tiles())
            others += t->cacheBytes();
    EXPECT_EQ(others, 0) << "scenes never shown give theirs up first";
}
