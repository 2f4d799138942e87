// 16 camera tiles of 640×360 playing 25 fps H.264 RTSP streams on the wall
// (offscreen), against the floor of the same 16 streams decoded by GStreamer
// alone (gst-launch-1.0 … avdec_h264 ! fakesink). Prints frames shown per
// second per tile, process CPU and memory. Targets: ≥ 24 fps on every tile;
// CPU within 1.5× of decode-alone. IOCWALL_BENCH_SECONDS (20) and
// IOCWALL_BENCH_STREAMS (16) change the run; IOCWALL_BENCH_SCREENSHOT saves the view.
#include "support/rtspserver.h"
#include "support/testutil.h"

#include "theme.h"
#include "tiles/cameratile.h"
#include "video/streambudget.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

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

double processCpuS(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
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

void BM_SixteenCameraTiles(benchmark::State &state)
{
    const int streams = envInt("IOCWALL_BENCH_STREAMS", 16);
    const int seconds = envInt("IOCWALL_BENCH_SECONDS", 20);
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
        const bool allPlaying = waitUntil(
            [&] {
                return std::all_of(tiles.begin(), tiles.end(), [](CameraGridTile *t) {
                    return t->view(0)->stream()->state() == StreamState::Playing;
                });
            },
            60000);
        if (!allPlaying)
            std::printf("warning: not every stream played within 60 s\n");
        waitUntil([] { return false; }, 2000); // let the pipelines settle
        QList<quint64> shownBefore;
        for (CameraGridTile *t : tiles)
            shownBefore.append(t->view(0)->framesShown());
        const double cpu0 = selfCpuS();
        QElapsedTimer clock;
        clock.start();
        waitUntil([] { return false; }, seconds * 1000);
        const double wallS = clock.elapsed() / 1000.0;
        const double wallCpuPct = (selfCpuS() - cpu0) / wallS * 100.0;
        const double rss = rssMb();
        double minFps = 1e9, sumFps = 0;
        for (int i = 0; i < streams; ++i) {
            const double fps = (tiles.at(i)->view(0)->framesShown() - shownBefore.at(i)) / wallS;
            minFps = std::min(minFps, fps);
            sumFps += fps;
        }
        // IOCWALL_BENCH_SCREENSHOT=FILE.png: what the wall showed, to look at.
        if (const QString shot = qEnvironmentVariable("IOCWALL_BENCH_SCREENSHOT"); !shot.isEmpty())
            view.grab().save(shot);
        int reconnects = 0;
        for (CameraGridTile *t : tiles)
            reconnects += t->view(0)->stream()->stats().reconnects;
        for (CameraGridTile *t : tiles)
            t->setVisible(false); // stops the players before the floor is measured
        QCoreApplication::processEvents();

        // --- the floor: the same streams decoded by GStreamer alone ---
        std::vector<std::unique_ptr<QProcess>> decoders;
        for (int i = 1; i <= streams; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(u"gst-launch-1.0"_s,
                     {u"-q"_s, u"rtspsrc"_s, u"location=%1"_s.arg(server.url(i)),
                      u"protocols=tcp"_s, u"latency=200"_s, u"!"_s, u"rtph264depay"_s, u"!"_s,
                      u"h264parse"_s, u"!"_s, u"avdec_h264"_s, u"!"_s, u"fakesink"_s,
                      u"sync=true"_s});
            decoders.push_back(std::move(p));
        }
        waitUntil([] { return false; }, 4000); // connect and reach steady state
        double floor0 = 0;
        for (auto &p : decoders)
            floor0 += processCpuS(p->processId());
        clock.restart();
        waitUntil([] { return false; }, seconds * 1000);
        const double floorS = clock.elapsed() / 1000.0;
        double floor1 = 0;
        int running = 0;
        for (auto &p : decoders) {
            running += p->state() == QProcess::Running;
            floor1 += processCpuS(p->processId());
        }
        const double floorPct = (floor1 - floor0) / floorS * 100.0;
        for (auto &p : decoders) {
            p->kill();
            p->waitForFinished(3000);
        }

        std::printf("\ncamera wall: %d tiles, 640x360 H.264 25 fps over RTSP/TCP, %.1f s\n",
                    streams, wallS);
        std::printf("  frames shown per tile per s: min %.1f, mean %.1f (target >= 24)\n", minFps,
                    sumFps / streams);
        std::printf("  wall process CPU: %.0f%% of one core, RSS %.0f MB, reconnects %d\n",
                    wallCpuPct, rss, reconnects);
        std::printf("  decode alone (%d gst-launch avdec_h264 ! fakesink, %d running): %.0f%% of "
                    "one core\n",
                    streams, running, floorPct);
        std::printf("  ratio wall / decode alone: %.2f (target <= 1.5)\n\n",
                    floorPct > 0 ? wallCpuPct / floorPct : 0.0);
        state.counters["min_fps"] = minFps;
        state.counters["mean_fps"] = sumFps / streams;
        state.counters["cpu_pct"] = wallCpuPct;
        state.counters["floor_cpu_pct"] = floorPct;
        state.counters["rss_mb"] = rss;
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
