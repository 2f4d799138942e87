#pragma once

#include "model/area.h"
#include "model/indicator.h"
#include "model/recordbatch.h"
#include "store/tiledata.h"

#include <QHash>
#include <QSqlDatabase>

namespace iocwall {

// Read-only queries of the cache on a connection owned by the calling thread.
// Threading: one StoreReader per thread, never shared. Combining over areas
// follows the indicator's aggregation: sum and last add up (counts, stocks),
// avg averages (rates, levels), max takes the maximum.
class StoreReader {
public:
    explicit StoreReader(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QHash<QString, IndicatorInfo> indicators() const;
    QHash<QString, Area> areas() const;
    QList<SourceHealth> health() const;
    std::optional<SourceHealth> health(const QString &source) const;

    struct Latest {
        double value = 0.0;
        QDateTime time;
        std::optional<double> previous;
    };
    std::optional<Latest> latest(const QString &indicator, const QStringList &areas,
                                 Aggregation combine) const;

    // One series per area (or one for all areas combined when `areas` is
    // empty), bucketed by hour, day or month in local time.
    QList<TileSeries> series(const QString &indicator, const QStringList &areas,
                             const QDateTime &from, const QDateTime &to, const QString &bucket,
                             Aggregation aggregation, int utcOffsetS) const;

    // When the indicator was last answered by its source, and which source.
    std::optional<std::pair<QDateTime, QString>> fetchedAt(const QString &indicator) const;

    qint64 observationCount() const;

    // Time travel: every query after this answers as the cache stood at `t`,
    // from the data that had arrived by then (nullopt: now).
    void setAsOf(std::optional<QDateTime> t) { m_asOf = std::move(t); }
    const std::optional<QDateTime> &asOf() const { return m_asOf; }
    // The observations visible to queries, as a table expression.
    QString observationsFrom() const;
    QSqlDatabase database() const { return m_db; }
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
    std::optional<QDateTime> m_asOf;
};

double combine(Aggregation aggregation, const QList<double> &values);

} // namespace iocwall
