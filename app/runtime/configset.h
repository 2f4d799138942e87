#pragma once

#include "hub/sourceconfig.h"
#include "store/maintenance.h"
#include "util/configerror.h"
#include "wall/scene.h"
#include "wall/wallgeometry.h"

#include <QHash>

#include <optional>

namespace iocwall {

// Everything a technician describes: the wall, its scenes and the data sources,
// read from one folder (the built-in one is ":/data").
struct ConfigSet {
    QString dir;
    WallGeometry wall;
    QList<Scene> scenes;         // in the order operators step through them
    QList<SourceConfig> sources; // empty: no real API configured
    RetentionPolicy retention;   // cache.json, when present

    int sceneIndex(const QString &id) const;
};

// The built-in configuration folder (compiled into the program).
QString builtinConfigDir();
// The demo's sources, pointed at the built-in simulator at `simulatorUrl`.
QList<SourceConfig> demoSources(const QString &simulatorUrl, QList<ConfigError> *errors);

// Reads wall.json, scenes/*.json and sources/*.json. Returns nullopt when the
// wall or any scene is unusable; every problem is listed in `errors`.
std::optional<ConfigSet> loadConfigSet(const QString &dir, const TileTypeSpecs &types,
                                       QList<ConfigError> *errors);

// Reads cache.json: {"version": 1, "raw_days": 35, "hourly_days": 400,
// "revision_days": 90}; every field optional. nullopt when it is unusable.
std::optional<RetentionPolicy> readRetention(const QString &fileName, ConfigIssues &issues);

// Reads one scene for a running wall; the caller keeps the last good scene on failure.
std::optional<Scene> reloadScene(const QString &fileName, const WallGeometry &wall,
                                 const TileTypeSpecs &types, QList<ConfigError> *errors);

} // namespace iocwall
