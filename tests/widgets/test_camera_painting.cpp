// How camera pictures reach the screen: a YUV picture converted straight into
// the window's pixels must look exactly like the same picture drawn as an
// image, wherever the view sits in its window, and the wall must leave no
// pixel unpainted now that it fills no background under its tiles.
#include "tilefixtures.h"
#include "tiles/cameratile.h"
#include "video/camerastream.h"
#include "video/streambudget.h"
#include "wall/wallview.h"

#include "support/rtspserver.h"
#include "support/testutil.h"

#include <QBackingStore>
#include <QBoxLayout>
#include <QGraphicsScene>
#include <QPaintEvent>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

// Pixels of `image` within `rect` that are exactly `colour`.
int pixelsExactly(const QImage &image, const QRect &rect, QRgb colour)
{
    int n = 0;
    const QRect r = rect & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixel(x, y) == colour;
    return n;
}

std::string describe(const QRegion &region)
{
    std::string out;
    for (const QRect &r : region)
        out +=
            u"(%1,%2 %3×%4) "_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).toStdString();
    return out.empty() ? "nothing" : out;
}

// The cameras `names` on the streams of `server` (cam1, cam2 …), and the
// context their tiles take them from.
struct CameraWall {
    CameraWall(const RtspServer &server, const QStringList &names)
    {
        QList<CameraInfo> cams;
        for (qsizetype i = 0; i < names.size(); ++i) {
            CameraInfo info;
            info.id = u"cam%1"_s.arg(i + 1);
            info.name = names.at(i);
            info.mainStream = info.subStream = QUrl(server.url(int(i) + 1));
            cams.append(info);
        }
        registry = std::make_unique<CameraRegistry>(cams);
        context = env.context();
        context.cameras = registry.get();
        context.streams = &budget;
    }
    // A tile of camera `n` (from 1) whose picture cell is 640×360: shown 1:1.
    // Returns it and its size.
    std::pair<CameraTile *, QSizeF> tile(int n) const
    {
        TileSpec spec;
        spec.id = u"t%1"_s.arg(n);
        spec.type = u"camera"_s;
        spec.props = {{u"camera"_s, u"cam%1"_s.arg(n)}, {u"rtsp_transport"_s, u"tcp"_s}};
        auto *tile = new CameraTile(spec, context);
        tile->setTileRect(QRectF(0, 0, 700, 500));
        const QRectF cell = tile->cellRect(0);
        return {tile, QSizeF(700 + 640 - cell.width(), 500 + 360 - cell.height())};
    }

    TileEnvironment env;
    std::unique_ptr<CameraRegistry> registry;
    StreamBudget budget{4};
    TileContext context;
};

// The regions a widget is asked to repaint.
class PaintRecorder : public QObject {
public:
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent *>(event)->region());
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// One view showing the whole wall, or one a screen as on the real wall
// (here two, each showing one of the two tiles).
class NewPictures : public testing::TestWithParam<int> {};
INSTANTIATE_TEST_SUITE_P(CameraPainting, NewPictures, testing::Values(1, 2),
                         [](const testing::TestParamInfo<int> &info) {
                             return info.param == 1 ? std::string("OneView")
                                                    : std::string("AViewAScreen");
                         });

TEST_P(NewPictures, RepaintTheirCellsAndNothingAroundThem)
{
    RtspServer server;
    QString error;
    if (!server.start(2, &error, 640, 360))
        GTEST_SKIP() << "no RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0): "
                     << error.toStdString();
    const CameraWall wall(server, {u"Camera 1"_s, u"Camera 2"_s});
    QGraphicsScene scene;
    QList<CameraTile *> tiles;
    for (int i = 0; i < 2; ++i) {
        // Pictures shown 1:1 (written into the window around the kept
        // plates), the tiles off whole pixels, the canvas between them.
        const auto [tile, size] = wall.tile(i + 1);
        tile->setTileRect(QRectF(QPointF(10.3 + i * (size.width() + 20.6), 8.45), size));
        scene.addItem(tile);
        tiles.append(tile);
    }
    const QRectF canvas(0, 0,
                        tiles.last()->mapRectToScene(tiles.last()->boundingRect()).right() + 10,
                        tiles.last()->mapRectToScene(tiles.last()->boundingRect()).bottom() + 10);
    scene.setSceneRect(canvas);
    // With two screens, the first ends in the canvas between the tiles.
    const double split = tiles.first()->mapRectToScene(tiles.first()->boundingRect()).right() + 10;
    std::vector<std::unique_ptr<WallView>> views;
    for (int i = 0; i < GetParam(); ++i) {
        const QRectF region = GetParam() == 1 ? canvas
                              : i == 0        ? QRectF(0, 0, split, canvas.height())
                                       : QRectF(split, 0, canvas.width() - split, canvas.height());
        auto view = std::make_unique<WallView>(region, false);
        view->setFixedSize(region.size().toSize());
        view->showWallScene(&scene);
        view->show();
        views.push_back(std::move(view));
    }
    // The view showing tile `i`.
    const auto viewOf = [&](int i) {
        return views.at(std::min<size_t>(i, views.size() - 1)).get();
    };
    for (CameraTile *tile : tiles) {
        CameraView *camera = tile->view(0);
        ASSERT_TRUE(
            waitUntil([&] { return camera->stream()->state() == StreamState::Playing; }, 30000))
            << streamErrorText(camera->stream()->stats().lastError).toStdString();
    }
    ASSERT_TRUE(waitUntil([&] { return tiles.at(1)->view(0)->framesShown() > 3; }, 10000));

    const quint64 writtenBefore = tiles.at(0)->view(0)->picturesWritten();
    std::vector<std::unique_ptr<PaintRecorder>> recorders;
    for (auto &view : views) {
        recorders.push_back(std::make_unique<PaintRecorder>());
        view->viewport()->installEventFilter(recorders.back().get());
    }
    const quint64 shownBefore = tiles.at(0)->view(0)->framesShown();
    ASSERT_TRUE(
        waitUntil([&] { return tiles.at(0)->view(0)->framesShown() > shownBefore + 10; }, 10000));
    for (size_t v = 0; v < views.size(); ++v)
        views.at(v)->viewport()->removeEventFilter(recorders.at(v).get());
    EXPECT_GT(tiles.at(0)->view(0)->picturesWritten(), writtenBefore + 5)
        << "pictures not written straight into the window";

    for (size_t v = 0; v < views.size(); ++v) {
        WallView &view = *views.at(v);
        SCOPED_TRACE("view " + std::to_string(v));
        ASSERT_FALSE(recorders.at(v)->regions.isEmpty());
        QRegion repainted;
        for (const QRegion &r : recorders.at(v)->regions)
            repainted += r;
        // The device pixels each cell in this view paints (its picture and
        // the black around it), and the opaque name and live plates that stay
        // in the window from one picture to the next.
        QRegion cells, kept;
        for (int i = 0; i < int(tiles.size()); ++i) {
            if (viewOf(i) != &view)
                continue;
            const QRect cell = TileItem::devicePixels(
                tiles.at(i)->cellRect(0), tiles.at(i)->deviceTransform(view.viewportTransform()));
            cells += cell;
            kept += tiles.at(i)->view(0)->pixelsKeptForNewPictures(view.viewport(), cell);
        }
        EXPECT_EQ(kept.rectCount(), 4 / GetParam()) << "two plates a camera: " << describe(kept);
        EXPECT_TRUE((kept - cells).isEmpty()) << "plates outside the cells: " << describe(kept);
        // Neither the frame around a cell (the view widens what items ask to
        // repaint by a pixel) nor the canvas between the tiles, nor the plates.
        EXPECT_TRUE((repainted - (cells - kept)).isEmpty())
            << "repainted outside the pictures: " << describe(repainted - (cells - kept));
        EXPECT_TRUE(((cells - kept) - repainted).isEmpty())
            << "picture pixels never repainted: " << describe((cells - kept) - repainted);

        // What the window holds where the plates are kept is what painting
        // it afresh gives, and the pictures next to them are there too.
        ASSERT_EQ(view.backingStore()->paintDevice()->devType(), int(QInternal::Image));
        auto *store = static_cast<QImage *>(view.backingStore()->paintDevice());
        const QPoint offset = view.viewport()->mapTo(&view, QPoint(0, 0));
        const QImage shown = store->convertToFormat(QImage::Format_RGB32);
        const QImage afresh =
            view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int differing = 0;
        for (const QRect &r : kept)
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    differing += shown.pixel(QPoint(x, y) + offset) != afresh.pixel(x, y);
        EXPECT_EQ(differing, 0) << "the window's plates differ from plates painted afresh";
        // The test pattern is a white ball on black.
        int lit = 0;
        for (const QRect &r : cells - kept)
            lit += pixelsDifferentFrom(shown, r.translated(offset), Qt::black);
        EXPECT_GT(lit, 1000 * (tiles.size() / views.size())) << "no picture in the window";
    }
}

TEST(CameraPainting, APictureWrittenIntoTheWindowLooksLikeOneDrawnAndLeavesNoGaps)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error, 640, 360))
        GTEST_SKIP() << "no RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0): "
                     << error.toStdString();
    const CameraWall wall(server, {u"Ngã tư Mít Một"_s});
    // Sized so that the picture cell is 640×360, and placed off whole pixels.
    const auto [tile, size] = wall.tile(1);
    const QRectF cell = tile->cellRect(0);
    tile->setTileRect(QRectF(QPointF(13.4, 7.7), size));

    QGraphicsScene scene;
    const QRectF canvas(0, 0, size.width() + 40, size.height() + 30);
    scene.setSceneRect(canvas);
    scene.addItem(tile);
    // The view sits inside its window, away from its top-left corner.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(37, 23, 11, 5);
    auto *view = new WallView(canvas, false);
    view->setFixedSize(canvas.size().toSize());
    layout->addWidget(view);
    view->showWallScene(&scene);
    window.show();

    CameraView *camera = tile->view(0);
    ASSERT_TRUE(waitUntil([&] { return camera->stream()->state() == StreamState::Playing; }, 30000))
        << streamErrorText(camera->stream()->stats().lastError).toStdString();
    ASSERT_TRUE(waitUntil([&] { return camera->framesShown() > 5; }, 10000));

    // Both renders run before the event loop brings another picture.
    const QRgb magenta = qRgb(255, 0, 255);
    QImage direct(window.size(), QImage::Format_ARGB32_Premultiplied);
    direct.fill(magenta);
    const quint64 writtenBefore = camera->picturesWritten();
    window.render(&direct);
    EXPECT_GT(camera->picturesWritten(), writtenBefore) << "not written into the surface";
    // 24-bit pixels are not written into: the picture is drawn as an image.
    QImage drawn(window.size(), QImage::Format_RGB888);
    drawn.fill(magenta);
    const quint64 writtenBetween = camera->picturesWritten();
    window.render(&drawn);
    EXPECT_EQ(camera->picturesWritten(), writtenBetween) << "written into 24-bit pixels";

    const QImage a = direct.convertToFormat(QImage::Format_RGB32);
    const QImage b = drawn.convertToFormat(QImage::Format_RGB32);
    const QRect viewRect(view->mapTo(&window, QPoint(0, 0)), view->size());
    const QRect cellPixels =
        view->mapFromScene(tile->mapToScene(cell)).boundingRect().translated(viewRect.topLeft());
    EXPECT_GT(pixelsDifferentFrom(a, cellPixels, Qt::black), 10000) << "no picture in the cell";
    // The picture below the name plates (blended a little differently onto
    // 24-bit pixels) must be the same pixel for pixel.
    const QRect picture = cellPixels.adjusted(0, cellPixels.height() / 3, 0, 0);
    int differing = 0;
    for (int y = picture.top(); y <= picture.bottom(); ++y)
        for (int x = picture.left(); x <= picture.right(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    EXPECT_EQ(differing, 0) << "the picture written differs from the one drawn";
    // Between the tiles the canvas, under them the tiles: nothing left unpainted.
    EXPECT_EQ(pixelsExactly(a, viewRect, magenta), 0);
    EXPECT_EQ(pixelsExactly(b, viewRect, magenta), 0);
    EXPECT_GT(pixelsNear(a, QRect(viewRect.right() - 10, viewRect.bottom() - 10, 8, 8),
                         wall.env.theme.canvas, 2),
              60)
        << "the canvas colour between tiles";
}
