#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iocwall {

// Values the analytics queries answer with (see analytics.h, reportqueries.h);
// plain data so they can cross threads inside a TileData.

// A local calendar period as UTC instants; `end` is exclusive.
struct Period {
    QDateTime start;
    QDateTime end;

    friend bool operator==(const Period &, const Period &) = default;
};

struct PeriodComparison {
    Period current;  // from its start up to the moment asked about
    Period previous; // the previous period, over the same elapsed span
    Period lastYear; // the same period a year earlier, same span
    std::optional<double> currentValue;
    std::optional<double> previousValue;
    std::optional<double> lastYearValue;

    friend bool operator==(const PeriodComparison &, const PeriodComparison &) = default;
};

struct AreaRank {
    QString area;
    QString name;
    double value = 0.0;
    int rank = 0; // 1 is the best; equal values share a rank

    friend bool operator==(const AreaRank &, const AreaRank &) = default;
};

struct ReportCount {
    QString key;
    qint64 count = 0;

    friend bool operator==(const ReportCount &, const ReportCount &) = default;
};

struct OverdueReport {
    QString id;
    QString title;
    QString category;
    QString area;
    QString agency; // the unit handling it
    QString address;
    QDateTime deadline;
    int daysLate = 0;

    friend bool operator==(const OverdueReport &, const OverdueReport &) = default;
};

// One bar of a stacked chart: an area and one value per segment, in the
// order of TileData::breakdownKeys (indicator codes, or report statuses).
struct AreaBreakdown {
    QString area;
    QString name;
    QList<double> values;

    double total() const
    {
        double sum = 0.0;
        for (double v : values)
            sum += v;
        return sum;
    }
    friend bool operator==(const AreaBreakdown &, const AreaBreakdown &) = default;
};

// A 1022 report with a location, as a map marks it. The state is the one a
// person on the wall cares about: an open report past its deadline is overdue
// whatever the source still calls it.
struct ReportPin {
    enum class State { Received, InProgress, Overdue, Resolved };
    QString id;
    QString area;
    State state = State::Received;
    double lat = 0.0;
    double lon = 0.0;

    friend bool operator==(const ReportPin &, const ReportPin &) = default;
};

} // namespace iocwall
