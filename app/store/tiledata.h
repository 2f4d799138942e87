#pragma once

#include "model/indicator.h"
#include "model/recordbatch.h"
#include "store/querytypes.h"
#include "wall/scene.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPointF>

#include <optional>

namespace iocwall {

// What a tile asks the data service for. A value; `generation` lets a tile
// drop answers to questions it no longer asks.
struct TileQuery {
    enum Part {
        Latest = 0x1,            // newest value and the one before (first indicator)
        Series = 0x2,            // one series per area (or combined) per indicator
        Ranking = 0x4,           // areas ranked by the first indicator over the window
        Comparison = 0x8,        // this period vs previous vs last year (first indicator)
        Reports = 0x10,          // 1022 reports: counts by status and category, the newest
        Overdue = 0x20,          // overdue reports
        Health = 0x40,           // the health of every source
        IndicatorsByArea = 0x80, // every bound indicator over the window, per area
        ReportsByArea = 0x100,   // 1022 reports created in the window, per area and status
        // The window before this one, shifted onto it: one series per
        // Series line, marked previousPeriod (needs Series).
        PreviousSeries = 0x200,
        ReportPins = 0x400, // located reports: open ones, and closed ones of the window
    };
    QString tileId;
    quint64 generation = 0;
    TileBinding binding;
    int parts = Latest;
    QDateTime now; // the moment the wall shows
    // Replay: answer as the cache stood at this moment, from what had arrived
    // by then (unset: the present).
    std::optional<QDateTime> asOf;
    int utcOffsetS = 7 * 3600; // buckets align on local days and hours
};

// One line of a chart: x in ms since the epoch (bucket start), y the value.
struct TileSeries {
    QString indicator;
    QString area;  // empty: all areas of the binding combined
    QString label; // area or indicator name, as the legend shows it
    QList<QPointF> points;
    // The previous window, its x moved forward by the window's length so that
    // it lies under the current one.
    bool previousPeriod = false;

    friend bool operator==(const TileSeries &, const TileSeries &) = default;
};

// The answer: everything a tile needs to paint, read in one go from the cache.
struct TileData {
    QString tileId;
    quint64 generation = 0;
    QHash<QString, IndicatorInfo> indicators; // the bound indicators that the catalog knows
    std::optional<double> latest;             // the newest bucket, combined over the areas
    QDateTime latestTime;                     // that bucket's start
    std::optional<double> previous;           // the bucket before it
    QList<TileSeries> series;
    QDateTime fetchedAt;         // when the oldest bound indicator was last fetched
    QList<SourceHealth> sources; // health of the sources behind the data (all of them for Health)
    QList<AreaRank> ranking;
    std::optional<PeriodComparison> comparison;
    QList<ReportCount> reportsByStatus;
    QList<ReportCount> reportsByCategory;
    QList<Report> recentReports;
    QList<OverdueReport> overdue;
    QHash<QString, QString> areaNames; // area code → name, with Reports and Overdue
    // Stacked bars (IndicatorsByArea, ReportsByArea): what each segment is, and the bars.
    QStringList breakdownKeys;
    QList<AreaBreakdown> breakdown;
    QList<ReportPin> reportPins;
    QString error; // a read that failed, in plain words

    bool hasData() const
    {
        return latest.has_value() || !series.isEmpty() || !ranking.isEmpty() ||
               (comparison && comparison->currentValue) || !reportsByStatus.isEmpty() ||
               !recentReports.isEmpty() || !overdue.isEmpty() || !breakdown.isEmpty() ||
               !reportPins.isEmpty();
    }
    bool sourcesOk() const;
};

// Whether two answers show the same thing (ids and generations aside): a tile
// repaints only when this is false.
inline bool sameContent(const TileData &a, const TileData &b)
{
    return a.indicators == b.indicators && a.latest == b.latest && a.latestTime == b.latestTime &&
           a.previous == b.previous && a.series == b.series && a.fetchedAt == b.fetchedAt &&
           a.sources == b.sources && a.ranking == b.ranking && a.comparison == b.comparison &&
           a.reportsByStatus == b.reportsByStatus && a.reportsByCategory == b.reportsByCategory &&
           a.recentReports == b.recentReports && a.overdue == b.overdue &&
           a.breakdownKeys == b.breakdownKeys && a.breakdown == b.breakdown &&
           a.areaNames == b.areaNames && a.reportPins == b.reportPins && a.error == b.error;
}

inline bool TileData::sourcesOk() const
{
    for (const SourceHealth &h : sources)
        if (!h.ok())
            return false;
    return true;
}

} // namespace iocwall

Q_DECLARE_METATYPE(iocwall::TileQuery)
Q_DECLARE_METATYPE(iocwall::TileData)
