#include "simdata.h"
#include "simdataread.h"

#include "util/jsonfields.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace iocwall::sim {

namespace {

Area readArea(const FieldReader &r)
{
    Area a;
    a.code = r.string(u"code"_s);
    a.name = r.string(u"name"_s);
    a.kind = r.string(u"kind"_s);
    a.parent = r.string(u"parent"_s, Need::Optional);
    a.lat = r.number(u"lat"_s, Need::Required, 0.0, -90.0, 90.0);
    a.lon = r.number(u"lon"_s, Need::Required, 0.0, -180.0, 180.0);
    return a;
}

void loadAreas(const QString &fileName, Data &data, QList<ConfigError> &errors)
{
    ConfigIssues issues(fileName);
    if (const auto doc = readJsonFile(fileName, issues)) {
        const FieldReader root(doc->object(), {}, issues);
        checkVersion(root);
        data.town = readArea(FieldReader(root.object(u"town"_s), root.pathOf(u"town"_s), issues));
        const QJsonArray units = root.array(u"areas"_s);
        for (qsizetype i = 0; i < units.size(); ++i) {
            const QString path = root.pathOf(u"areas"_s) + u'/' + QString::number(i);
            data.units.append(readArea(FieldReader(units.at(i).toObject(), path, issues)));
        }
        if (data.units.isEmpty())
            issues.add(root.pathOf(u"areas"_s), SimText::tr("cần ít nhất một phường/xã"));
    }
    errors.append(issues.errors());
}

Indicator readIndicator(const FieldReader &r)
{
    Indicator ind;
    ind.code = r.string(u"code"_s);
    ind.api = r.string(u"api"_s);
    if (ind.api != u"town" && ind.api != u"province")
        r.issues().add(r.pathOf(u"api"_s), SimText::tr("cần town hoặc province"));
    ind.unit = r.string(u"unit"_s, Need::Optional);
    const QString period = r.string(u"period"_s);
    if (period != u"hour" && period != u"day")
        r.issues().add(r.pathOf(u"period"_s), SimText::tr("cần hour hoặc day"));
    ind.period = period == u"hour" ? Period::Hour : Period::Day;
    ind.target = r.optionalNumber(u"target"_s);
    ind.catalog = r.json();
    ind.catalog.remove(u"api"_s);
    return ind;
}

void loadIndicators(const QString &fileName, Data &data, QList<ConfigError> &errors)
{
    ConfigIssues issues(fileName);
    if (const auto doc = readJsonFile(fileName, issues)) {
        const FieldReader root(doc->object(), {}, issues);
        checkVersion(root);
        const QJsonArray items = root.array(u"indicators"_s);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = root.pathOf(u"indicators"_s) + u'/' + QString::number(i);
            data.indicators.append(
                readIndicator(FieldReader(items.at(i).toObject(), path, issues)));
        }
    }
    errors.append(issues.errors());
}

std::optional<Profile::Model> modelFromString(const QString &s)
{
    static const QHash<QString, Profile::Model> models = {
        {u"count"_s, Profile::Model::Count},           {u"level"_s, Profile::Model::Level},
        {u"cumulative"_s, Profile::Model::Cumulative}, {u"derived"_s, Profile::Model::Derived},
        {u"reports"_s, Profile::Model::Reports},
    };
    const auto it = models.constFind(s);
    return it == models.cend() ? std::nullopt : std::optional(*it);
}

void readProfileShape(const FieldReader &r, Profile &p)
{
    const bool generated = p.model != Profile::Model::Derived && p.model != Profile::Model::Reports;
    const QJsonObject base = r.object(u"base"_s, generated ? Need::Required : Need::Optional);
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!it.value().isDouble())
            r.issues().add(r.pathOf(u"base"_s) + u'/' + it.key(), SimText::tr("cần một số"));
        else if (it.key() == u"default")
            p.baseDefault = it.value().toDouble();
        else
            p.base.insert(it.key(), it.value().toDouble());
    }
    readFactors(r, u"weekday_factor"_s, p.weekdayFactor);
    readFactors(r, u"month_factor"_s, p.monthFactor);
    if (r.has(u"hour_factor"_s)) {
        std::array<double, 24> hours{};
        readFactors(r, u"hour_factor"_s, hours);
        p.hourFactor = QList<double>(hours.begin(), hours.end());
    }
    p.accrualHours = readPairs(r, u"accrual_hours"_s, 0.0, 24.0);
    for (const auto &[start, end] : std::as_const(p.accrualHours)) {
        if (start >= end)
            r.issues().add(r.pathOf(u"accrual_hours"_s),
                           SimText::tr("mỗi khoảng giờ cần bắt đầu trước khi kết thúc"));
    }
    p.noise = r.number(u"noise"_s, Need::Optional, 0.0, 0.0, 1.0);
    p.commonNoise = r.number(u"common_noise"_s, Need::Optional, 0.0, 0.0, 1.0);
    p.wave = r.number(u"wave"_s, Need::Optional, 0.0, 0.0, 1.0);
    p.waveDays = r.number(u"wave_days"_s, Need::Optional, 30.0, 1.0, 3660.0);
    p.trendPerYear = r.number(u"trend_per_year"_s, Need::Optional, 0.0, -0.9, 10.0);
    p.yearNoise = r.number(u"year_noise"_s, Need::Optional, 0.0, 0.0, 1.0);
}

Profile readProfile(const FieldReader &r)
{
    Profile p;
    const QString model = r.string(u"model"_s);
    if (const auto m = modelFromString(model))
        p.model = *m;
    else
        r.issues().add(r.pathOf(u"model"_s),
                       SimText::tr("cần count, level, cumulative, derived hoặc reports"));
    const QString scope = r.string(u"scope"_s, Need::Optional, u"area"_s);
    if (scope != u"area" && scope != u"town")
        r.issues().add(r.pathOf(u"scope"_s), SimText::tr("cần area hoặc town"));
    p.townScope = scope == u"town";
    p.decimals = r.integer(u"decimals"_s, Need::Optional, 0, 0, 3);
    p.min = r.optionalNumber(u"min"_s);
    p.max = r.optionalNumber(u"max"_s);
    readProfileShape(r, p);
    p.from =
        r.string(u"from"_s, p.model == Profile::Model::Derived ? Need::Required : Need::Optional);
    const QString scale = r.string(u"scale"_s, Need::Optional);
    if (!scale.isEmpty() && scale != u"percent_of_target")
        r.issues().add(r.pathOf(u"scale"_s), SimText::tr("cần percent_of_target"));
    p.percentOfTarget = scale == u"percent_of_target";
    p.breakpoints = readPairs(r, u"breakpoints"_s, std::nullopt, std::nullopt);
    for (qsizetype i = 1; i < p.breakpoints.size(); ++i) {
        if (p.breakpoints[i].first <= p.breakpoints[i - 1].first)
            r.issues().add(r.pathOf(u"breakpoints"_s),
                           SimText::tr("các điểm gãy cần tăng dần theo giá trị nguồn"));
    }
    if (p.model == Profile::Model::Derived && !p.percentOfTarget && p.breakpoints.size() < 2)
        r.issues().add(r.pathOf(u"breakpoints"_s),
                       SimText::tr("cần ít nhất hai điểm gãy hoặc scale"));
    p.metric =
        r.string(u"metric"_s, p.model == Profile::Model::Reports ? Need::Required : Need::Optional);
    if (p.model == Profile::Model::Reports &&
        !QStringList{u"received"_s, u"resolved_rate"_s, u"overdue"_s}.contains(p.metric))
        r.issues().add(r.pathOf(u"metric"_s),
                       SimText::tr("cần received, resolved_rate hoặc overdue"));
    p.windowDays = r.integer(u"window_days"_s, Need::Optional, 30, 1, 366);
    return p;
}

// Returns the areas file the profiles name (relative to the data root).
QString loadProfiles(const QString &fileName, Data &data, QList<ConfigError> &errors)
{
    ConfigIssues issues(fileName);
    QString areasFile = u"areas/hoa-thanh.json"_s;
    if (const auto doc = readJsonFile(fileName, issues)) {
        const FieldReader root(doc->object(), {}, issues);
        checkVersion(root);
        areasFile = root.string(u"areas_file"_s, Need::Optional, areasFile);
        data.epoch = QDate::fromString(root.string(u"epoch"_s, Need::Optional, u"2026-01-01"_s),
                                       Qt::ISODate);
        if (!data.epoch.isValid())
            issues.add(root.pathOf(u"epoch"_s), SimText::tr("cần một ngày dạng YYYY-MM-DD"));
        const QJsonObject profiles = root.object(u"profiles"_s);
        for (auto it = profiles.begin(); it != profiles.end(); ++it) {
            const FieldReader r(it.value().toObject(), root.pathOf(u"profiles"_s) + u'/' + it.key(),
                                issues);
            data.profiles.insert(it.key(), readProfile(r));
        }
    }
    errors.append(issues.errors());
    return areasFile;
}

// What no single file can check: that the files agree with each other.
void crossCheck(const Data &data, const QString &profilesFile, QList<ConfigError> &errors)
{
    ConfigIssues issues(profilesFile);
    for (const Indicator &ind : data.indicators) {
        const auto it = data.profiles.constFind(ind.code);
        const QString path = u"/profiles/"_s + ind.code;
        if (it == data.profiles.cend()) {
            issues.add(path, SimText::tr("thiếu cấu hình cho chỉ tiêu %1").arg(ind.code));
            continue;
        }
        if (it->model == Profile::Model::Cumulative && ind.period != Period::Day)
            issues.add(path, SimText::tr("mô hình cumulative cần chỉ tiêu theo ngày"));
        if (it->model != Profile::Model::Derived)
            continue;
        const Indicator *source = data.indicator(it->from);
        if (!source || !data.profiles.contains(it->from) ||
            data.profiles.value(it->from).model == Profile::Model::Derived)
            issues.add(path + u"/from"_s,
                       SimText::tr("chỉ tiêu nguồn \"%1\" cần có trong danh mục, có cấu hình "
                                   "và không phải derived")
                           .arg(it->from));
        else if (source->period != ind.period ||
                 data.profiles.value(it->from).townScope != it->townScope)
            issues.add(path + u"/from"_s,
                       SimText::tr("chỉ tiêu nguồn phải cùng kỳ và cùng phạm vi"));
        else if (it->percentOfTarget && (!source->target || *source->target == 0.0))
            issues.add(path + u"/scale"_s, SimText::tr("chỉ tiêu nguồn không có target"));
    }
    errors.append(issues.errors());
}

} // namespace

Data Data::load(const QString &root, QList<ConfigError> &errors)
{
    Data data;
    const QDir dir(root);
    const QString profilesFile = dir.filePath(u"demo/profiles.json"_s);
    const QString areasFile = loadProfiles(profilesFile, data, errors);
    loadAreas(dir.filePath(areasFile), data, errors);
    loadIndicators(dir.filePath(u"demo/indicators.json"_s), data, errors);
    data.reports = loadReportTemplates(dir.filePath(u"demo/reports.json"_s), data, errors);
    crossCheck(data, profilesFile, errors);
    return data;
}

const Indicator *Data::indicator(const QString &code) const
{
    for (const Indicator &ind : indicators) {
        if (ind.code == code)
            return &ind;
    }
    return nullptr;
}

const Area *Data::area(const QString &code) const
{
    if (town.code == code)
        return &town;
    for (const Area &a : units) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

QString Data::areaName(const QString &code) const
{
    const Area *a = area(code);
    return a ? a->name : code;
}

} // namespace iocwall::sim
