// Figures for the wall (issue 5), on the full 5760 × 2160 wall of the default
// wall.json, from a cache filled once by the demo simulator. "Painted" means
// what the app does on six outputs: six WallViews of 1920 × 1080, one per
// screen, each repainted into its window's backing store.
//   BM_SwitchToPreparedScene  request -> wall painted, for a scene the app has
//                         built, answered and rendered off the wall in the
//                         background (what every switch after the start is)
//   BM_SwitchToNewScene   the same for a scene never built: built, every tile
//                         answered from the cache, then painted (24 tiles, bench-24)
//   BM_SwitchBack         the same for a scene already shown (kept, cache not asked)
//   BM_ColdStart          open the filled cache, build the overview, answer, paint
//   BM_PaintViews         painting alone: the six views repainted, tiles unchanged
//   BM_PaintWallImage     rendering the whole wall into one new 5760 × 2160 image
//                         (the screenshot path), tiles unchanged
//   BM_OverviewSixtySeconds  CPU and memory of the overview on show for 60 s
//                         (IOCWALL_BENCH_SECONDS) with its sources polled every 5 s
//                         from an iocwall-sim process (data changes on every poll),
//                         on six full-size views with the other scenes prepared
//                         and rendered ahead, as the app runs on six outputs
// Switch and start times are per iteration; p50/p95 come from --benchmark_repetitions
// (default here 20) as the median and p95 aggregates.
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench_wall
#include "hub/secretstore.h"
#include "runtime/configset.h"
#include "runtime/vnformat.h"
#include "runtime/wallruntime.h"
#include "sim/simserver.h"
#include "support/testutil.h"
#include "theme.h"
#include "wall/screenshot.h"
#include "wall/wallcontroller.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QWindow>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

// A cache filled by one first round of the demo sources, shared by the benchmarks.
struct FilledCache {
    QTemporaryDir dir;
    QString path;
    ConfigSet config;
    int benchScene = -1;
    Theme theme;
    Formatter formatter;

    FilledCache()
    {
        path = defaultCachePath(dir.path());
        QList<ConfigError> errors;
        config = *loadConfigSet(builtinConfigDir(), TileRegistry::builtin().specs(), &errors);
        ConfigIssues issues;
        const auto bench = readScene(test::sourceDir() + u"/tests/fixtures/scenes/bench-24.json"_s,
                                     config.wall, TileRegistry::builtin().specs(), issues);
        if (!bench)
            qFatal("bench-24.json: %s", qPrintable(issues.summary()));
        config.scenes.append(*bench);
        benchScene = int(config.scenes.size()) - 1;
        theme = Theme::dark(config.wall);

        WallRuntime runtime(path);
        QString error, notice;
        runtime.openCache(&error, &notice);
        const QString url = runtime.startSimulator(&error);
        bool done = false;
        QObject::connect(&runtime, &WallRuntime::firstRoundDone, &runtime, [&] { done = true; });
        runtime.startSources(demoSources(url, &errors), secrets());
        if (!test::waitUntil([&] { return done; }, 300000))
            qFatal("the demo sources did not fill the cache");
    }

    static SecretStore secrets()
    {
        SecretStore s;
        const SimServer::Options defaults;
        s.set(u"demo-province-token"_s, defaults.provinceToken);
        s.set(u"demo-town-token"_s, defaults.townToken);
        return s;
    }

    TileContext context() const
    {
        TileContext c;
        c.theme = &theme;
        c.formatter = &formatter;
        return c;
    }
};

FilledCache &cache()
{
    static FilledCache c;
    return c;
}

// The six outputs of the wall: one view per screen at full size, following
// the scene on show as the app's views do.
struct Outputs {
    std::vector<std::unique_ptr<WallView>> views;

    Outputs(WallController &controller, const WallGeometry &wall)
    {
        for (int i = 0; i < wall.screenCount(); ++i) {
            auto view = std::make_unique<WallView>(wall.screenRect(i), false);
            view->resize(wall.screenWidthPx, wall.screenHeightPx);
            view->show();
            views.push_back(std::move(view));
        }
        test::waitUntil(
            [&] {
                return std::all_of(views.begin(), views.end(), [](const auto &v) {
                    return v->windowHandle() && v->windowHandle()->isExposed();
                });
            },
            10000);
        QObject::connect(&controller, &WallController::sceneShown, views.front().get(),
                         [this](WallScene *scene) {
                             for (auto &v : views)
                                 v->showWallScene(scene);
                         });
    }

    void paint()
    {
        // Charts lay themselves out on a posted event, as before any paint.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (auto &v : views)
            v->viewport()->repaint();
    }
};

// Shows `index` and waits until it is on show with every tile answered, then
// paints the six outputs.
void switchAndPaint(WallController &controller, Outputs &outputs, int index)
{
    controller.showScene(index);
    test::waitUntil(
        [&] {
            return controller.currentIndex() == index && controller.pendingIndex() < 0 &&
                   std::all_of(controller.currentScene()->tiles().begin(),
                               controller.currentScene()->tiles().end(),
                               [](const TileItem *t) { return t->hasAnswer(); });
        },
        30000);
    outputs.paint();
}

void openCache(WallRuntime &runtime)
{
    QString error, notice;
    runtime.openCache(&error, &notice);
}

// A wall on the filled cache: a controller and the six outputs following it.
struct BenchWall {
    WallController controller;
    Outputs outputs;

    BenchWall(WallRuntime &runtime, const FilledCache &c)
        : controller(runtime, c.config, TileRegistry::builtin(), c.context())
        , outputs(controller, c.config.wall)
    {
    }

    // Shows `index`, everything painted, as on a wall that ran for a while.
    void showSettled(int index)
    {
        switchAndPaint(controller, outputs, index);
        QCoreApplication::processEvents();
        outputs.paint();
    }
};

double p95(const std::vector<double> &values)
{
    std::vector<double> v = values;
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v.at(std::min(v.size() - 1, size_t(double(v.size()) * 0.95)));
}

void BM_SwitchToPreparedScene(benchmark::State &state)
{
    FilledCache &c = cache();
    WallRuntime runtime(c.path);
    openCache(runtime);
    // Built and torn down while the clock is stopped.
    std::unique_ptr<BenchWall> wall;
    double prepareMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        wall.reset();
        wall = std::make_unique<BenchWall>(runtime, c);
        switchAndPaint(wall->controller, wall->outputs, 0);
        // How long after the start a switch may still find a scene not prepared.
        QElapsedTimer preparing;
        preparing.start();
        wall->controller.prepareAllScenes();
        test::waitUntil(
            [&] {
                const WallScene *s = wall->controller.builtScene(c.benchScene);
                return s && wall->controller.warmQueueSize() == 0 &&
                       std::all_of(s->tiles().begin(), s->tiles().end(), [](const TileItem *t) {
                           return t->hasAnswer() && t->cacheReady(1.0);
                       });
            },
            60000);
        prepareMs = double(preparing.elapsed());
        wall->showSettled(0);
        state.ResumeTiming();
        switchAndPaint(wall->controller, wall->outputs, c.benchScene);
    }
    wall.reset();
    state.counters["tiles"] = double(c.config.scenes.at(c.benchScene).tiles.size());
    state.counters["prepare_all_scenes_ms"] = prepareMs;
}
BENCHMARK(BM_SwitchToPreparedScene)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(20)
    ->ComputeStatistics("p95", p95);

void BM_SwitchToNewScene(benchmark::State &state)
{
    FilledCache &c = cache();
    WallRuntime runtime(c.path);
    openCache(runtime);
    std::unique_ptr<BenchWall> wall;
    for (auto _ : state) {
        state.PauseTiming();
        wall.reset();
        wall = std::make_unique<BenchWall>(runtime, c);
        wall->showSettled(0);
        state.ResumeTiming();
        switchAndPaint(wall->controller, wall->outputs, c.benchScene);
    }
    wall.reset();
    state.counters["tiles"] = double(c.config.scenes.at(c.benchScene).tiles.size());
}
BENCHMARK(BM_SwitchToNewScene)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(20)
    ->ComputeStatistics("p95", p95);

void BM_SwitchBack(benchmark::State &state)
{
    FilledCache &c = cache();
    WallRuntime runtime(c.path);
    openCache(runtime);
    BenchWall wall(runtime, c);
    switchAndPaint(wall.controller, wall.outputs, c.benchScene);
    switchAndPaint(wall.controller, wall.outputs, 0);
    bool toBench = true;
    const quint64 before = wall.controller.queriesSent();
    for (auto _ : state) {
        switchAndPaint(wall.controller, wall.outputs, toBench ? c.benchScene : 0);
        toBench = !toBench;
    }
    state.counters["cache_queries"] = double(wall.controller.queriesSent() - before);
}
BENCHMARK(BM_SwitchBack)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(20)
    ->ComputeStatistics("p95", p95);

void BM_ColdStart(benchmark::State &state)
{
    FilledCache &c = cache();
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        WallRuntime runtime(c.path);
        openCache(runtime);
        BenchWall wall(runtime, c);
        switchAndPaint(wall.controller, wall.outputs, 0);
        // Closing the cache is not part of the start.
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_ColdStart)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(10)
    ->ComputeStatistics("p95", p95);

// Painting alone: the answered 24-tile scene repainted on the six outputs.
void BM_PaintViews(benchmark::State &state)
{
    FilledCache &c = cache();
    WallRuntime runtime(c.path);
    openCache(runtime);
    BenchWall wall(runtime, c);
    switchAndPaint(wall.controller, wall.outputs, c.benchScene);
    for (auto _ : state)
        wall.outputs.paint();
}
BENCHMARK(BM_PaintViews)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(10)
    ->ComputeStatistics("p95", p95);

// The screenshot path: the whole wall rendered into one new 5760 × 2160 image.
void BM_PaintWallImage(benchmark::State &state)
{
    FilledCache &c = cache();
    WallRuntime runtime(c.path);
    openCache(runtime);
    BenchWall wall(runtime, c);
    switchAndPaint(wall.controller, wall.outputs, c.benchScene);
    for (auto _ : state)
        benchmark::DoNotOptimize(renderWall(*wall.controller.currentScene(), c.config.wall));
}
BENCHMARK(BM_PaintWallImage)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(10)
    ->ComputeStatistics("p95", p95);

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS or VmHWM of this process, in MB.
double memoryMb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void BM_OverviewSixtySeconds(benchmark::State &state)
{
    FilledCache &c = cache();
    const int seconds = qEnvironmentVariableIntValue("IOCWALL_BENCH_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("IOCWALL_BENCH_SECONDS")
                            : 60;
    QProcess sim;
    sim.start(test::binaryDir() + u"/app/iocwall-sim"_s, {u"--port"_s, u"0"_s});
    if (!sim.waitForReadyRead(30000)) {
        state.SkipWithError("iocwall-sim did not start");
        return;
    }
    const QString url = QString::fromUtf8(sim.readLine()).trimmed().section(u' ', -1);
    QList<ConfigError> errors;
    QList<SourceConfig> sources = demoSources(url, &errors);
    for (SourceConfig &s : sources)
        s.pollIntervalS = 5;
    for (auto _ : state) {
        WallRuntime runtime(c.path);
        openCache(runtime);
        // As the app on six outputs: full-size views, the other scenes
        // prepared and rendered ahead (their paint caches count in the memory).
        BenchWall wall(runtime, c);
        WallController &controller = wall.controller;
        controller.showScene(0);
        controller.prepareAllScenes();
        test::waitUntil(
            [&] {
                for (int i = 0; i < int(c.config.scenes.size()); ++i)
                    if (!controller.builtScene(i))
                        return false;
                return controller.warmQueueSize() == 0;
            },
            60000);
        runtime.startSources(sources, FilledCache::secrets());
        int changes = 0;
        QObject::connect(&runtime, &WallRuntime::dataChanged, &controller, [&] { ++changes; });
        const double cpuBefore = cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        test::waitUntil([] { return false; }, seconds * 1000);
        const double elapsed = double(clock.elapsed()) / 1000.0;
        state.counters["cpu_percent_of_one_core"] = (cpuSeconds() - cpuBefore) / elapsed * 100.0;
        state.counters["rss_MB"] = memoryMb("VmRSS:");
        state.counters["peak_rss_MB"] = memoryMb("VmHWM:");
        state.counters["data_changes"] = double(changes);
        state.counters["cache_queries"] = double(controller.queriesSent());
        const qsizetype cacheBytes =
            controller.offWallCacheBytes() + controller.currentScene()->paintCacheBytes();
        state.counters["paint_cache_MB"] = double(cacheBytes) / 1048576.0;
    }
    sim.kill();
    sim.waitForFinished();
}
BENCHMARK(BM_OverviewSixtySeconds)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
