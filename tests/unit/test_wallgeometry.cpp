#include "wall/scene.h"
#include "wall/textsize.h"
#include "wall/wallgeometry.h"

#include <QJsonDocument>

#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

TEST(WallGeometry, DefaultWallPixelPitchAndBezel)
{
    const WallGeometry wall;
    // 55" 16:9 is 1217.7 mm wide: 0.634 mm per pixel; 3.5 mm of bezel is 6 px.
    EXPECT_NEAR(wall.screenWidthMm(), 1217.6, 0.1);
    EXPECT_NEAR(wall.pixelPitchMm(), 0.6342, 0.0005);
    EXPECT_EQ(wall.bezelPx(), 6);
    EXPECT_EQ(wall.wallPixelSize(), QSize(5760, 2160));
    EXPECT_EQ(wall.canvasSize(), QSize(5760 + 2 * 6, 2160 + 6));
}

TEST(WallGeometry, ScreenRectsSkipTheBezelGap)
{
    const WallGeometry wall;
    EXPECT_EQ(wall.screenRect(0, 0), QRect(0, 0, 1920, 1080));
    EXPECT_EQ(wall.screenRect(0, 1), QRect(1926, 0, 1920, 1080));
    EXPECT_EQ(wall.screenRect(1, 2), QRect(2 * 1926, 1086, 1920, 1080));
    EXPECT_EQ(wall.screenRect(4), wall.screenRect(1, 1));
}

TEST(WallGeometry, SpanAcrossASeamCoversTheGap)
{
    const WallGeometry wall;
    Scene scene;
    scene.columnsPerScreen = 4;
    scene.rowsPerScreen = 2;
    // Inside one screen: cells of 480 x 540.
    EXPECT_EQ(cellSpanRect(wall, scene, 1, 0, 1, 1), QRect(480, 0, 480, 540));
    // Columns 2..5 cross from screen 0 into screen 1: the gap is inside the tile.
    const QRect across = cellSpanRect(wall, scene, 2, 0, 4, 1);
    EXPECT_EQ(across.left(), 960);
    EXPECT_EQ(across.right() + 1, 1926 + 960);
    EXPECT_EQ(across.width(), 4 * 480 + 6);
    // A span ending at a screen edge stops there, not at the next screen.
    EXPECT_EQ(cellSpanRect(wall, scene, 0, 0, 4, 1).width(), 1920);
    // Rows 1..2 cross the horizontal seam.
    EXPECT_EQ(cellSpanRect(wall, scene, 0, 1, 1, 2), QRect(0, 540, 480, 540 + 6 + 540));
}

TEST(TextSize, SmallestTextFollowsPitchAndDistance)
{
    const WallGeometry wall;
    EXPECT_EQ(minimumTextPx(wall), 52);
    // Twice as far needs about twice the size; a finer pitch needs more pixels.
    EXPECT_NEAR(minimumTextPx(wall.pixelPitchMm(), 10.0), 104, 1);
    EXPECT_GT(minimumTextPx(0.3, 5.0), minimumTextPx(0.6, 5.0));
    EXPECT_LT(minimumTextPx(wall.pixelPitchMm(), 2.0), 25);
}

TEST(WallGeometry, ReadsJsonAndNamesBadFields)
{
    ConfigIssues issues(u"wall.json"_s);
    const auto doc = QJsonDocument::fromJson(R"({"version":1,"rows":"two","columns":3,
        "screen":{"width_px":1920,"height_px":1080,"diagonal_inch":-5},"outputs":["A"]})");
    EXPECT_FALSE(wallGeometryFromJson(doc.object(), issues));
    const QString text = issues.summary();
    EXPECT_TRUE(text.contains(u"wall.json: /rows: cần một số nguyên từ 1 đến 8"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"/screen/diagonal_inch"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"/outputs"_s)) << text.toStdString();
}
