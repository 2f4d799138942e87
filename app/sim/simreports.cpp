#include "simreports.h"
#include "simgen.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::sim {

namespace {

// The index whose share of the total weight covers `u` in [0, 1).
template <typename Container> int pickWeighted(const Container &weights, double u)
{
    double total = 0.0;
    for (double w : weights)
        total += std::max(0.0, w);
    double target = u * total;
    int i = 0;
    for (double w : weights) {
        target -= std::max(0.0, w);
        if (target < 0.0)
            return i;
        ++i;
    }
    return int(weights.size()) - 1;
}

double between(double low, double high, double u)
{
    return low + (high - low) * u;
}

// The same local time `days` working days (Monday to Friday) later. Public
// holidays are not modelled.
qint64 addWorkingDays(qint64 utcS, int days)
{
    qint64 day = floorDiv(utcS + kLocalOffsetS, kDayS);
    const qint64 timeOfDayS = utcS + kLocalOffsetS - day * kDayS;
    for (int added = 0; added < days;) {
        ++day;
        if (localDate(day).dayOfWeek() <= 5)
            ++added;
    }
    return day * kDayS + timeOfDayS - kLocalOffsetS;
}

struct Weights {
    QList<double> areas;
    QList<double> categories;
};

ReportDraft makeDraft(const ReportTemplates &t, const Weights &weights, qint64 day,
                      const SimHash &key)
{
    ReportDraft d;
    d.day = day;
    d.choices = key;
    const int hour = pickWeighted(t.hourWeight, key.with(1).unit());
    const qint64 secondOfDay = hour * 3600 + qint64(key.with(2).unit() * 3600.0);
    d.createdS = bucketStartS(day, Period::Day) + secondOfDay;
    d.area = pickWeighted(weights.areas, key.with(3).unit());
    d.category = pickWeighted(weights.categories, key.with(4).unit());
    const double ackMinutes =
        between(t.acknowledgeMinMinutes, t.acknowledgeMaxMinutes, key.with(5).unit());
    d.acknowledgedS = d.createdS + qint64(ackMinutes * 60.0);
    d.deadlineS = addWorkingDays(d.createdS, t.categories[d.category].deadlineDays);
    if (key.with(6).unit() < t.lateShare) {
        d.resolvedS =
            d.deadlineS + qint64(between(t.lateDaysMin, t.lateDaysMax, key.with(7).unit()) * kDayS);
    } else {
        const double fraction =
            between(t.resolveFractionMin, t.resolveFractionMax, key.with(8).unit());
        d.resolvedS = d.acknowledgedS +
                      qint64(fraction * double(std::max<qint64>(0, d.deadlineS - d.acknowledgedS)));
    }
    return d;
}

} // namespace

QList<ReportDraft> reportDrafts(const Data &data, quint64 seed, qint64 firstDay, qint64 lastDay)
{
    const ReportTemplates &t = data.reports;
    QList<ReportDraft> out;
    if (t.areas.isEmpty() || t.categories.isEmpty())
        return out;
    Weights weights;
    for (const ReportArea &a : t.areas)
        weights.areas.append(a.weight);
    for (const Category &c : t.categories)
        weights.categories.append(c.weight);
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const SimHash dayKey = SimHash(seed).with(u"reports"_s).with(day);
        const double expected = t.perDay * t.weekdayFactor[localDate(day).dayOfWeek() - 1] *
                                (1.0 + t.dayNoise * dayKey.tri());
        const qsizetype count = std::lround(std::max(0.0, expected));
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < count; ++i)
            out.append(makeDraft(t, weights, day, dayKey.with(i)));
        std::stable_sort(
            out.begin() + start, out.end(),
            [](const ReportDraft &a, const ReportDraft &b) { return a.createdS < b.createdS; });
        for (qsizetype i = start; i < out.size(); ++i)
            out[i].seq = int(i - start + 1);
    }
    return out;
}

QString statusAt(const ReportDraft &d, qint64 atS)
{
    if (atS < d.acknowledgedS)
        return u"received"_s;
    if (atS >= d.resolvedS)
        return u"resolved"_s;
    return atS > d.deadlineS ? u"overdue"_s : u"in_progress"_s;
}

SimReport toSimReport(const Data &data, const ReportDraft &d, qint64 atS)
{
    const ReportTemplates &t = data.reports;
    const ReportArea &area = t.areas[d.area];
    const Category &category = t.categories[d.category];
    const QStringList titles = t.titles.value(category.code);
    const Place &place =
        area.places[qsizetype(d.choices.with(9).unit() * double(area.places.size()))];
    const QString areaName = data.areaName(area.area);
    const auto timeOf = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, SimModel::zone()); };

    SimReport r;
    r.id = u"%1-%2-%3"_s.arg(t.idPrefix, localDate(d.day).toString(u"yyyyMMdd"_s))
               .arg(d.seq, 3, 10, QChar(u'0'));
    r.title = titles.value(qsizetype(d.choices.with(10).unit() * double(titles.size())));
    r.title.replace(u"{place}"_s, place.name);
    r.category = category.code;
    r.categoryName = category.name;
    r.status = statusAt(d, atS);
    r.area = area.area;
    r.created = timeOf(d.createdS);
    const qint64 updatedS = r.status == u"received"      ? d.createdS
                            : r.status == u"in_progress" ? d.acknowledgedS
                            : r.status == u"overdue"     ? d.deadlineS
                                                         : d.resolvedS;
    r.updated = timeOf(updatedS);
    r.deadline = timeOf(d.deadlineS);
    const int house = 1 + int(d.choices.with(11).unit() * 240.0);
    r.address = place.numbered ? u"%1 %2, %3"_s.arg(house).arg(place.name, areaName)
                               : u"%1, %2"_s.arg(place.name, areaName);
    // Within about 150 m of the place, at the precision of a phone's GPS fix.
    r.lat = roundTo(place.lat + (d.choices.with(12).unit() - 0.5) * 0.003, 6);
    r.lon = roundTo(place.lon + (d.choices.with(13).unit() - 0.5) * 0.003, 6);
    r.agency = t.agencyName.value(category.agency);
    r.agency.replace(u"{area}"_s, areaName);
    return r;
}

QList<double> reportMetricValues(const Data &data, quint64 seed, const Profile &profile,
                                 const QString &area, Period period, qint64 first, qint64 last,
                                 qint64 nowS)
{
    const bool received = profile.metric == u"received";
    const int lookbackDays =
        received ? 0 : std::max(profile.windowDays, data.reports.openSpanDays()) + 1;
    QList<ReportDraft> drafts =
        reportDrafts(data, seed, dayOf(first, period) - lookbackDays, dayOf(last, period));
    if (area != data.town.code) {
        drafts.removeIf(
            [&](const ReportDraft &d) { return data.reports.areas[d.area].area != area; });
    }

    const qint64 nowBucket = bucketOf(nowS, period);
    QList<double> out;
    for (qint64 b = first; b <= last; ++b) {
        const qint64 startS = bucketStartS(b, period);
        const qint64 atS = b < nowBucket ? bucketStartS(b + 1, period) - 1 : nowS;
        const qint64 windowStartS = atS - qint64(profile.windowDays) * kDayS;
        qsizetype count = 0, resolved = 0;
        for (const ReportDraft &d : std::as_const(drafts)) {
            if (received)
                count += d.createdS >= startS && d.createdS <= atS;
            else if (profile.metric == u"overdue")
                count += d.createdS <= atS && d.deadlineS < atS && d.resolvedS > atS;
            else if (d.createdS > windowStartS && d.createdS <= atS) {
                ++count;
                resolved += d.resolvedS <= atS;
            }
        }
        const bool isRate = profile.metric == u"resolved_rate";
        // No report in the window means nothing is waiting: fully resolved.
        const double v = !isRate      ? double(count)
                         : count == 0 ? 100.0
                                      : 100.0 * double(resolved) / double(count);
        out.append(roundTo(v, profile.decimals));
    }
    return out;
}

} // namespace iocwall::sim
