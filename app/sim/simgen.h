#pragma once

#include "simdata.h"

#include <QDateTime>

namespace iocwall::sim {

// Time arithmetic of the simulator. Instants are UTC seconds since the epoch;
// buckets are numbered hours or days of local time (UTC+7), bucket 0 starting
// at 1970-01-01 00:00 local.
constexpr qint64 kLocalOffsetS = 7 * 3600;
constexpr qint64 kDayS = 86400;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
constexpr qint64 bucketSeconds(Period p)
{
    return p == Period::Hour ? 3600 : kDayS;
}
constexpr qint64 bucketOf(qint64 utcS, Period p)
{
    return floorDiv(utcS + kLocalOffsetS, bucketSeconds(p));
}
constexpr qint64 bucketStartS(qint64 bucket, Period p)
{
    return bucket * bucketSeconds(p) - kLocalOffsetS;
}
constexpr qint64 dayOf(qint64 bucket, Period p)
{
    return p == Period::Hour ? floorDiv(bucket, 24) : bucket;
}
QDate localDate(qint64 day); // the date of local day number `day`

double roundTo(double value, int decimals);
double floorTo(double value, int decimals);

// Generates the values of one indicator for one area, bucket by bucket. Made
// for a single series() call; it caches what several buckets share.
class SeriesGenerator {
public:
    SeriesGenerator(const Data &data, quint64 seed, const Indicator &indicator,
                    const QString &area);

    // Values of buckets first..last (inclusive); buckets before nowBucket are
    // complete, nowBucket is the partial value at nowS. Rounded as served.
    QList<double> values(qint64 first, qint64 last, qint64 nowS) const;

private:
    double finalValue(qint64 bucket) const;
    double partialValue(qint64 bucket, qint64 nowS) const;
    double shapedLevel(qint64 bucket) const; // base × calendar shape × noise, unrounded
    double cumulative(qint64 day) const;
    double accruedFraction(qint64 bucket, qint64 nowS) const;
    double clampToRange(double value) const;
    QList<double> derivedValues(qint64 first, qint64 last, qint64 nowS) const;

    const Data &m_data;
    quint64 m_seed;
    const Indicator &m_indicator;
    const Profile &m_profile;
    QString m_area;
    mutable QHash<int, QList<double>> m_yearWeights; // cumulative model: running sums per year
};

} // namespace iocwall::sim
