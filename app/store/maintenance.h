#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace iocwall {

// How long the cache keeps what. Raw values (finer than an hour) are kept for
// rawDays, then rolled up into hourly values; hourly ones into daily values
// after hourlyDays; corrected values' old revisions are dropped after
// revisionDays. Roll-ups follow each indicator's aggregation (sum, avg, max,
// last), so a chart of any period shows the same figures before and after.
struct RetentionPolicy {
    int rawDays = 35;
    int hourlyDays = 400;
    int revisionDays = 90;
    int utcOffsetS = 7 * 3600; // buckets are local hours and days
};

struct MaintenanceReport {
    qint64 rolledUp = 0; // rows replaced by roll-ups
    qint64 revisionsPruned = 0;
    QString error; // empty on success
};

// One pass of retention and roll-ups in one transaction on `db` (the writer's
// connection: it writes). Cheap when there is nothing to do.
MaintenanceReport runMaintenance(QSqlDatabase &db, const RetentionPolicy &policy,
                                 const QDateTime &now);

} // namespace iocwall
