#include "maintenance.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct MaintenanceText {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceText)
};

// Rolls rows older than `cutoff` up into buckets of `size` seconds, touching
// only buckets that hold a row not on the bucket's start.
bool rollUp(QSqlQuery &q, qint64 cutoff, int size, int offset, qint64 *rolled)
{
    const QString bucket = u"(((o.time + %1) / %2) * %2 - %1)"_s.arg(offset).arg(size);
    const QStringList steps = {
        u"DROP TABLE IF EXISTS temp.candidate"_s,
        u"DROP TABLE IF EXISTS temp.rolled"_s,
        u"CREATE TEMP TABLE candidate AS SELECT o.indicator, o.area, o.time, o.value, o.source, "
        u"o.fetched_at,"
        " %1 AS bucket, COALESCE(i.aggregation, 'last') AS agg FROM observations o"
        " LEFT JOIN indicators i ON i.code = o.indicator WHERE o.time < %2"_s.arg(bucket)
            .arg(cutoff),
        u"DELETE FROM candidate WHERE (indicator, area, bucket) NOT IN"
        " (SELECT indicator, area, bucket FROM candidate WHERE time != bucket)"_s,
        u"CREATE TEMP TABLE rolled AS SELECT c.indicator, c.area, c.bucket AS time,"
        " CASE c.agg WHEN 'sum' THEN SUM(c.value) WHEN 'avg' THEN AVG(c.value) WHEN 'max' THEN "
        "MAX(c.value)"
        " ELSE (SELECT l.value FROM candidate l WHERE l.indicator = c.indicator AND l.area = c.area"
        " AND l.bucket = c.bucket ORDER BY l.time DESC LIMIT 1) END AS value,"
        " MAX(c.source) AS source, MAX(c.fetched_at) AS fetched_at"
        " FROM candidate c GROUP BY c.indicator, c.area, c.bucket"_s,
        u"DELETE FROM observations WHERE (indicator, area, time) IN (SELECT indicator, area, time FROM candidate)"_s,
        u"INSERT INTO observations (indicator, area, time, value, source, fetched_at)"
        " SELECT indicator, area, time, value, source, fetched_at FROM rolled"_s,
    };
    for (const QString &sql : steps)
        if (!q.exec(sql))
            return false;
    if (!q.exec(u"SELECT (SELECT count(*) FROM candidate) - (SELECT count(*) FROM rolled)"_s) ||
        !q.next())
        return false;
    *rolled += q.value(0).toLongLong();
    return q.exec(u"DROP TABLE temp.candidate"_s) && q.exec(u"DROP TABLE temp.rolled"_s);
}

} // namespace

MaintenanceReport runMaintenance(QSqlDatabase &db, const RetentionPolicy &policy,
                                 const QDateTime &now)
{
    MaintenanceReport report;
    const qint64 t = now.toSecsSinceEpoch();
    if (!db.transaction()) {
        report.error = MaintenanceText::tr("bảo trì bộ nhớ đệm: %1").arg(db.lastError().text());
        return report;
    }
    QSqlQuery q(db);
    bool ok =
        rollUp(q, t - qint64(policy.rawDays) * 86400, 3600, policy.utcOffsetS, &report.rolledUp) &&
        rollUp(q, t - qint64(policy.hourlyDays) * 86400, 86400, policy.utcOffsetS,
               &report.rolledUp);
    if (ok) {
        ok = q.exec(u"DELETE FROM observation_revisions WHERE replaced_at < %1"_s.arg(
            t - qint64(policy.revisionDays) * 86400));
        report.revisionsPruned = ok ? q.numRowsAffected() : 0;
    }
    if (!ok || !db.commit()) {
        report.error =
            MaintenanceText::tr("bảo trì bộ nhớ đệm thất bại: %1")
                .arg(q.lastError().isValid() ? q.lastError().text() : db.lastError().text());
        db.rollback();
    }
    return report;
}

} // namespace iocwall
