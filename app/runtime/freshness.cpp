#include "freshness.h"

namespace iocwall {

Freshness classifyFreshness(const QDateTime &fetchedAt, const QDateTime &now, int staleAfterS,
                            int expiredAfterS, bool sourceOk)
{
    if (!fetchedAt.isValid())
        return Freshness::NoData;
    const qint64 age = fetchedAt.secsTo(now);
    if (age > expiredAfterS)
        return Freshness::Expired;
    if (age > staleAfterS || !sourceOk)
        return Freshness::Stale;
    return Freshness::Fresh;
}

} // namespace iocwall
