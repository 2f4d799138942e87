#include "breakdown.h"

#include "analytics.h"
#include "reportqueries.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// Orders the bars and drops the areas the binding does not name.
void finish(const TileBinding &binding, QList<AreaBreakdown> &bars)
{
    if (binding.areas.isEmpty()) {
        std::stable_sort(
            bars.begin(), bars.end(),
            [](const AreaBreakdown &a, const AreaBreakdown &b) { return a.total() > b.total(); });
        return;
    }
    bars.removeIf([&](const AreaBreakdown &b) { return !binding.areas.contains(b.area); });
    std::stable_sort(bars.begin(), bars.end(), [&](const AreaBreakdown &a, const AreaBreakdown &b) {
        return binding.areas.indexOf(a.area) < binding.areas.indexOf(b.area);
    });
}

QString areaName(const QHash<QString, Area> &areas, const QString &code)
{
    const QString name = areas.value(code).name;
    return name.isEmpty() ? code : name;
}

} // namespace

void breakdownByIndicator(const StoreReader &reader, const TileBinding &binding,
                          const QDateTime &from, const QDateTime &to, TileData &data)
{
    const QHash<QString, IndicatorInfo> catalog = reader.indicators();
    // Areas in the order first met, so equal totals keep a stable order.
    QList<AreaBreakdown> bars;
    QHash<QString, qsizetype> index;
    const qsizetype keys = binding.indicators.size();
    for (qsizetype k = 0; k < keys; ++k) {
        const QString &code = binding.indicators.at(k);
        const Aggregation aggregation =
            binding.aggregation.value_or(catalog.value(code).aggregation);
        for (const AreaRank &r : rankAreas(reader, code, from, to, aggregation, true)) {
            auto it = index.find(r.area);
            if (it == index.end()) {
                it = index.insert(r.area, bars.size());
                bars.append({r.area, r.name, QList<double>(keys, 0.0)});
            }
            bars[*it].values[k] = r.value;
        }
    }
    finish(binding, bars);
    data.breakdownKeys = binding.indicators;
    data.breakdown = bars;
}

void breakdownReportsByStatus(const StoreReader &reader, const TileBinding &binding,
                              const QDateTime &from, const QDateTime &to, TileData &data)
{
    const QList<ReportQueries::AreaStatusCount> counts =
        ReportQueries(reader).countsByAreaAndStatus(from, to);
    static const QStringList known = {u"received"_s, u"in_progress"_s, u"overdue"_s, u"resolved"_s};
    QStringList others;
    bool present[4] = {false, false, false, false};
    for (const auto &c : counts) {
        if (c.area.isEmpty())
            continue;
        const qsizetype k = known.indexOf(c.status);
        if (k >= 0)
            present[k] = true;
        else if (!others.contains(c.status))
            others.append(c.status);
    }
    QStringList keys;
    for (qsizetype k = 0; k < known.size(); ++k)
        if (present[k])
            keys.append(known.at(k));
    others.sort();
    keys += others;

    const QHash<QString, Area> areas = reader.areas();
    QList<AreaBreakdown> bars;
    for (const auto &c : counts) {
        if (c.area.isEmpty())
            continue;
        if (bars.isEmpty() || bars.last().area != c.area) // counts come ordered by area
            bars.append({c.area, areaName(areas, c.area), QList<double>(keys.size(), 0.0)});
        bars.last().values[keys.indexOf(c.status)] = double(c.count);
    }
    finish(binding, bars);
    data.breakdownKeys = keys;
    data.breakdown = bars;
}

} // namespace iocwall
