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

TEST(CameraPainting, ANewPictureRepaintsItsCellAndNothingAroundIt)
{
    RtspServer server;
    QString error;
    if (!server.start(2, &error, 640, 360))
        GTEST_SKIP() << "no RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0): "
                     << error.toStdString();
    TileEnvironment env;
    QList<CameraInfo> cams;
    for (int i = 1; i <= 2; ++i) {
        CameraInfo info;
        info.id = u"cam%1"_s.arg(i);
        info.name = u"Camera %1"_s.arg(i);
        info.mainStream = info.subStream = QUrl(server.url(i));
        cams.append(info);
    }
    CameraRegistry registry(cams);
    StreamBudget budget(4);
    TileContext context = env.context();
    context.cameras = &registry;
    context.streams = &budget;
    QGraphicsScene scene;
    QList<CameraTile *> tiles;
    for (int i = 0; i < 2; ++i) {
        TileSpec spec;
        spec.id = u"t%1"_s.arg(i);
        spec.type = u"camera"_s;
        spec.props = {{u"camera"_s, cams.at(i).id}, {u"rtsp_transport"_s, u"tcp"_s}};
        auto *tile = new CameraTile(spec, context);
        // Pictures shown 1:1 (written into the window around the kept
        // plates), the tiles off whole pixels, the canvas between them.
        tile->setTileRect(QRectF(0, 0, 700, 500));
        const QRectF cell = tile->cellRect(0);
        const QSizeF size(700 + 640 - cell.width(), 500 + 360 - cell.height());
        tile->setTileRect(QRectF(QPointF(10.3 + i * (size.width() + 20.6), 8.45), size));
        scene.addItem(tile);
        tiles.append(tile);
    }
    const QRectF canvas(0, 0,
                        tiles.last()->mapRectToScene(tiles.last()->boundingRect()).right() + 10,
                        tiles.last()->mapRectToScene(tiles.last()->boundingRect()).bottom() + 10);
    scene.setSceneRect(canvas);
    WallView view(canvas, false);
    view.setFixedSize(canvas.size().toSize());
    view.showWallScene(&scene);
    view.show();
    for (CameraTile *tile : tiles) {
        CameraView *camera = tile->view(0);
        ASSERT_TRUE(
            waitUntil([&] { return camera->stream()->state() == StreamState::Playing; }, 30000))
            << streamErrorText(camera->stream()->stats().lastError).toStdString();
    }
    ASSERT_TRUE(waitUntil([&] { return tiles.at(1)->view(0)->framesShown() > 3; }, 10000));

    // The device pixels each cell paints (its picture and the black around it).
    QRegion cells;
    for (CameraTile *tile : tiles)
        cells += TileItem::devicePixels(tile->cellRect(0),
                                        tile->deviceTransform(view.viewportTransform()));
    const quint64 writtenBefore = tiles.at(0)->view(0)->picturesWritten();
    PaintRecorder recorder;
    view.viewport()->installEventFilter(&recorder);
    const quint64 shownBefore = tiles.at(0)->view(0)->framesShown();
    ASSERT_TRUE(
        waitUntil([&] { return tiles.at(0)->view(0)->framesShown() > shownBefore + 10; }, 10000));
    view.viewport()->removeEventFilter(&recorder);
    ASSERT_FALSE(recorder.regions.isEmpty());
    EXPECT_GT(tiles.at(0)->view(0)->picturesWritten(), writtenBefore + 5)
        << "pictures not written straight into the window";
    QRegion repainted;
    for (const QRegion &r : recorder.regions)
        repainted += r;
    // The opaque name and live plates stay in the window from one picture to the next.
    QRegion kept;
    for (CameraTile *tile : tiles)
        kept += tile->view(0)->pixelsKeptForNewPictures(TileItem::devicePixels(
            tile->cellRect(0), tile->deviceTransform(view.viewportTransform())));
    EXPECT_EQ(kept.rectCount(), 4) << "two plates a camera: " << describe(kept);
    EXPECT_TRUE((kept - cells).isEmpty()) << "plates outside the cells: " << describe(kept);
    // Neither the frame around a cell (the view widens what items ask to
    // repaint by a pixel) nor the canvas between the tiles, nor the plates.
    EXPECT_TRUE((repainted - (cells - kept)).isEmpty())
        << "repainted outside the pictures: " << describe(repainted - (cells - kept));
    EXPECT_TRUE(((cells - kept) - repainted).isEmpty())
        << "picture pixels never repainted: " << describe((cells - kept) - repainted);

    // What the window holds where the plates are kept is what painting it
    // afresh gives, and the pictures next to them are there too.
    auto *store = static_cast<QImage *>(view.backingStore()->paintDevice());
    ASSERT_EQ(view.backingStore()->paintDevice()->devType(), int(QInternal::Image));
    const QPoint offset = view.viewport()->mapTo(&view, QPoint(0, 0));
    const QImage shown = store->convertToFormat(QImage::Format_RGB32);
    const QImage afresh = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (const QRect &r : kept)
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                differing += shown.pixel(QPoint(x, y) + offset) != afresh.pixel(x, y);
    EXPECT_EQ(differing, 0) << "the window's plates differ from plates painted afresh";
    for (CameraTile *tile : tiles) {
        const QRect cell = TileItem::devicePixels(tile->cellRect(0),
                                                  tile->deviceTransform(view.viewportTransform()));
        // The test pattern is a white ball on black.
        const QRegion picture = QRegion(cell) - kept;
        int lit = 0;
        for (const QRect &r : picture)
            lit += pixelsDifferentFrom(shown, r.translated(offset), Qt::black);
        EXPECT_GT(lit, 1000) << "no picture in the window";
    }
}

TEST(CameraPainting, APictureWrittenIntoTheWindowLooksLikeOneDrawnAndLeavesNoGaps)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error, 640, 360))
        GTEST_SKIP() << "no RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0): "
                     << error.toStdString();
    TileEnvironment env;
    CameraInfo info;
    info.id = u"cam"_s;
    info.name = u"Ngã tư Mít Một"_s;
    info.mainStream = info.subStream = QUrl(server.url(1));
    CameraRegistry registry({info});
    StreamBudget budget(4);
    TileContext context = env.context();
    context.cameras = &registry;
    context.streams = &budget;
    TileSpec spec;
    spec.id = u"t"_s;
    spec.type = u"camera"_s;
    spec.props = {{u"camera"_s, u"cam"_s}, {u"rtsp_transport"_s, u"tcp"_s}};
    auto *tile = new CameraTile(spec, context);
    // Sized so that the picture cell is 640×360, and placed off whole pixels.
    tile->setTileRect(QRectF(0, 0, 700, 500));
    const QRectF cell = tile->cellRect(0);
    const QSizeF size(700 + 640 - cell.width(), 500 + 360 - cell.height());
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
                         env.theme.canvas, 2),
              60)
        << "the canvas colour between tiles";
}
