#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace iocwall {

enum class Status { Unknown, Good, Warning, Critical };

// Thresholds from the indicator catalog. For HigherIsBetter a value at or above
// `good` is good, at or above `warning` is a warning, below is critical; the
// comparisons flip for LowerIsBetter.
struct Thresholds {
    enum class Direction { HigherIsBetter, LowerIsBetter };
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> good;
    std::optional<double> warning;

    Status classify(double value) const;
    friend bool operator==(const Thresholds &, const Thresholds &) = default;
};

// How values of one indicator combine over time and over areas.
enum class Aggregation { Sum, Average, Last, Max };

struct IndicatorInfo {
    QString code;
    QString name; // Vietnamese, as operators say it
    QString nameEn;
    QString unit;
    QString domain;
    QString period; // hour | day | month: the natural bucket of the series
    Aggregation aggregation = Aggregation::Last;
    std::optional<double> target;
    Thresholds thresholds;
    QString source;

    // The name in the UI language: English when asked and known, else Vietnamese.
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
    friend bool operator==(const IndicatorInfo &, const IndicatorInfo &) = default;
};

QString aggregationToString(Aggregation a);
std::optional<Aggregation> aggregationFromString(const QString &s);

} // namespace iocwall
