#pragma once

#include <QDateTime>

namespace iocwall {

// How much a tile may trust what it shows. NoData: nothing ever arrived.
// Fresh: fetched within the scene's stale threshold from a healthy source.
// Stale (amber): older than that, or its source is failing right now.
// Expired (red): older than the scene's expiry threshold.
enum class Freshness { NoData, Fresh, Stale, Expired };

Freshness classifyFreshness(const QDateTime &fetchedAt, const QDateTime &now, int staleAfterS,
                            int expiredAfterS, bool sourceOk);

} // namespace iocwall
