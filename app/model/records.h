#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace iocwall {

// A normalized measurement: what a connector makes of one value in a payload.
// Times are UTC; areas and indicators are catalog codes.
struct Observation {
    QString indicator;
    QString area;
    QDateTime time;
    double value = 0.0;
    QString unit;
    QString source;

    friend bool operator==(const Observation &, const Observation &) = default;
};

// A 1022-style citizen field report.
struct Report {
    QString id;
    QString title;
    QString category;
    QString status; // received | in_progress | resolved | overdue ...
    QString area;
    QDateTime created;
    QDateTime updated;
    std::optional<QDateTime> deadline;
    QString address;
    std::optional<double> lat;
    std::optional<double> lon;
    QString agency;
    QString source;

    friend bool operator==(const Report &, const Report &) = default;
};

} // namespace iocwall
