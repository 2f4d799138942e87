#pragma once

#include "util/configerror.h"

#include <QJsonObject>

#include <optional>

namespace iocwall {

// Scene files carry a "version"; an older file is brought up to
// Scene::kCurrentVersion on load, one step per version (see docs/scenes.md for
// what each version changed). A file newer than this program, or one without
// a usable version, is refused with the problem recorded at /version.
// `fromVersion`, when given, receives the version the file declared.
std::optional<QJsonObject> migrateSceneJson(const QJsonObject &json, ConfigIssues &issues,
                                            int *fromVersion = nullptr);

// Version 1 -> 2: a binding names its indicators only as a list
// ("indicator": "x" becomes "indicators": ["x"]) and its window carries its
// unit ("days" becomes "window_days").
QJsonObject migrateSceneV1ToV2(QJsonObject scene);

} // namespace iocwall
