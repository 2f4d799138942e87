#include "simdataread.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::sim {

QList<double> readNumbers(const FieldReader &r, const QString &key, qsizetype count)
{
    const QJsonArray items = r.array(key, Need::Optional);
    if (items.isEmpty())
        return {};
    QList<double> out;
    for (const QJsonValue &v : items) {
        if (!v.isDouble())
            break;
        out.append(v.toDouble());
    }
    if (out.size() != items.size() || (count >= 0 && out.size() != count)) {
        r.issues().add(r.pathOf(key), count >= 0 ? SimText::tr("cần một mảng %1 số").arg(count)
                                                 : SimText::tr("cần một mảng số"));
        return {};
    }
    return out;
}

QList<std::pair<double, double>> readPairs(const FieldReader &r, const QString &key,
                                           std::optional<double> min, std::optional<double> max)
{
    QList<std::pair<double, double>> out;
    const QJsonArray items = r.array(key, Need::Optional);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonArray pair = items.at(i).toArray();
        const double a = pair.at(0).toDouble(std::nan(""));
        const double b = pair.at(1).toDouble(std::nan(""));
        const auto inRange = [&](double x) { return (!min || x >= *min) && (!max || x <= *max); };
        if (pair.size() != 2 || !std::isfinite(a) || !std::isfinite(b) || !inRange(a) ||
            !inRange(b)) {
            r.issues().add(r.pathOf(key) + u'/' + QString::number(i),
                           SimText::tr("cần một cặp số [a, b]"));
            continue;
        }
        out.append({a, b});
    }
    return out;
}

void checkVersion(const FieldReader &root)
{
    // Version 1 is the only one so far; a later one would be migrated here.
    root.integer(u"version"_s, Need::Required, 1, 1, 1);
}

namespace {

Place readPlace(const FieldReader &r)
{
    Place p;
    p.name = r.string(u"name"_s);
    p.numbered = r.boolean(u"numbered"_s, true);
    p.lat = r.number(u"lat"_s, Need::Required, 0.0, -90.0, 90.0);
    p.lon = r.number(u"lon"_s, Need::Required, 0.0, -180.0, 180.0);
    return p;
}

void readProcessing(const FieldReader &r, ReportTemplates &t)
{
    const auto range = [&r](const QString &key, double &low, double &high, double max) {
        const QList<double> v = readNumbers(r, key, 2);
        if (v.size() == 2 && v[0] >= 0 && v[0] <= v[1] && v[1] <= max) {
            low = v[0];
            high = v[1];
        } else if (!v.isEmpty()) {
            r.issues().add(r.pathOf(key),
                           SimText::tr("cần [thấp, cao] với 0 ≤ thấp ≤ cao ≤ %1").arg(max));
        }
    };
    double ackLow = t.acknowledgeMinMinutes, ackHigh = t.acknowledgeMaxMinutes;
    range(u"acknowledge_minutes"_s, ackLow, ackHigh, 24 * 60);
    t.acknowledgeMinMinutes = int(ackLow);
    t.acknowledgeMaxMinutes = int(ackHigh);
    range(u"resolve_fraction"_s, t.resolveFractionMin, t.resolveFractionMax, 1.0);
    range(u"late_days"_s, t.lateDaysMin, t.lateDaysMax, 60);
    t.lateShare = r.number(u"late_share"_s, Need::Optional, t.lateShare, 0.0, 1.0);
}

void readCategories(const FieldReader &root, ReportTemplates &t)
{
    const QJsonArray agencies = root.array(u"agencies"_s);
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const FieldReader r(agencies.at(i).toObject(),
                            root.pathOf(u"agencies/"_s + QString::number(i)), root.issues());
        t.agencyName.insert(r.string(u"code"_s), r.string(u"name"_s));
    }
    const QJsonArray categories = root.array(u"categories"_s);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const FieldReader r(categories.at(i).toObject(),
                            root.pathOf(u"categories/"_s + QString::number(i)), root.issues());
        Category c{r.string(u"code"_s),
                   r.string(u"name"_s),
                   r.string(u"name_en"_s, Need::Optional),
                   r.number(u"weight"_s, Need::Required, 1.0, 0.0, 1e6),
                   r.integer(u"deadline_days"_s, Need::Required, 5, 1, 60),
                   r.string(u"agency"_s)};
        if (!t.agencyName.contains(c.agency))
            root.issues().add(r.pathOf(u"agency"_s),
                              SimText::tr("không có cơ quan mã \"%1\"").arg(c.agency));
        t.categories.append(c);
    }
    const QJsonArray titles = root.array(u"titles"_s);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const FieldReader r(titles.at(i).toObject(), root.pathOf(u"titles/"_s + QString::number(i)),
                            root.issues());
        t.titles[r.string(u"category"_s)].append(r.string(u"text"_s));
    }
    for (const Category &c : std::as_const(t.categories)) {
        if (t.titles.value(c.code).isEmpty())
            root.issues().add(root.pathOf(u"titles"_s),
                              SimText::tr("nhóm \"%1\" chưa có tiêu đề mẫu").arg(c.code));
    }
}

void readReportAreas(const FieldReader &root, const Data &data, ReportTemplates &t)
{
    const QJsonObject areas = root.object(u"areas"_s);
    for (const Area &unit : data.units) {
        const FieldReader r(areas.value(unit.code).toObject(), root.pathOf(u"areas/"_s + unit.code),
                            root.issues());
        if (!areas.contains(unit.code)) {
            root.issues().add(r.path(), SimText::tr("thiếu địa điểm cho %1").arg(unit.code));
            continue;
        }
        ReportArea area{unit.code, r.number(u"weight"_s, Need::Required, 1.0, 0.0, 1e6), {}};
        const QJsonArray places = r.array(u"places"_s);
        for (qsizetype i = 0; i < places.size(); ++i) {
            area.places.append(
                readPlace(FieldReader(places.at(i).toObject(),
                                      r.pathOf(u"places/"_s + QString::number(i)), root.issues())));
        }
        if (area.places.isEmpty())
            root.issues().add(r.pathOf(u"places"_s), SimText::tr("cần ít nhất một địa điểm"));
        else
            t.areas.append(area);
    }
}

} // namespace

int ReportTemplates::openSpanDays() const
{
    int longest = 1;
    for (const Category &c : categories)
        longest = std::max(longest, c.deadlineDays);
    // Working days to calendar days: at most two weekend days per started week.
    return longest + 2 * (longest / 5 + 1) + int(std::ceil(lateDaysMax)) + 1;
}

ReportTemplates loadReportTemplates(const QString &fileName, const Data &data,
                                    QList<ConfigError> &errors)
{
    ConfigIssues issues(fileName);
    ReportTemplates t;
    if (const auto doc = readJsonFile(fileName, issues)) {
        const FieldReader root(doc->object(), {}, issues);
        checkVersion(root);
        t.idPrefix = root.string(u"id_prefix"_s, Need::Optional, u"PA"_s);
        t.perDay = root.number(u"per_day"_s, Need::Required, 10.0, 0.0, 900.0);
        t.dayNoise = root.number(u"day_noise"_s, Need::Optional, 0.0, 0.0, 1.0);
        readFactors(root, u"weekday_factor"_s, t.weekdayFactor);
        t.hourWeight.fill(1.0);
        readFactors(root, u"hour_weight"_s, t.hourWeight);
        readProcessing(FieldReader(root.object(u"processing"_s, Need::Optional),
                                   root.pathOf(u"processing"_s), issues),
                       t);
        readCategories(root, t);
        readReportAreas(root, data, t);
    }
    errors.append(issues.errors());
    return t;
}

} // namespace iocwall::sim
