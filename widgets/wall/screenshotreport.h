#pragma once

#include <QJsonObject>

namespace iocwall {

class WallScene;

// What a screenshot shows, for the programs and tests that check it:
// {"scene": id, "complete": bool, "tiles": [{"id", "type", "bound": bool
// (bound to indicators, so data is expected), "state": "data" | "no-data" |
// "error", "freshness": "fresh" | "stale" | "expired" | "no-data"}]}.
QJsonObject screenshotReport(const WallScene &scene, bool complete);

} // namespace iocwall
