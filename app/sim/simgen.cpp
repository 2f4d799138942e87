#include "simgen.h"
#include "simhash.h"
#include "simreports.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace iocwall::sim {

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

// Linear interpolation along breakpoints; beyond the ends the end segments extend.
double throughBreakpoints(const QList<std::pair<double, double>> &points, double x)
{
    qsizetype i = 1;
    while (i < points.size() - 1 && x > points[i].first)
        ++i;
    const auto [x0, y0] = points[i - 1];
    const auto [x1, y1] = points[i];
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
}

} // namespace

QDate localDate(qint64 day)
{
    return QDate::fromJulianDay(kJulianDayOfEpoch + day);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double floorTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::floor(value * scale + 1e-9) / scale;
}

SeriesGenerator::SeriesGenerator(const Data &data, quint64 seed, const Indicator &indicator,
                                 const QString &area)
    : m_data(data)
    , m_seed(seed)
    , m_indicator(indicator)
    , m_profile(*data.profiles.constFind(indicator.code))
    , m_area(area)
{
}

QList<double> SeriesGenerator::values(qint64 first, qint64 last, qint64 nowS) const
{
    if (m_profile.model == Profile::Model::Reports)
        return reportMetricValues(m_data, m_seed, m_profile, m_area, m_indicator.period, first,
                                  last, nowS);
    if (m_profile.model == Profile::Model::Derived)
        return derivedValues(first, last, nowS);
    const qint64 nowBucket = bucketOf(nowS, m_indicator.period);
    QList<double> out;
    out.reserve(last - first + 1);
    for (qint64 b = first; b <= last; ++b)
        out.append(b < nowBucket ? finalValue(b) : partialValue(b, nowS));
    return out;
}

double SeriesGenerator::clampToRange(double value) const
{
    if (m_profile.min)
        value = std::max(value, *m_profile.min);
    if (m_profile.max)
        value = std::min(value, *m_profile.max);
    return value;
}

double SeriesGenerator::shapedLevel(qint64 bucket) const
{
    const Period period = m_indicator.period;
    const qint64 day = dayOf(bucket, period);
    const double dayFraction = period == Period::Hour ? double(bucket - day * 24) / 24.0 : 0.0;
    const QDate date = localDate(day);
    const SimHash key = SimHash(m_seed).with(m_indicator.code).with(m_area);
    const Profile &p = m_profile;

    double v = p.baseFor(m_area);
    const double years = double(day - (m_data.epoch.toJulianDay() - kJulianDayOfEpoch)) / 365.25;
    v *= std::max(0.1, 1.0 + p.trendPerYear * years);
    v *= p.weekdayFactor[date.dayOfWeek() - 1] * p.monthFactor[date.month() - 1];
    if (period == Period::Hour && p.hourFactor.size() == 24)
        v *= p.hourFactor[bucket - day * 24];
    const double phase = 2.0 * std::numbers::pi * key.with(u"wave"_s).unit();
    v *= 1.0 + p.wave * std::sin(2.0 * std::numbers::pi * (double(day) + dayFraction) / p.waveDays +
                                 phase);
    // Shared by every area (the region's weather, say), moving smoothly from one
    // local midnight to the next so hourly series have no jump at midnight.
    const SimHash common = SimHash(m_seed).with(m_indicator.code).with(u"common"_s);
    const double c0 = common.with(day).tri();
    const double c1 = common.with(day + 1).tri();
    v *= 1.0 + p.commonNoise * (c0 + (c1 - c0) * dayFraction);
    v *= 1.0 + p.noise * key.with(bucket).tri();
    return v;
}

double SeriesGenerator::finalValue(qint64 bucket) const
{
    if (m_profile.model == Profile::Model::Cumulative)
        return roundTo(clampToRange(cumulative(bucket)), m_profile.decimals);
    return roundTo(clampToRange(shapedLevel(bucket)), m_profile.decimals);
}

double SeriesGenerator::partialValue(qint64 bucket, qint64 nowS) const
{
    const double fraction = accruedFraction(bucket, nowS);
    switch (m_profile.model) {
    case Profile::Model::Count:
        // Rounded down, so the count only grows and never passes the day's total.
        return floorTo(finalValue(bucket) * fraction, m_profile.decimals);
    case Profile::Model::Cumulative: {
        const bool newYear = localDate(bucket).dayOfYear() == 1;
        const double before = newYear ? 0.0 : cumulative(bucket - 1);
        const double v = before + (cumulative(bucket) - before) * fraction;
        return roundTo(clampToRange(v), m_profile.decimals);
    }
    default: {
        // A level drifts from the last complete bucket towards this one's final
        // value, with a little minute-keyed noise so a live wall sees it move.
        const double before = shapedLevel(bucket - 1);
        const double elapsed = double(nowS - bucketStartS(bucket, m_indicator.period)) /
                               double(bucketSeconds(m_indicator.period));
        const qint64 minute = floorDiv(nowS, 60);
        const double jitter = 0.25 * m_profile.noise * std::abs(m_profile.baseFor(m_area)) *
                              SimHash(m_seed)
                                  .with(m_indicator.code)
                                  .with(m_area)
                                  .with(u"minute"_s)
                                  .with(minute)
                                  .tri();
        const double v = before + (shapedLevel(bucket) - before) * elapsed + jitter;
        return roundTo(clampToRange(v), m_profile.decimals);
    }
    }
}

double SeriesGenerator::accruedFraction(qint64 bucket, qint64 nowS) const
{
    const qint64 elapsedS = nowS - bucketStartS(bucket, m_indicator.period);
    const double size = double(bucketSeconds(m_indicator.period));
    if (m_indicator.period == Period::Hour || m_profile.accrualHours.isEmpty())
        return std::clamp(double(elapsedS) / size, 0.0, 1.0);
    const double hour = double(elapsedS) / 3600.0;
    double total = 0.0, done = 0.0;
    for (const auto &[start, end] : m_profile.accrualHours) {
        total += end - start;
        done += std::clamp(hour - start, 0.0, end - start);
    }
    return total > 0.0 ? done / total : 1.0;
}

double SeriesGenerator::cumulative(qint64 day) const
{
    const QDate date = localDate(day);
    const int year = date.year();
    auto it = m_yearWeights.find(year);
    if (it == m_yearWeights.end()) {
        // Running sums of the day weights of the whole year, so the total of
        // 31 December is the year's total whatever day is asked for.
        const SimHash key = SimHash(m_seed).with(m_indicator.code).with(m_area);
        const qint64 jan1 = QDate(year, 1, 1).toJulianDay() - kJulianDayOfEpoch;
        QList<double> sums;
        double sum = 0.0;
        for (int i = 0; i < QDate(year, 1, 1).daysInYear(); ++i) {
            const QDate d = localDate(jan1 + i);
            const double w = m_profile.weekdayFactor[d.dayOfWeek() - 1] *
                             m_profile.monthFactor[d.month() - 1] *
                             (1.0 + m_profile.noise * key.with(jan1 + i).tri());
            sum += std::max(0.0, w);
            sums.append(sum);
        }
        it = m_yearWeights.insert(year, sums);
    }
    const QList<double> &sums = *it;
    const SimHash key =
        SimHash(m_seed).with(m_indicator.code).with(m_area).with(u"year"_s).with(year);
    const qint64 jan1 = QDate(year, 1, 1).toJulianDay() - kJulianDayOfEpoch;
    const double years = double(jan1 - (m_data.epoch.toJulianDay() - kJulianDayOfEpoch)) / 365.25;
    const double total = m_profile.baseFor(m_area) *
                         std::max(0.1, 1.0 + m_profile.trendPerYear * years) *
                         (1.0 + m_profile.yearNoise * key.tri());
    return sums.last() > 0.0 ? total * sums[date.dayOfYear() - 1] / sums.last() : 0.0;
}

QList<double> SeriesGenerator::derivedValues(qint64 first, qint64 last, qint64 nowS) const
{
    const Indicator &source = *m_data.indicator(m_profile.from);
    QList<double> out = SeriesGenerator(m_data, m_seed, source, m_area).values(first, last, nowS);
    for (double &v : out) {
        if (m_profile.percentOfTarget)
            v = v / *source.target * 100.0;
        else
            v = throughBreakpoints(m_profile.breakpoints, v);
        v = roundTo(clampToRange(v), m_profile.decimals);
    }
    return out;
}

} // namespace iocwall::sim
