#pragma once

#include "util/configerror.h"

#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace iocwall {

// The physical wall: rows x columns of identical screens with bezels between
// them. Tiles are laid out on a virtual canvas that includes the bezel gaps, so
// a line crossing a seam stays straight; the pixels behind a bezel are simply
// never shown. All lengths carry their unit in the name.
struct WallGeometry {
    QString name;
    int rows = 2;
    int columns = 3;
    int screenWidthPx = 1920;
    int screenHeightPx = 1080;
    double diagonalInch = 55.0;
    double bezelMm = 3.5; // combined bezel between two adjacent screens
    double viewingDistanceM = 5.0;
    QString timeZone = QStringLiteral("Asia/Ho_Chi_Minh");
    QStringList outputs; // output (QScreen) name per screen, row-major; may be empty
    // "palette": "default" or "colorblind" (status colours and chart series
    // that stay apart for every common colour-vision deficiency).
    enum class Palette { Default, ColourBlind };
    Palette palette = Palette::Default;
    int maxStreams = 16; // camera streams decoding at once ("max_streams")
    // Memory for scenes rendered ahead off the wall ("paint_cache_mb"); past
    // it, the scenes shown longest ago give theirs up and paint on a switch.
    int paintCacheMb = 512;

    int screenCount() const { return rows * columns; }
    double screenWidthMm() const;
    double pixelPitchMm() const;                 // size of one pixel on the glass
    int bezelPx() const;                         // the bezel gap expressed in canvas pixels
    QSize canvasSize() const;                    // all screens plus the gaps between them
    QSize wallPixelSize() const;                 // all screens, no gaps (what the outputs show)
    QRect screenRect(int row, int column) const; // one screen on the canvas
    QRect screenRect(int index) const { return screenRect(index / columns, index % columns); }
};

// Reads wall.json. Problems go to `issues` (file, JSON path, what was expected);
// nullopt when the file cannot be used.
std::optional<WallGeometry> readWallGeometry(const QString &fileName, ConfigIssues &issues);
std::optional<WallGeometry> wallGeometryFromJson(const QJsonObject &json, ConfigIssues &issues);

} // namespace iocwall
