// Camera players and tiles against real local streams: an HTTP MJPEG server
// started by each test (tests/support/mjpegserver.h) and, for the media
// player path, an H.264 file made with ffmpeg.
#include "tilefixtures.h"
#include "tiles/cameradiagnosticstile.h"
#include "tiles/cameragridtile.h"
#include "tiles/cameratile.h"
#include "video/camerastream.h"
#include "video/framemeter.h"
#include "video/mjpegreader.h"
#include "video/reconnectbackoff.h"
#include "video/streambudget.h"
#include "wall/wallgeometry.h"
#include "wall/wallscene.h"

#include "support/mjpegserver.h"
#include "support/rtspserver.h"
#include "support/testutil.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

CameraInfo camera(const QString &id, const QString &sub, const QString &main = {})
{
    CameraInfo c;
    c.id = id;
    c.name = u"Ngã tư %1"_s.arg(id);
    c.kind = CameraInfo::Kind::Traffic;
    c.subStream = QUrl(sub);
    c.mainStream = QUrl(main.isEmpty() ? sub : main);
    return c;
}

TileSpec cameraSpec(const QString &id, int stall_s = 5)
{
    TileSpec s;
    s.id = u"cam-tile-"_s + id;
    s.type = u"camera"_s;
    s.props = {{u"camera"_s, id},
               {u"show_stats"_s, false},
               {u"stall_timeout_s"_s, stall_s},
               {u"rtsp_transport"_s, u"auto"_s}};
    return s;
}

// A camera tile in a scene of its own (on the wall, so its player runs).
struct CameraRig {
    TileEnvironment env;
    CameraRegistry registry;
    StreamBudget budget{16};
    QTemporaryDir dir;
    QGraphicsScene scene;

    TileContext context()
    {
        TileContext c = env.context();
        c.cameras = &registry;
        c.streams = &budget;
        c.snapshotDir = dir.filePath(u"snapshots"_s);
        return c;
    }
    CameraGridTile *add(const TileSpec &spec, const QRectF &rect = QRectF(0, 0, 960, 640))
    {
        CameraGridTile *tile = spec.type == u"camera" ? new CameraTile(spec, context())
                                                      : new CameraGridTile(spec, context());
        tile->setTileRect(rect);
        scene.addItem(tile);
        return tile;
    }
    QImage render(QGraphicsItem *item)
    {
        const QRectF r = item->sceneBoundingRect();
        QImage image(r.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        scene.render(&p, QRectF(QPointF(0, 0), r.size()), r);
        return image;
    }
};

StreamState stateOf(CameraGridTile *tile, int cell = 0)
{
    return tile->view(cell)->stream()->state();
}

} // namespace

TEST(MjpegReader, CutsJpegsAtTheirMarkersAcrossChunks)
{
    static const char raw[] = "--frame\r\nContent-Type: image/jpeg\r\n\r\n\xFF\xD8"
                              "abc\xFF\xD9\r\n--frame\r\n\r\n\xFF\xD8xy";
    QByteArray buffer(raw, sizeof(raw) - 1);
    QList<QByteArray> jpegs = MjpegReader::takeJpegs(buffer);
    ASSERT_EQ(jpegs.size(), 1);
    EXPECT_EQ(jpegs.first(), QByteArray("\xFF\xD8"
                                        "abc\xFF\xD9",
                                        7));
    EXPECT_TRUE(buffer.startsWith("\xFF\xD8xy")) << "the incomplete picture is kept";
    buffer.append("z\xFF", 2);
    EXPECT_TRUE(MjpegReader::takeJpegs(buffer).isEmpty());
    buffer.append("\xD9", 1); // the end marker split across two reads
    jpegs = MjpegReader::takeJpegs(buffer);
    ASSERT_EQ(jpegs.size(), 1);
    EXPECT_EQ(jpegs.first().right(2), QByteArray("\xFF\xD9", 2));
    EXPECT_TRUE(buffer.isEmpty());
}

// Pictures are decoded on the thread pool: they arrive on the reader's thread,
// with their hash, and none of a closed connection arrives after close().
TEST(MjpegReader, DecodesOffTheGuiThreadAndDropsAClosedConnectionsPictures)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    server.setFps(25);
    MjpegReader reader;
    QList<quint64> hashes;
    QList<QSize> sizes;
    bool onOwnThread = true;
    QObject::connect(&reader, &FrameSource::frameDecoded, &reader,
                     [&](const VideoPicture &picture, const QSize &source, quint64 hash) {
                         onOwnThread = onOwnThread && QThread::currentThread() == reader.thread();
                         hashes.append(hash);
                         sizes.append(source);
                         EXPECT_EQ(hash, FrameMeter::pictureHash(picture.toImage()));
                     });
    reader.open(QUrl(server.url()));
    ASSERT_TRUE(waitUntil([&] { return hashes.size() >= 5; }, 15000));
    EXPECT_TRUE(onOwnThread);
    EXPECT_TRUE(sizes.last().isValid());
    EXPECT_GT(QSet<quint64>(hashes.begin(), hashes.end()).size(), 2) << "the bar moves";
    reader.close();
    const qsizetype atClose = hashes.size();
    waitUntil([] { return false; }, 600);
    EXPECT_EQ(hashes.size(), atClose) << "a picture of the closed connection arrived";
}

TEST(ReconnectBackoff, DoublesFromOneSecondToThirtyWithJitter)
{
    ReconnectBackoff backoff(1000, 30000, 42);
    QList<int> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.nextDelayMs());
    EXPECT_GE(delays.first(), 800);
    EXPECT_LE(delays.first(), 1200);
    EXPECT_GE(delays.at(3), 6400);
    EXPECT_LE(delays.at(3), 9600);
    for (int d : delays)
        EXPECT_LE(d, 30000);
    EXPECT_GE(delays.last(), 24000) << "capped at 30 s less the jitter";
    backoff.reset();
    EXPECT_LE(backoff.nextDelayMs(), 1200);
}

TEST(CameraStream, RtspTransportIsChosenByTheScheme)
{
    const QUrl url(u"rtsp://127.0.0.1:8554/cam-01"_s);
    EXPECT_EQ(CameraStream::effectiveUrl(url, StreamOptions::RtspTransport::Tcp).scheme(),
              u"rtspt"_s);
    EXPECT_EQ(CameraStream::effectiveUrl(url, StreamOptions::RtspTransport::Udp).scheme(),
              u"rtspu"_s);
    EXPECT_EQ(CameraStream::effectiveUrl(url, StreamOptions::RtspTransport::Auto), url);
    const QUrl http(u"http://127.0.0.1/cam.mjpg"_s);
    EXPECT_EQ(CameraStream::effectiveUrl(http, StreamOptions::RtspTransport::Tcp), http);
}

TEST(CameraTile, FramesFromAnMjpegCameraReachTheTile)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url())});
    CameraGridTile *tile = rig.add(cameraSpec(u"cam-01"_s));
    const QImage before = rig.render(tile);
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000))
        << streamStateName(stateOf(tile)).toStdString();
    ASSERT_TRUE(waitUntil([&] { return tile->view(0)->stream()->stats().fps > 10; }, 10000));
    const QImage after = rig.render(tile);
    const QRect cell = tile->cellRect(0).toRect();
    EXPECT_LT(pixelsNear(before, cell, MjpegServer::colour(), 30), 100);
    EXPECT_GT(pixelsNear(after, cell, MjpegServer::colour(), 30), cell.width() * cell.height() / 3)
        << "the camera's picture is not in the tile";
    EXPECT_GT(tile->view(0)->framesShown(), 0u);
    const StreamStats stats = tile->view(0)->stream()->stats();
    EXPECT_EQ(stats.resolution, QSize(640, 360));
    EXPECT_TRUE(tile->view(0)->stateText(rig.env.formatter).isEmpty());
    EXPECT_EQ(tile->view(0)->statsText(rig.env.formatter).left(8), u"640×360 "_s);
}

TEST(CameraTile, AKilledServerIsLostWithinFiveSecondsAndComesBackByItself)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url())});
    CameraGridTile *tile = rig.add(cameraSpec(u"cam-01"_s));
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
    const QDateTime lastFrameBefore = QDateTime::currentDateTimeUtc();

    server.stop();
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Lost; }, 5000))
        << streamStateName(stateOf(tile)).toStdString();
    const QString text = tile->view(0)->stateText(rig.env.formatter);
    EXPECT_TRUE(text.startsWith(u"Mất tín hiệu – từ "_s)) << text.toStdString();
    const StreamStats lost = tile->view(0)->stream()->stats();
    EXPECT_LE(std::abs(lost.since.secsTo(lastFrameBefore)), 2) << "since the last good frame";
    const QImage image = rig.render(tile);
    EXPECT_GT(pixelsNear(image, tile->cellRect(0).toRect(), rig.env.theme.critical, 40), 200)
        << "the loss is not drawn in red";

    ASSERT_TRUE(server.start());
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 10000))
        << "no video 10 s after the server came back";
    EXPECT_GE(tile->view(0)->stream()->stats().reconnects, 1);
    EXPECT_EQ(tile->view(0)->stream()->stats().lastError, StreamError::Ended);
}

TEST(CameraTile, ABadUrlShowsAClearError)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-404"_s, server.url(u"/nothing-here"_s)),
                                   camera(u"cam-refused"_s, u"http://127.0.0.1:1/cam.mjpg"_s)});
    CameraGridTile *missing = rig.add(cameraSpec(u"cam-404"_s));
    CameraGridTile *refused = rig.add(cameraSpec(u"cam-refused"_s), QRectF(0, 700, 960, 640));
    CameraGridTile *unknown = rig.add(cameraSpec(u"cam-99"_s), QRectF(1000, 0, 960, 640));
    ASSERT_TRUE(waitUntil([&] { return stateOf(missing) == StreamState::Failed; }, 5000));
    ASSERT_TRUE(waitUntil([&] { return stateOf(refused) == StreamState::Failed; }, 5000));
    EXPECT_EQ(missing->view(0)->stateText(rig.env.formatter), u"Lỗi: sai địa chỉ luồng"_s);
    EXPECT_EQ(refused->view(0)->stateText(rig.env.formatter), u"Lỗi: máy chủ từ chối kết nối"_s);
    EXPECT_EQ(unknown->view(0)->stateText(rig.env.formatter), u"Không có camera 'cam-99'"_s);
    EXPECT_GT(
        pixelsNear(rig.render(missing), missing->cellRect(0).toRect(), rig.env.theme.critical, 40),
        200);
    EXPECT_GT(
        pixelsNear(rig.render(unknown), unknown->cellRect(0).toRect(), rig.env.theme.critical, 40),
        200);
}

TEST(CameraTile, AHiddenTilesPlayerStopsAndRestartsWhenShownAgain)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url())});
    CameraGridTile *tile = rig.add(cameraSpec(u"cam-01"_s));
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
    EXPECT_EQ(server.clientCount(), 1);

    tile->setVisible(false); // what WallScene::setOnWall(false) does to a switched-away scene
    EXPECT_EQ(stateOf(tile), StreamState::Stopped);
    EXPECT_FALSE(tile->isPlaying());
    EXPECT_TRUE(waitUntil([&] { return server.clientCount() == 0; }, 5000))
        << "the connection stays open";
    EXPECT_EQ(rig.budget.activeCount(), 0);

    tile->setVisible(true);
    EXPECT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
}

TEST(CameraTile, StreamsOverTheBudgetWaitPausedForAFreeSlot)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.budget.setMaxStreams(1);
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url(u"/a.mjpg"_s)),
                                   camera(u"cam-02"_s, server.url(u"/b.mjpg"_s))});
    CameraGridTile *first = rig.add(cameraSpec(u"cam-01"_s));
    CameraGridTile *second = rig.add(cameraSpec(u"cam-02"_s), QRectF(1000, 0, 960, 640));
    EXPECT_EQ(stateOf(second), StreamState::Paused);
    EXPECT_EQ(second->view(0)->stateText(rig.env.formatter), u"Tạm dừng: vượt giới hạn"_s);
    EXPECT_GT(
        pixelsNear(rig.render(second), second->cellRect(0).toRect(), rig.env.theme.warning, 40),
        200);
    ASSERT_TRUE(waitUntil([&] { return stateOf(first) == StreamState::Playing; }, 15000));
    EXPECT_EQ(server.clientCount(), 1);

    first->setVisible(false);
    EXPECT_TRUE(waitUntil([&] { return stateOf(second) == StreamState::Playing; }, 15000))
        << "the freed slot did not go to the waiting stream";
}

TEST(CameraTile, OnlyIdenticalFramesCountAsLost)
{
    MjpegServer server;
    server.setFrozen(true);
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url())});
    CameraGridTile *tile = rig.add(cameraSpec(u"cam-01"_s, 2));
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
    const int sentAtFirst = server.framesSent();
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Lost; }, 5000));
    EXPECT_GT(server.framesSent(), sentAtFirst + 10) << "frames kept coming, all the same";
    server.setFrozen(false);
    EXPECT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 10000));
}

TEST(CameraTile, SnapshotWritesAPngOfTheFramesSize)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"cam-01"_s, server.url())});
    CameraGridTile *tile = rig.add(cameraSpec(u"cam-01"_s));
    QString error;
    EXPECT_TRUE(tile->saveSnapshot(&error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
    tile->setFocus();
    QString saved;
    QObject::connect(tile, &CameraGridTile::snapshotSaved, tile,
                     [&](const QString &f) { saved = f; });
    QKeyEvent s(QEvent::KeyPress, Qt::Key_S, Qt::NoModifier, u"s"_s);
    rig.scene.sendEvent(tile, &s);
    ASSERT_FALSE(saved.isEmpty());
    EXPECT_TRUE(QFileInfo(saved).fileName().startsWith(u"cam-01-"_s)) << saved.toStdString();
    EXPECT_TRUE(saved.endsWith(u".png"_s));
    EXPECT_TRUE(saved.startsWith(rig.dir.filePath(u"snapshots"_s)));
    const QImage png(saved);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), QSize(640, 360));
    EXPECT_EQ(png.size(), tile->view(0)->stream()->latestFrame().size());
}

TEST(CameraTile, EnterEnlargesToTheWholeScreenOnTheMainStreamAndEscReturns)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    const WallGeometry wall;
    rig.registry = CameraRegistry(
        {camera(u"cam-01"_s, server.url(u"/sub.mjpg"_s), server.url(u"/main.mjpg"_s))});
    TileContext context = rig.context();
    context.wall = &wall;
    auto *tile = new CameraGridTile(
        [] {
            TileSpec s = cameraSpec(u"cam-01"_s);
            s.type = u"camera-grid"_s;
            s.props.remove(u"camera"_s);
            s.props.insert(u"cameras"_s, u"cam-01"_s);
            s.props.insert(u"layout"_s, u"2x2"_s);
            return s;
        }(),
        context);
    const QRectF normal(2000, 100, 960, 640); // on the second screen
    tile->setTileRect(normal);
    rig.scene.addItem(tile);
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 15000));
    EXPECT_EQ(tile->view(0)->stream()->url().path(), u"/sub.mjpg"_s);

    tile->setFocus();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    rig.scene.sendEvent(tile, &enter);
    EXPECT_TRUE(tile->isEnlarged());
    EXPECT_EQ(tile->sceneBoundingRect(), QRectF(wall.screenRect(1)));
    EXPECT_EQ(tile->view(0)->stream()->url().path(), u"/main.mjpg"_s);
    EXPECT_TRUE(waitUntil(
        [&] { return tile->view(0)->stream()->stats().resolution == QSize(1280, 720); }, 15000));

    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    rig.scene.sendEvent(tile, &esc);
    EXPECT_FALSE(tile->isEnlarged());
    EXPECT_EQ(tile->sceneBoundingRect(), normal);
    EXPECT_EQ(tile->view(0)->stream()->url().path(), u"/sub.mjpg"_s);
}

TEST(CameraGridTile, FiltersByKindAndAreaAndToursAGridAtATime)
{
    CameraRig rig;
    QList<CameraInfo> cams;
    for (int i = 1; i <= 7; ++i) {
        CameraInfo c =
            camera(u"cam-%1"_s.arg(i, 2, 10, QChar(u'0')), u"http://127.0.0.1:1/%1.mjpg"_s.arg(i));
        c.kind = i % 2 ? CameraInfo::Kind::Traffic : CameraInfo::Kind::PublicOrder;
        c.area = i <= 3 ? u"long-thanh-trung"_s : u"hiep-tan"_s;
        cams.append(c);
    }
    rig.registry = CameraRegistry(cams);
    TileSpec s;
    s.id = u"grid"_s;
    s.type = u"camera-grid"_s;
    s.props = {{u"layout"_s, u"1x1"_s}, {u"cameras"_s, QString()}, {u"kind"_s, u"traffic"_s},
               {u"area"_s, QString()},  {u"tour"_s, true},         {u"dwell_s"_s, 5}};
    CameraGridTile *grid = rig.add(s);
    EXPECT_EQ(grid->cameraIds(), QStringList({u"cam-01"_s, u"cam-03"_s, u"cam-05"_s, u"cam-07"_s}));
    EXPECT_EQ(grid->shownIds(), QStringList{u"cam-01"_s});
    grid->stepTour();
    EXPECT_EQ(grid->shownIds(), QStringList{u"cam-03"_s});
    EXPECT_EQ(rig.budget.streams().size(), 1) << "the camera toured away from was let go";

    s.props[u"kind"_s] = u"any"_s;
    s.props[u"area"_s] = u"hiep-tan"_s;
    s.props[u"layout"_s] = u"3x3"_s;
    CameraGridTile *area = rig.add(s, QRectF(0, 700, 960, 640));
    EXPECT_EQ(area->shownIds(), QStringList({u"cam-04"_s, u"cam-05"_s, u"cam-06"_s, u"cam-07"_s}));
    EXPECT_EQ(area->gridSize(), 3);
}

TEST(CameraDiagnosticsTile, ListsEveryStreamWithItsStateAndError)
{
    MjpegServer server;
    ASSERT_TRUE(server.start());
    CameraRig rig;
    rig.registry = CameraRegistry(
        {camera(u"cam-01"_s, server.url()), camera(u"cam-02"_s, u"http://127.0.0.1:1/cam.mjpg"_s)});
    CameraGridTile *good = rig.add(cameraSpec(u"cam-01"_s));
    CameraGridTile *bad = rig.add(cameraSpec(u"cam-02"_s), QRectF(1000, 0, 960, 640));
    TileSpec d;
    d.id = u"diag"_s;
    d.type = u"camera-diagnostics"_s;
    d.props = {{u"show_url"_s, false}};
    auto *diagnostics = new CameraDiagnosticsTile(d, rig.context());
    diagnostics->setTileRect(QRectF(0, 700, 1900, 500));
    rig.scene.addItem(diagnostics);
    ASSERT_TRUE(waitUntil([&] { return stateOf(good) == StreamState::Playing; }, 15000));
    ASSERT_TRUE(waitUntil([&] { return stateOf(bad) == StreamState::Failed; }, 5000));
    const QStringList rows = diagnostics->rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.at(0).startsWith(u"cam-01 · đang phát · từ "_s)) << rows.at(0).toStdString();
    EXPECT_TRUE(rows.at(0).contains(u"640×360"_s));
    EXPECT_TRUE(rows.at(1).contains(u"lỗi cuối: máy chủ từ chối kết nối"_s))
        << rows.at(1).toStdString();
    EXPECT_GT(
        pixelsDifferentFrom(rig.render(diagnostics), QRect(20, 100, 1800, 300), rig.env.theme.tile),
        1000);
}

// Both players of files and RTSP: our GStreamer pipeline (the default) and
// Qt Multimedia (IOCWALL_VIDEO_BACKEND=qtmultimedia).
class CameraStreamBackend : public testing::TestWithParam<const char *> {
protected:
    void SetUp() override { qputenv("IOCWALL_VIDEO_BACKEND", GetParam()); }
    void TearDown() override { qunsetenv("IOCWALL_VIDEO_BACKEND"); }
};

INSTANTIATE_TEST_SUITE_P(Players, CameraStreamBackend, testing::Values("gstreamer", "qtmultimedia"),
                         [](const testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param);
                         });

TEST_P(CameraStreamBackend, PlaysAnH264FileAndPlaysItAgainAfterItsEnd)
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        GTEST_SKIP() << "ffmpeg not installed";
    QTemporaryDir dir;
    const QString file = dir.filePath(u"clip.mp4"_s);
    QProcess make;
    make.start(ffmpeg, {u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                        u"testsrc=size=640x360:rate=25"_s, u"-t"_s, u"4"_s, u"-c:v"_s, u"libx264"_s,
                        u"-pix_fmt"_s, u"yuv420p"_s, file});
    ASSERT_TRUE(make.waitForFinished(60000));
    ASSERT_EQ(make.exitCode(), 0) << make.readAllStandardError().toStdString();

    StreamBudget budget;
    CameraStream stream(u"file-cam"_s, QUrl::fromLocalFile(file), &budget);
    stream.start();
    ASSERT_TRUE(waitUntil([&] { return stream.state() == StreamState::Playing; }, 20000))
        << streamStateName(stream.state()).toStdString() << " "
        << streamErrorText(stream.stats().lastError).toStdString();
    EXPECT_EQ(stream.stats().resolution, QSize(640, 360));
    EXPECT_FALSE(stream.latestFrame().isNull());
    // The clip ends after 4 s: the stream says so and plays it again.
    EXPECT_TRUE(waitUntil([&] { return stream.stats().reconnects >= 1; }, 20000));
    EXPECT_EQ(stream.stats().lastError, StreamError::Ended);

    CameraStream missing(u"no-file"_s, QUrl::fromLocalFile(dir.filePath(u"none.mp4"_s)), &budget);
    missing.start();
    EXPECT_TRUE(waitUntil([&] { return missing.state() == StreamState::Failed; }, 5000));
    EXPECT_EQ(missing.stats().lastError, StreamError::BadUrl);
}

TEST(CameraTile, PlaysRtspOverTcpAndUdp)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0): "
                     << error.toStdString();
    CameraRig rig;
    rig.registry = CameraRegistry({camera(u"rtsp-cam"_s, server.url(1))});
    TileSpec spec = cameraSpec(u"rtsp-cam"_s);
    spec.props[u"rtsp_transport"_s] = u"tcp"_s;
    CameraGridTile *tile = rig.add(spec);
    StreamBudget budget;
    StreamOptions udp;
    udp.rtspTransport = StreamOptions::RtspTransport::Udp;
    CameraStream overUdp(u"rtsp-udp"_s, QUrl(server.url(1)), &budget, udp);
    overUdp.start();
    ASSERT_TRUE(waitUntil([&] { return stateOf(tile) == StreamState::Playing; }, 30000))
        << streamErrorText(tile->view(0)->stream()->stats().lastError).toStdString();
    EXPECT_EQ(tile->view(0)->stream()->stats().resolution, QSize(640, 360));
    EXPECT_TRUE(waitUntil([&] { return tile->view(0)->stream()->stats().fps > 15; }, 10000))
        << tile->view(0)->stream()->stats().fps;
    const QImage image = rig.render(tile);
    EXPECT_GT(pixelsDifferentFrom(image, tile->cellRect(0).toRect(), Qt::black), 10000)
        << "no picture in the tile";
    EXPECT_TRUE(waitUntil([&] { return overUdp.state() == StreamState::Playing; }, 30000))
        << streamErrorText(overUdp.stats().lastError).toStdString();
}

TEST(WallGeometry, MaxStreamsIsReadAndChecked)
{
    ConfigIssues issues(u"wall.json"_s);
    QJsonObject json{{u"version"_s, 1}, {u"rows"_s, 2}, {u"columns"_s, 3}, {u"max_streams"_s, 9}};
    auto wall = wallGeometryFromJson(json, issues);
    ASSERT_TRUE(wall);
    EXPECT_EQ(wall->maxStreams, 9);
    json[u"max_streams"_s] = 0;
    EXPECT_FALSE(wallGeometryFromJson(json, issues));
    ASSERT_FALSE(issues.errors().isEmpty());
    EXPECT_EQ(issues.errors().last().path, u"/max_streams"_s);
}
