#pragma once

#include "store/querytypes.h"
#include "store/storereader.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace iocwall {

// The figures leaders compare in a briefing, read from the cache (and as of
// the reader's moment, when it has one). Periods are local calendar periods:
// day, week (from Monday), month, year.
// The period of kind `kind` that contains `at`, in the wall's local time.
Period periodContaining(const QString &kind, const QDateTime &at, int utcOffsetS);

// This period so far against the previous one and the same one last year,
// like for like: each over the same elapsed span, so a half month is never
// compared with a whole one.
PeriodComparison comparePeriods(const StoreReader &reader, const QString &indicator,
                                const QStringList &areas, const QString &kind, const QDateTime &at,
                                Aggregation aggregation, int utcOffsetS);

// One number for an indicator over [from, to): aggregated over time per area,
// then combined over the areas (see StoreReader).
std::optional<double> aggregateRange(const StoreReader &reader, const QString &indicator,
                                     const QStringList &areas, const QDateTime &from,
                                     const QDateTime &to, Aggregation aggregation);

// Areas ranked by the indicator over [from, to); `higherIsBetter` decides the order.
QList<AreaRank> rankAreas(const StoreReader &reader, const QString &indicator,
                          const QDateTime &from, const QDateTime &to, Aggregation aggregation,
                          bool higherIsBetter);

} // namespace iocwall
