// The map's GeoJSON reader and projection: the built-in boundaries, broken
// files reported by file and JSON path, and lon/lat to screen.
#include "geo/geojson.h"
#include "geo/geoprojection.h"
#include "support/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QString builtinGeoJson()
{
    return iocwall::test::sourceDir() + u"/data/geo/hoa-thanh.geojson"_s;
}

QPolygonF outer(const GeoFeature &f)
{
    QPolygonF p;
    for (const QPointF &point : f.polygons.first().rings.first())
        p.append(point);
    return p;
}

// A file with `text` in a temporary folder; returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

const char *kSquare = R"({"type": "Feature", "properties": {"code": "a", "name": "Phường A"},
  "geometry": {"type": "Polygon", "coordinates": [[[106.0, 11.0], [106.1, 11.0], [106.1, 11.1],
  [106.0, 11.1], [106.0, 11.0]]]}})";

// Reads `json` from a file named broken.geojson; returns the single error.
ConfigError onlyError(const QByteArray &json)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"broken.geojson"_s, json);
    ConfigIssues issues(path);
    const auto map = readGeoJson(path, issues);
    EXPECT_FALSE(map.has_value());
    EXPECT_EQ(issues.errors().size(), 1) << issues.summary().toStdString();
    if (issues.errors().isEmpty())
        return {};
    EXPECT_EQ(issues.errors().first().file, path);
    return issues.errors().first();
}

QByteArray collection(const QByteArray &features)
{
    return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
}

} // namespace

TEST(GeoJson, BuiltInBoundariesCoverEveryAreaWithoutOverlap)
{
    ConfigIssues issues(builtinGeoJson());
    const auto map = readGeoJson(builtinGeoJson(), issues);
    ASSERT_TRUE(map.has_value()) << issues.summary().toStdString();
    EXPECT_TRUE(map->approximate) << "the demo boundaries must say they are approximate";
    ASSERT_EQ(map->features.size(), 8);

    QFile areasFile(iocwall::test::sourceDir() + u"/data/areas/hoa-thanh.json"_s);
    ASSERT_TRUE(areasFile.open(QIODevice::ReadOnly));
    const QJsonArray areas = QJsonDocument::fromJson(areasFile.readAll())[u"areas"_s].toArray();
    ASSERT_EQ(areas.size(), 8);
    for (const QJsonValue &v : areas) {
        const QString code = v[u"code"_s].toString();
        const GeoFeature *f = map->feature(code);
        ASSERT_NE(f, nullptr) << code.toStdString();
        EXPECT_EQ(f->name, v[u"name"_s].toString());
        EXPECT_FALSE(f->shortName.startsWith(u"Phường"_s));
        const QPointF centre(v[u"lon"_s].toDouble(), v[u"lat"_s].toDouble());
        // The area's own centre lies in its polygon and in no other.
        for (const GeoFeature &other : map->features)
            EXPECT_EQ(outer(other).containsPoint(centre, Qt::OddEvenFill), other.code == code)
                << code.toStdString() << " in " << other.code.toStdString();
        // Its label point too, so the name sits on the area it names.
        EXPECT_TRUE(outer(*f).containsPoint(f->labelPoint(), Qt::OddEvenFill))
            << code.toStdString();
    }
    const QRectF bounds = map->bounds();
    EXPECT_GT(bounds.width(), 0.05);
    EXPECT_LT(bounds.width(), 0.3);
    EXPECT_TRUE(bounds.contains(QPointF(106.13, 11.286)));
}

TEST(GeoJson, MultiPolygonWithAHoleAndTheResourcePath)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"multi.geojson"_s, collection(R"(
      {"type": "Feature", "properties": {"code": "b", "short_name": "B"},
       "geometry": {"type": "MultiPolygon", "coordinates": [
         [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
         [[[10, 10], [11, 10], [11, 11], [10, 10]]]]}})"));
    ConfigIssues issues(path);
    const auto map = readGeoJson(path, issues);
    ASSERT_TRUE(map.has_value()) << issues.summary().toStdString();
    const GeoFeature &b = map->features.first();
    EXPECT_EQ(b.polygons.size(), 2);
    EXPECT_EQ(b.polygons.first().rings.size(), 2);
    EXPECT_EQ(b.shortName, u"B"_s);
    // The label goes to the larger polygon.
    EXPECT_NEAR(b.labelPoint().x(), 2.0, 1e-9);
    EXPECT_NEAR(b.labelPoint().y(), 2.0, 1e-9);
    EXPECT_EQ(map->bounds(), QRectF(QPointF(0, 0), QPointF(11, 11)));

    // Relative: the configuration folder's own file when it has one, else the built-in one.
    EXPECT_EQ(geoJsonPath({}), u":/data/geo/hoa-thanh.geojson"_s);
    EXPECT_EQ(geoJsonPath(u"multi.geojson"_s, dir.path()), dir.filePath(u"multi.geojson"_s));
    EXPECT_EQ(geoJsonPath(u"geo/hoa-thanh.geojson"_s, dir.path()),
              u":/data/geo/hoa-thanh.geojson"_s);
    EXPECT_EQ(geoJsonPath(u"/srv/x.geojson"_s, dir.path()), u"/srv/x.geojson"_s);
    ConfigIssues builtin(geoJsonPath({}));
    EXPECT_TRUE(readGeoJson(geoJsonPath({}), builtin).has_value())
        << builtin.summary().toStdString();
}

TEST(GeoJson, BrokenFilesNameTheJsonPathAndWhatWasExpected)
{
    EXPECT_EQ(onlyError(collection(kSquare).replace("FeatureCollection", "Feature")).path,
              u"/type"_s);
    EXPECT_EQ(onlyError(R"({"type": "FeatureCollection"})").path, u"/features"_s);

    QByteArray point(kSquare);
    point.replace("\"Polygon\"", "\"Point\"");
    const ConfigError notPolygon = onlyError(collection(point));
    EXPECT_EQ(notPolygon.path, u"/features/0/geometry/type"_s);
    EXPECT_TRUE(notPolygon.message.contains(u"MultiPolygon"_s)) << notPolygon.message.toStdString();

    QByteArray open(kSquare);
    open.replace("[106.0, 11.1], [106.0, 11.0]]", "[106.0, 11.1], [106.0, 11.05]]");
    EXPECT_EQ(onlyError(collection(open)).path, u"/features/0/geometry/coordinates/0/4"_s);

    QByteArray north(kSquare);
    north.replace("[106.1, 11.1]", "[106.1, 95.0]");
    const ConfigError latitude = onlyError(collection(north));
    EXPECT_EQ(latitude.path, u"/features/0/geometry/coordinates/0/2/1"_s);
    EXPECT_TRUE(latitude.message.contains(u"vĩ độ"_s)) << latitude.message.toStdString();

    QByteArray text(kSquare);
    text.replace("[106.1, 11.0]", "[\"106.1\", 11.0]");
    EXPECT_EQ(onlyError(collection(text)).path, u"/features/0/geometry/coordinates/0/1"_s);

    QByteArray tooFew(kSquare);
    tooFew.replace("[106.1, 11.0], [106.1, 11.1],", "");
    EXPECT_EQ(onlyError(collection(tooFew)).path, u"/features/0/geometry/coordinates/0"_s);

    QByteArray noCode(kSquare);
    noCode.replace("\"code\": \"a\", ", "");
    EXPECT_EQ(onlyError(collection(QByteArray(kSquare) + "," + noCode)).path,
              u"/features/1/properties/code"_s);

    const ConfigError twice = onlyError(collection(QByteArray(kSquare) + "," + kSquare));
    EXPECT_EQ(twice.path, u"/features/1/properties/code"_s);
    EXPECT_TRUE(twice.message.contains(u"/features/0"_s)) << twice.message.toStdString();

    const ConfigError syntax = onlyError("{\"type\": \"FeatureCollection\",\n \"features\": [}");
    EXPECT_TRUE(syntax.message.contains(u"dòng 2"_s)) << syntax.message.toStdString();

    QTemporaryDir dir;
    ConfigIssues missing(dir.filePath(u"none.geojson"_s));
    EXPECT_FALSE(readGeoJson(dir.filePath(u"none.geojson"_s), missing).has_value());
    EXPECT_EQ(missing.errors().size(), 1);
}

TEST(GeoProjection, NorthIsUpAndAKilometreIsAsWideAsItIsTall)
{
    const double lat0 = 11.28;
    const double k = std::cos(lat0 * std::numbers::pi / 180.0);
    // A square on the ground: 0.02° of latitude tall, 0.02°/cos(lat) of longitude wide.
    const QRectF ground(QPointF(106.10, lat0 - 0.01), QPointF(106.10 + 0.02 / k, lat0 + 0.01));
    const GeoProjection projection(ground, QRectF(0, 0, 1000, 500), 10);
    ASSERT_TRUE(projection.isValid());
    const QPointF sw = projection.toScreen(ground.left(), ground.top());
    const QPointF ne = projection.toScreen(ground.right(), ground.bottom());
    EXPECT_LT(ne.y(), sw.y()) << "north must be up";
    EXPECT_GT(ne.x(), sw.x()) << "east must be right";
    EXPECT_NEAR(ne.x() - sw.x(), sw.y() - ne.y(), 1.0) << "a square on the ground stays square";
    // Fits the height (the narrower side), with the margin, centred.
    EXPECT_NEAR(sw.y() - ne.y(), 480.0, 1e-6);
    EXPECT_NEAR((sw.x() + ne.x()) / 2, 500.0, 1e-6);
    EXPECT_NEAR(ne.y(), 10.0, 1e-6);
    // And back.
    const QPointF back = projection.toLonLat(projection.toScreen(106.11, 11.285));
    EXPECT_NEAR(back.x(), 106.11, 1e-9);
    EXPECT_NEAR(back.y(), 11.285, 1e-9);

    // One point still gets a view around it; an empty target gets none.
    const GeoProjection single(QRectF(QPointF(106.1, 11.2), QSizeF(0, 0)), QRectF(0, 0, 100, 100));
    ASSERT_TRUE(single.isValid());
    EXPECT_EQ(single.toScreen(106.1, 11.2), QPointF(50, 50));
    EXPECT_FALSE(GeoProjection(ground, QRectF(0, 0, 0, 0)).isValid());
}
