#include "storereader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// source_health keeps milliseconds (schema step 4).
QDateTime fromEpochMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

// The start of the local bucket holding `time`, as UTC epoch seconds. The offset
// is an int of ours, so it is written into the SQL rather than bound.
QString bucketExpression(const QString &bucket, int utcOffsetS)
{
    if (bucket == u"month")
        return u"(CAST(strftime('%s', time + %1, 'unixepoch', 'start of month') AS INTEGER) - %1)"_s
            .arg(utcOffsetS);
    if (bucket == u"week") // weeks start on Monday; 1970-01-01 was a Thursday
        return u"(((((time + %1) / 86400 + 3) / 7) * 7 - 3) * 86400 - %1)"_s.arg(utcOffsetS);
    const int size = bucket == u"hour" ? 3600 : 86400;
    return u"(((time + %1) / %2) * %2 - %1)"_s.arg(utcOffsetS).arg(size);
}

QString aggregateExpression(Aggregation a)
{
    switch (a) {
    case Aggregation::Sum:
        return u"SUM(value)"_s;
    case Aggregation::Average:
        return u"AVG(value)"_s;
    case Aggregation::Max:
        return u"MAX(value)"_s;
    case Aggregation::Last:
        break;
    }
    // SQLite returns the bare column from the row holding MAX(time).
    return u"value, MAX(time)"_s;
}

} // namespace

double combine(Aggregation aggregation, const QList<double> &values)
{
    if (values.isEmpty())
        return 0.0;
    switch (aggregation) {
    case Aggregation::Average: {
        double total = 0.0;
        for (double v : values)
            total += v;
        return total / double(values.size());
    }
    case Aggregation::Max:
        return *std::max_element(values.begin(), values.end());
    case Aggregation::Sum:
    case Aggregation::Last:
        break;
    }
    double total = 0.0;
    for (double v : values)
        total += v;
    return total;
}

QHash<QString, IndicatorInfo> StoreReader::indicators() const
{
    QHash<QString, IndicatorInfo> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT code, name, name_en, unit, domain, period, aggregation, target, "
                u"direction, good,"
                " warning, source FROM indicators"_s)) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        IndicatorInfo i;
        i.code = q.value(0).toString();
        i.name = q.value(1).toString();
        i.nameEn = q.value(2).toString();
        i.unit = q.value(3).toString();
        i.domain = q.value(4).toString();
        i.period = q.value(5).toString();
        i.aggregation = aggregationFromString(q.value(6).toString()).value_or(Aggregation::Last);
        i.target = optionalDouble(q.value(7));
        i.thresholds.direction = q.value(8).toString() == u"lower_is_better"
                                     ? Thresholds::Direction::LowerIsBetter
                                     : Thresholds::Direction::HigherIsBetter;
        i.thresholds.good = optionalDouble(q.value(9));
        i.thresholds.warning = optionalDouble(q.value(10));
        i.source = q.value(11).toString();
        out.insert(i.code, i);
    }
    return out;
}

QHash<QString, Area> StoreReader::areas() const
{
    QHash<QString, Area> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT code, name, kind, parent, lat, lon FROM areas"_s)) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Area a{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toDouble(), q.value(5).toDouble()};
        out.insert(a.code, a);
    }
    return out;
}

QList<SourceHealth> StoreReader::health() const
{
    QList<SourceHealth> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT source, name, last_attempt, last_success, last_error_at, last_error, "
                u"latency_ms, records, next_poll, skipped_records, skipped_reason"
                " FROM source_health ORDER BY source"_s)) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        SourceHealth h;
        h.source = q.value(0).toString();
        h.name = q.value(1).toString();
        h.lastAttempt = fromEpochMs(q.value(2));
        h.lastSuccess = fromEpochMs(q.value(3));
        h.lastErrorAt = fromEpochMs(q.value(4));
        h.lastError = q.value(5).toString();
        h.latencyMs = q.value(6).isNull() ? -1 : q.value(6).toInt();
        h.records = q.value(7).toLongLong();
        h.nextPoll = fromEpochMs(q.value(8));
        h.skippedRecords = q.value(9).toLongLong();
        h.skippedReason = q.value(10).toString();
        out.append(h);
    }
    return out;
}

std::optional<SourceHealth> StoreReader::health(const QString &source) const
{
    for (const SourceHealth &h : health())
        if (h.source == source)
            return h;
    return std::nullopt;
}

std::optional<StoreReader::Latest>
StoreReader::latest(const QString &indicator, const QStringList &areas, Aggregation combineBy) const
{
    const QString areaFilter =
        areas.isEmpty() ? QString() : u" AND area IN (%1)"_s.arg(placeholders(areas.size()));
    auto bindAreas = [&](QSqlQuery &q, int first) {
        for (int k = 0; k < areas.size(); ++k)
            q.bindValue(first + k, areas.at(k));
    };
    // The two newest bucket times, then the values at each.
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT DISTINCT time FROM %2 WHERE indicator = ?%1 ORDER BY time DESC LIMIT 2"_s.arg(
            areaFilter, observationsFrom()));
    q.bindValue(0, indicator);
    bindAreas(q, 1);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> times;
    while (q.next())
        times.append(q.value(0).toLongLong());
    if (times.isEmpty())
        return std::nullopt;
    auto valueAt = [&](qint64 time) -> std::optional<double> {
        QSqlQuery v(m_db);
        v.prepare(u"SELECT value FROM %2 WHERE indicator = ? AND time = ?%1"_s.arg(
            areaFilter, observationsFrom()));
        v.bindValue(0, indicator);
        v.bindValue(1, time);
        bindAreas(v, 2);
        QList<double> values;
        if (v.exec())
            while (v.next())
                values.append(v.value(0).toDouble());
        else
            m_lastError = v.lastError().text();
        return values.isEmpty() ? std::nullopt : std::optional<double>(combine(combineBy, values));
    };
    Latest out;
    out.time = QDateTime::fromSecsSinceEpoch(times.first(), Qt::UTC);
    out.value = valueAt(times.first()).value_or(0.0);
    if (times.size() > 1)
        out.previous = valueAt(times.at(1));
    return out;
}

QList<TileSeries> StoreReader::series(const QString &indicator, const QStringList &areas,
                                      const QDateTime &from, const QDateTime &to,
                                      const QString &bucket, Aggregation aggregation,
                                      int utcOffsetS) const
{
    QStringList areaNames;
    for (int k = 0; k < areas.size(); ++k)
        areaNames.append(u":area%1"_s.arg(k));
    const QString areaFilter =
        areas.isEmpty() ? QString() : u" AND area IN (%1)"_s.arg(areaNames.join(u", "_s));
    QSqlQuery q(m_db);
    q.prepare(u"SELECT area, %1 AS b, %2 FROM %4 WHERE indicator = :indicator"
              " AND time >= :from AND time <= :to%3 GROUP BY area, b ORDER BY area, b"_s.arg(
                  bucketExpression(bucket, utcOffsetS), aggregateExpression(aggregation),
                  areaFilter, observationsFrom()));
    q.bindValue(u":indicator"_s, indicator);
    q.bindValue(u":from"_s, from.toSecsSinceEpoch());
    q.bindValue(u":to"_s, to.toSecsSinceEpoch());
    for (int k = 0; k < areas.size(); ++k)
        q.bindValue(u":area%1"_s.arg(k), areas.at(k));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    std::map<QString, TileSeries> perArea;
    while (q.next()) {
        const QString area = q.value(0).toString();
        TileSeries &s = perArea[area];
        s.indicator = indicator;
        s.area = area;
        s.points.append(QPointF(double(q.value(1).toLongLong()) * 1000.0, q.value(2).toDouble()));
    }
    QList<TileSeries> out;
    if (!areas.isEmpty()) {
        for (const QString &area : areas) // in the order the binding lists them
            if (auto it = perArea.find(area); it != perArea.end())
                out.append(it->second);
        return out;
    }
    // All areas combined, bucket by bucket.
    std::map<double, QList<double>> byBucket;
    for (const auto &[area, s] : perArea)
        for (const QPointF &p : s.points)
            byBucket[p.x()].append(p.y());
    if (byBucket.empty())
        return out;
    TileSeries all;
    all.indicator = indicator;
    for (const auto &[x, values] : byBucket)
        all.points.append(QPointF(x, combine(aggregation, values)));
    out.append(all);
    return out;
}

QString StoreReader::observationsFrom() const
{
    if (!m_asOf)
        return u"observations"_s;
    // What had arrived by then: rows fetched by then, and for rows corrected
    // since, the revision that was current at that moment.
    const qint64 t = m_asOf->toSecsSinceEpoch();
    return u"(SELECT indicator, area, time, value, source, fetched_at FROM observations WHERE "
           u"fetched_at <= %1"
           " UNION ALL SELECT indicator, area, time, value, source, fetched_at FROM "
           "observation_revisions"
           " WHERE fetched_at <= %1 AND replaced_at > %1)"_s.arg(t);
}

std::optional<std::pair<QDateTime, QString>> StoreReader::fetchedAt(const QString &indicator) const
{
    if (m_asOf) {
        // As of a past moment, the newest arrival of this indicator's data by then.
        QSqlQuery q(m_db);
        q.prepare(u"SELECT MAX(fetched_at), source FROM %1 WHERE indicator = ?"_s.arg(
            observationsFrom()));
        q.bindValue(0, indicator);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            return std::nullopt;
        return std::pair{fromEpoch(q.value(0)), q.value(1).toString()};
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT fetched_at, source FROM indicator_fetch WHERE indicator = ?"_s);
    q.bindValue(0, indicator);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair{fromEpoch(q.value(0)), q.value(1).toString()};
}

qint64 StoreReader::observationCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM observations"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace iocwall
