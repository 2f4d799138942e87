#pragma once

#include "model/indicator.h"
#include "model/recordbatch.h"
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
    enum Part { Latest = 0x1, Series = 0x2 };
    QString tileId;
    quint64 generation = 0;
    TileBinding binding;
    int parts = Latest;
    QDateTime now;             // the moment the wall shows; later: any past moment
    int utcOffsetS = 7 * 3600; // buckets align on local days and hours
};

// One line of a chart: x in ms since the epoch (bucket start), y the value.
struct TileSeries {
    QString indicator;
    QString area;  // empty: all areas of the binding combined
    QString label; // area or indicator name, as the legend shows it
    QList<QPointF> points;
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
    QList<SourceHealth> sources; // health of the sources behind the data
    QString error;               // a read that failed, in plain words

    bool hasData() const { return latest.has_value() || !series.isEmpty(); }
    bool sourcesOk() const;
};

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
