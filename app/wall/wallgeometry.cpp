#include "wallgeometry.h"

#include "util/jsonfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
constexpr double kMmPerInch = 25.4;
constexpr int kWallFileVersion = 1;
} // namespace

double WallGeometry::screenWidthMm() const
{
    const double aspect = double(screenWidthPx) / double(screenHeightPx);
    return diagonalInch * kMmPerInch * aspect / std::sqrt(aspect * aspect + 1.0);
}

double WallGeometry::pixelPitchMm() const
{
    return screenWidthMm() / screenWidthPx;
}

int WallGeometry::bezelPx() const
{
    return int(std::lround(bezelMm / pixelPitchMm()));
}

QSize WallGeometry::canvasSize() const
{
    return {columns * screenWidthPx + (columns - 1) * bezelPx(),
            rows * screenHeightPx + (rows - 1) * bezelPx()};
}

QSize WallGeometry::wallPixelSize() const
{
    return {columns * screenWidthPx, rows * screenHeightPx};
}

QRect WallGeometry::screenRect(int row, int column) const
{
    const int gap = bezelPx();
    return {column * (screenWidthPx + gap), row * (screenHeightPx + gap), screenWidthPx,
            screenHeightPx};
}

std::optional<WallGeometry> wallGeometryFromJson(const QJsonObject &json, ConfigIssues &issues)
{
    const qsizetype before = issues.errors().size();
    FieldReader root(json, {}, issues);
    WallGeometry g;
    const int version =
        root.integer(u"version"_s, Need::Required, kWallFileVersion, 1, kWallFileVersion);
    Q_UNUSED(version)
    g.name = root.string(u"name"_s, Need::Optional);
    g.rows = root.integer(u"rows"_s, Need::Required, g.rows, 1, 8);
    g.columns = root.integer(u"columns"_s, Need::Required, g.columns, 1, 16);
    const QJsonObject screenJson = root.object(u"screen"_s, Need::Optional);
    FieldReader screen(screenJson, u"/screen"_s, issues);
    g.screenWidthPx = screen.integer(u"width_px"_s, Need::Optional, g.screenWidthPx, 320, 15360);
    g.screenHeightPx = screen.integer(u"height_px"_s, Need::Optional, g.screenHeightPx, 240, 8640);
    g.diagonalInch = screen.number(u"diagonal_inch"_s, Need::Optional, g.diagonalInch, 10.0, 300.0);
    g.bezelMm = root.number(u"bezel_mm"_s, Need::Optional, g.bezelMm, 0.0, 100.0);
    g.viewingDistanceM =
        root.number(u"viewing_distance_m"_s, Need::Optional, g.viewingDistanceM, 0.5, 50.0);
    g.timeZone = root.string(u"time_zone"_s, Need::Optional, g.timeZone);
    g.outputs = root.stringList(u"outputs"_s, Need::Optional);
    const QString palette = root.string(u"palette"_s, Need::Optional, u"default"_s);
    if (palette == u"colorblind")
        g.palette = WallGeometry::Palette::ColourBlind;
    else if (palette != u"default")
        issues.add(u"/palette"_s,
                   FieldReader::tr("cần default hoặc colorblind, nhưng có \"%1\"").arg(palette));
    g.maxStreams = root.integer(u"max_streams"_s, Need::Optional, g.maxStreams, 1, 64);
    g.paintCacheMb = root.integer(u"paint_cache_mb"_s, Need::Optional, g.paintCacheMb, 0, 65536);
    if (!g.outputs.isEmpty() && g.outputs.size() != g.screenCount())
        issues.add(u"/outputs"_s,
                   FieldReader::tr("cần đúng %1 tên đầu ra (một cho mỗi màn hình), nhưng có %2")
                       .arg(g.screenCount())
                       .arg(g.outputs.size()));
    if (issues.errors().size() != before)
        return std::nullopt;
    return g;
}

std::optional<WallGeometry> readWallGeometry(const QString &fileName, ConfigIssues &issues)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    return wallGeometryFromJson(doc->object(), issues);
}

} // namespace iocwall
