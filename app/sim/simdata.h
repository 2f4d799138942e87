#pragma once

#include "model/area.h"
#include "util/configerror.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace iocwall::sim {

// The files of the simulator's data root, parsed and cross-checked. Plain
// values: built once by load() and only read afterwards.

enum class Period { Hour, Day };

// One entry of demo/indicators.json.
struct Indicator {
    QString code;
    QString api; // town | province
    QString unit;
    Period period = Period::Day;
    std::optional<double> target;
    QJsonObject catalog; // the entry as served: every field but "api"
};

// How one indicator's values are generated (demo/profiles.json; README.md there
// explains every field).
struct Profile {
    enum class Model { Count, Level, Cumulative, Derived, Reports };
    Model model = Model::Level;
    bool townScope = false; // values only for the town itself, not per unit
    int decimals = 0;
    double baseDefault = 0.0;
    QHash<QString, double> base;                              // per area code
    std::array<double, 7> weekdayFactor{1, 1, 1, 1, 1, 1, 1}; // Monday first
    std::array<double, 12> monthFactor{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QList<double> hourFactor;                      // 24 values, or empty
    QList<std::pair<double, double>> accrualHours; // [start, end) local hours
    double noise = 0.0;
    double commonNoise = 0.0;
    double wave = 0.0;
    double waveDays = 30.0;
    double trendPerYear = 0.0;
    double yearNoise = 0.0;
    std::optional<double> min;
    std::optional<double> max;
    // Derived: the source indicator and how to transform its values.
    QString from;
    bool percentOfTarget = false;
    QList<std::pair<double, double>> breakpoints;
    // Reports: which measure of the simulated 1022 reports.
    QString metric;
    int windowDays = 30;

    double baseFor(const QString &area) const { return base.value(area, baseDefault); }
};

struct Place {
    QString name;
    bool numbered = true; // a street: addresses get a house number
    double lat = 0.0;
    double lon = 0.0;
};

struct Category {
    QString code;
    QString name;
    QString nameEn;
    double weight = 1.0;
    int deadlineDays = 5; // working days
    QString agency;
};

struct ReportArea {
    QString area;
    double weight = 1.0;
    QList<Place> places;
};

// demo/reports.json
struct ReportTemplates {
    QString idPrefix;
    double perDay = 10.0;
    double dayNoise = 0.0;
    std::array<double, 7> weekdayFactor{1, 1, 1, 1, 1, 1, 1};
    std::array<double, 24> hourWeight{};
    int acknowledgeMinMinutes = 5;
    int acknowledgeMaxMinutes = 240;
    double resolveFractionMin = 0.1;
    double resolveFractionMax = 0.95;
    double lateShare = 0.05;
    double lateDaysMin = 1;
    double lateDaysMax = 7;
    QHash<QString, QString> agencyName; // code -> name, "{area}" replaced by the area's name
    QList<Category> categories;
    QHash<QString, QStringList> titles; // category code -> title templates with "{place}"
    QList<ReportArea> areas;

    // How many days before an instant a report may have been created and still
    // be open at it: the longest deadline plus the longest lateness.
    int openSpanDays() const;
};

struct Data {
    Area town;
    QList<Area> units; // the wards and communes, in file order
    QList<Indicator> indicators;
    QHash<QString, Profile> profiles;
    ReportTemplates reports;
    QDate epoch; // trends count from here

    // Reads root/areas/*.json (the one file there) and root/demo/*.json. Every
    // problem found is appended to `errors` (file, JSON Pointer, expectation).
    static Data load(const QString &root, QList<ConfigError> &errors);

    const Indicator *indicator(const QString &code) const;
    const Area *area(const QString &code) const;
    QString areaName(const QString &code) const;
};

} // namespace iocwall::sim
