#pragma once

#include "model/indicator.h"
#include "util/configerror.h"
#include "wall/tiletype.h"
#include "wall/wallgeometry.h"

#include <QJsonObject>
#include <QRect>
#include <QVariantMap>

#include <optional>

namespace iocwall {

// What a tile shows: which indicators, for which areas, over which window.
struct TileBinding {
    QStringList indicators;
    QStringList areas; // empty: the whole town
    QString period = QStringLiteral("day");
    int days = 30;                          // the time window of charts ("window_days")
    std::optional<Aggregation> aggregation; // unset: the indicator's own

    bool isEmpty() const { return indicators.isEmpty(); }
    friend bool operator==(const TileBinding &, const TileBinding &) = default;
};

struct TileSpec {
    QString id;
    QString type;
    QString title;
    QString titleEn;
    int column = 0; // in scene cells, counted across the whole wall
    int row = 0;
    int columnSpan = 1;
    int rowSpan = 1;
    TileBinding binding;
    QVariantMap props; // every property of the type, defaults filled in

    QString displayTitle(bool english) const
    {
        return english && !titleEn.isEmpty() ? titleEn : title;
    }
};

struct Scene {
    // The version scene files are written in; older ones are migrated on load
    // (wall/scenemigration.h), the changes of each version are in docs/scenes.md.
    static constexpr int kCurrentVersion = 2;

    QString id;
    QString name;
    QString nameEn;
    int columnsPerScreen = 4;
    int rowsPerScreen = 3;
    int order = 50;           // place among the scenes (keys 1–9), then the file name
    int staleAfterS = 900;    // data older than this turns a tile amber
    int expiredAfterS = 3600; // ... and older than this, red
    QList<TileSpec> tiles;

    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

// The rectangle a span of scene cells covers on the wall's virtual canvas. A
// span that crosses a seam covers the bezel gap too, so content stays straight.
QRect cellSpanRect(const WallGeometry &wall, const Scene &scene, int column, int row,
                   int columnSpan, int rowSpan);

// Reads and validates a scene file against the wall and the known tile types.
// A file of an older version is migrated first, so paths in messages refer to
// the current version's form. Every problem is recorded with file, JSON path
// and what was expected; the scene is returned only when there were none.
std::optional<Scene> readScene(const QString &fileName, const WallGeometry &wall,
                               const TileTypeSpecs &types, ConfigIssues &issues);
std::optional<Scene> sceneFromJson(const QJsonObject &json, const WallGeometry &wall,
                                   const TileTypeSpecs &types, ConfigIssues &issues);

} // namespace iocwall
