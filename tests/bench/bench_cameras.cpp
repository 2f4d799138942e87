// 16 camera tiles of 640×360 playing 25 fps H.264 RTSP streams on the wall
// (offscreen), against the floor of the same 16 streams decoded by GStreamer
// alone (gst-launch-1.0 … avdec_h264 ! fakesink). Prints frames shown per
// second per tile, process CPU and memory. Targets: ≥ 24 fps on every tile;
// CPU within 1.5× of decode-alone. Wall and floor alternate for
// IOCWALL_BENCH_ROUNDS (4) rounds of IOCWALL_BENCH_SECONDS (20) each;
// IOCWALL_BENCH_STREAMS (16) changes the count; IOCWALL_BENCH_SCREENSHOT saves the view.
#include "support/rtspserver.h"
#include "support/testutil.h"

#include "theme.h"
#include "tiles/cameratile.h"
#include "video/streambudget.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsScene>
#include <QProcess>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double selfCpuS()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of a process, or with `thread` of one of its threads.
double processCpuS(qint64 pid, qint64 thread = 0)
{
    QFile f(thread ? u"/proc/%1/task/%2/stat"_s.arg(pid).arg(thread) : u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat; after the name, 12 and 13 (0-based 11, 12).
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// The application's own event loop for `ms`, as the wall runs (waitUntil
// polls and sleeps between polls, which delays repaints and timers).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct WallRound {
    double cpuPct = 0;
    double guiPct = 0; // the GUI thread's share: collecting, converting and painting pictures
    double guiUsPerFrame = 0;
    double minFps = 0;
    double meanFps = 0;
};

// The wall playing for `seconds`: its process CPU and the new frames each tile showed.
WallRound measureWall(const QList<CameraGridTile *> &tiles, int seconds)
{
    for (CameraGridTile *t : tiles)
        t->setVisible(true); // (re)starts the players
    const bool allPlaying = waitUntil(
        [&] {
            return std::all_of(tiles.begin(), tiles.end(), [](CameraGridTile *t) {
                return t->view(0)->stream()->state() == StreamState::Playing;
            });
        },
        60000);
    if (!allPlaying)
        std::printf("warning: not every stream played within 60 s\n");
    runFor(2000); // let the pipelines settle
    QList<quint64> shownBefore;
    for (CameraGridTile *t : tiles)
        shownBefore.append(t->view(0)->framesShown());
    const double cpu0 = selfCpuS();
    const double gui0 = processCpuS(getpid(), getpid());
    QElapsedTimer clock;
    clock.start();
    runFor(seconds * 1000);
    const double wallS = clock.elapsed() / 1000.0;
    WallRound r;
    r.cpuPct = (selfCpuS() - cpu0) / wallS * 100.0;
    const double guiS = processCpuS(getpid(), getpid()) - gui0;
    r.guiPct = guiS / wallS * 100.0;
    r.minFps = 1e9;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const double fps = (tiles.at(i)->view(0)->framesShown() - shownBefore.at(i)) / wallS;
        r.minFps = std::min(r.minFps, fps);
        r.meanFps += fps / double(tiles.size());
    }
    if (r.meanFps > 0)
        r.guiUsPerFrame = guiS * 1e6 / (r.meanFps * double(tiles.size()) * wallS);
    return r;
}

// The same streams decoded by GStreamer alone, one gst-launch-1.0 each, for
// `seconds`: their CPU together.
double measureFloor(const RtspServer &server, int streams, int seconds)
{
    std::vector<std::unique_ptr<QProcess>> decoders;
    for (int i = 1; i <= streams; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(u"gst-launch-1.0"_s,
                 {u"-q"_s, u"rtspsrc"_s, u"location=%1"_s.arg(server.url(i)), u"protocols=tcp"_s,
                  u"latency=200"_s, u"!"_s, u"rtph264depay"_s, u"!"_s, u"h264parse"_s, u"!"_s,
                  u"avdec_h264"_s, u"!"_s, u"fakesink"_s, u"sync=true"_s});
        decoders.push_back(std::move(p));
    }
    waitUntil([] { return false; }, 4000); // connect and reach steady state
    double cpu0 = 0;
    for (auto &p : decoders)
        cpu0 += processCpuS(p->processId());
    QElapsedTimer clock;
    clock.start();
    waitUntil([] { return false; }, seconds * 1000);
    const double floorS = clock.elapsed() / 1000.0;
    double cpu1 = 0;
    int running = 0;
    for (auto &p : decoders) {
        running += p->state() == QProcess::Running;
        cpu1 += processCpuS(p->processId());
    }
    for (auto &p : decoders) {
        p->kill();
        p->waitForFinished(3000);
    }
    if (running != streams)
        std::printf("warning: only %d of %d decoders ran to the end\n", running, streams);
    return (cpu1 - cpu0) / floorS * 100.0;
}

void BM_SixteenCameraTiles(benchmark::State &state)
{
    const int streams = envInt("IOCWALL_BENCH_STREAMS", 16);
    const int seconds = envInt("IOCWALL_BENCH_SECONDS", 20);
    // Wall and floor take turns, so that a machine busier for a while
    // weighs on both: the ratio is of their sums over the rounds.
    const int rounds = envInt("IOCWALL_BENCH_ROUNDS", 4);
    RtspServer server;
    QString error;
    // The streams loop a clip encoded once: 16 live encoders would take the
    // machine's cores from the players being measured.
    if (!server.start(streams, &error, 640, 360, true)) {
        state.SkipWithError(("no RTSP server: " + error.toStdString()).c_str());
        return;
    }
    for (auto _ : state) {
        // --- the wall: 16 tiles, their pictures 640×360, in a shown view ---
        Theme theme = Theme::dark(WallGeometry{});
        Formatter formatter;
        QList<CameraInfo> cams;
        for (int i = 1; i <= streams; ++i) {
            CameraInfo c;
            c.id = u"cam-%1"_s.arg(i);
            c.name = u"Camera %1"_s.arg(i);
            c.mainStream = QUrl(server.url(i));
            cams.append(c);
        }
        CameraRegistry registry(cams);
        StreamBudget budget(StreamBudget::kMaxMaxStreams);
        TileContext context;
        context.theme = &theme;
        context.formatter = &formatter;
        context.cameras = &registry;
        context.streams = &budget;
        QGraphicsScene scene;
        QList<CameraGridTile *> tiles;
        const int perRow = 4;
        QSizeF tileSize;
        for (int i = 0; i < streams; ++i) {
            TileSpec spec;
            spec.id = u"t%1"_s.arg(i);
            spec.type = u"camera"_s;
            spec.props = {{u"camera"_s, cams.at(i).id},
                          {u"stall_timeout_s"_s, 5},
                          {u"rtsp_transport"_s, u"tcp"_s}};
            auto *tile = new CameraTile(spec, context);
            // Sized so that the picture area is 640×360.
            tile->setTileRect(QRectF(0, 0, 700, 500));
            const QRectF cell = tile->cellRect(0);
            tileSize = QSizeF(700 + 640 - cell.width(), 500 + 360 - cell.height());
            tile->setTileRect(
                QRectF(QPointF((i % perRow) * tileSize.width(), (i / perRow) * tileSize.height()),
                       tileSize));
            tiles.append(tile);
        }
        const QRectF canvas(0, 0, perRow * tileSize.width(),
                            ((streams + perRow - 1) / perRow) * tileSize.height());
        scene.setSceneRect(canvas);
        WallView view(canvas, false);
        view.resize(canvas.size().toSize());
        view.showWallScene(&scene);
        view.show();
        for (CameraGridTile *t : tiles)
            scene.addItem(t);

        double wallCpu = 0, floorCpu = 0, minFps = 1e9, meanFps = 0, rss = 0, guiPct = 0, guiUs = 0;
        std::vector<double> roundRatios;
        std::printf("\ncamera wall: %d tiles, 640x360 H.264 25 fps over RTSP/TCP, %d rounds of "
                    "%d s each\n",
                    streams, rounds, seconds);
        for (int round = 1; round <= rounds; ++round) {
            const WallRound wall = measureWall(tiles, seconds);
            rss = std::max(rss, rssMb());
            // IOCWALL_BENCH_SCREENSHOT=FILE.png: what the wall showed, to look at.
            if (const QString shot = qEnvironmentVariable("IOCWALL_BENCH_SCREENSHOT");
                round == 1 && !shot.isEmpty())
                view.grab().save(shot);
            for (CameraGridTile *t : tiles)
                t->setVisible(false); // stops the players before the floor is measured
            QCoreApplication::processEvents();
            const double floor = measureFloor(server, streams, seconds);
            std::printf("  round %d: wall %.0f%% (GUI thread %.0f%%, %.0f µs per picture; fps min "
                        "%.1f, mean %.1f; RSS %.0f MB), decode alone %.0f%%, ratio %.2f\n",
                        round, wall.cpuPct, wall.guiPct, wall.guiUsPerFrame, wall.minFps,
                        wall.meanFps, rssMb(), floor, floor > 0 ? wall.cpuPct / floor : 0.0);
            roundRatios.push_back(floor > 0 ? wall.cpuPct / floor : 0.0);
            guiPct += wall.guiPct / rounds;
            guiUs += wall.guiUsPerFrame / rounds;
            wallCpu += wall.cpuPct / rounds;
            floorCpu += floor / rounds;
            minFps = std::min(minFps, wall.minFps);
            meanFps += wall.meanFps / rounds;
        }
        int reconnects = 0;
        for (CameraGridTile *t : tiles)
            reconnects += t->view(0)->stream()->stats().reconnects;

        std::printf("  frames shown per tile per s: min %.1f, mean %.1f (target >= 24)\n", minFps,
                    meanFps);
        std::printf("  wall process CPU: %.0f%% of one core, RSS %.0f MB, reconnects %d\n", wallCpu,
                    rss, reconnects);
        std::printf("    of which the GUI thread: %.0f%% of one core, %.0f µs per picture shown\n",
                    guiPct, guiUs);
        std::printf("  decode alone (%d gst-launch avdec_h264 ! fakesink): %.0f%% of one core\n",
                    streams, floorCpu);
        // A busy neighbour on a shared machine slows a round of either
        // kind: the median of the rounds' ratios is the steadier figure.
        std::sort(roundRatios.begin(), roundRatios.end());
        const double median = roundRatios.empty() ? 0.0
                                                  : (roundRatios[(roundRatios.size() - 1) / 2] +
                                                     roundRatios[roundRatios.size() / 2]) /
                                                        2;
        std::printf("  ratio wall / decode alone: %.2f over all rounds, %.2f the median round "
                    "(target <= 1.5)\n\n",
                    floorCpu > 0 ? wallCpu / floorCpu : 0.0, median);
        state.counters["min_fps"] = minFps;
        state.counters["mean_fps"] = meanFps;
        state.counters["cpu_pct"] = wallCpu;
        state.counters["floor_cpu_pct"] = floorCpu;
        state.counters["rss_mb"] = rss;
        state.counters["gui_cpu_pct"] = guiPct;
        state.counters["ratio_median"] = median;
        for (CameraGridTile *t : tiles)
            scene.removeItem(t);
        qDeleteAll(tiles);
    }
}
BENCHMARK(BM_SixteenCameraTiles)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
