#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iocwall::schema {

namespace {

// Step N takes a file from version N-1 to N. Append; never edit a shipped step.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the first schema
        {
            u"CREATE TABLE indicators (code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,"
            " unit TEXT, domain TEXT, period TEXT, aggregation TEXT, target REAL,"
            " direction TEXT, good REAL, warning REAL, source TEXT, updated_at INTEGER)"_s,
            u"CREATE TABLE areas (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT, parent "
            u"TEXT,"
            " lat REAL, lon REAL)"_s,
            // time and fetched_at are UTC epoch seconds.
            u"CREATE TABLE observations (indicator TEXT NOT NULL, area TEXT NOT NULL,"
            " time INTEGER NOT NULL, value REAL NOT NULL, source TEXT, fetched_at INTEGER NOT NULL,"
            " PRIMARY KEY (indicator, area, time)) WITHOUT ROWID"_s,
            // A corrected value replaces the old one; the old one is kept here.
            u"CREATE TABLE observation_revisions (indicator TEXT NOT NULL, area TEXT NOT NULL,"
            " time INTEGER NOT NULL, value REAL NOT NULL, source TEXT, fetched_at INTEGER NOT NULL,"
            " replaced_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX observation_revisions_key ON observation_revisions (indicator, area, time)"_s,
            u"CREATE TRIGGER observations_keep_revision AFTER UPDATE OF value ON observations"
            " WHEN old.value IS NOT new.value BEGIN"
            " INSERT INTO observation_revisions VALUES (old.indicator, old.area, old.time, "
            "old.value,"
            " old.source, old.fetched_at, new.fetched_at); END"_s,
            // When each indicator was last answered by its source: the age a tile shows.
            u"CREATE TABLE indicator_fetch (indicator TEXT PRIMARY KEY, source TEXT,"
            " fetched_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE reports (id TEXT NOT NULL, source TEXT NOT NULL, title TEXT, category "
            u"TEXT,"
            " status TEXT, area TEXT, created INTEGER, updated INTEGER, deadline INTEGER,"
            " address TEXT, lat REAL, lon REAL, agency TEXT, fetched_at INTEGER NOT NULL,"
            " PRIMARY KEY (source, id))"_s,
            u"CREATE TABLE report_status_history (source TEXT NOT NULL, id TEXT NOT NULL,"
            " status TEXT NOT NULL, at INTEGER NOT NULL)"_s,
            u"CREATE TRIGGER reports_keep_status AFTER UPDATE OF status ON reports"
            " WHEN old.status IS NOT new.status BEGIN"
            " INSERT INTO report_status_history VALUES (new.source, new.id, new.status, new.fetched_at); END"_s,
            u"CREATE TABLE cameras (id TEXT PRIMARY KEY, name TEXT, area TEXT, kind TEXT,"
            " main_url TEXT, sub_url TEXT, snapshot_url TEXT, lat REAL, lon REAL, source TEXT,"
            " updated_at INTEGER)"_s,
            u"CREATE TABLE source_health (source TEXT PRIMARY KEY, name TEXT, last_attempt INTEGER,"
            " last_success INTEGER, last_error_at INTEGER, last_error TEXT, latency_ms INTEGER,"
            " records INTEGER, next_poll INTEGER)"_s,
        },
        // 2: a report's first status is history too, so "as of" can find it;
        // indexes for replay and for the revision and fetch-time scans.
        {
            u"CREATE TRIGGER reports_first_status AFTER INSERT ON reports BEGIN"
            " INSERT INTO report_status_history VALUES (new.source, new.id, new.status, new.fetched_at); END"_s,
            u"INSERT INTO report_status_history (source, id, status, at)"
            " SELECT r.source, r.id, r.status, r.fetched_at FROM reports r WHERE NOT EXISTS"
            " (SELECT 1 FROM report_status_history h WHERE h.source = r.source AND h.id = r.id)"_s,
            u"CREATE INDEX report_status_history_key ON report_status_history (source, id, at)"_s,
            u"CREATE INDEX observation_revisions_replaced ON observation_revisions (replaced_at)"_s,
        },
        // 3: a successful poll that left records out says how many and why.
        {
            u"ALTER TABLE source_health ADD COLUMN skipped_records INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE source_health ADD COLUMN skipped_reason TEXT"_s,
        },
        // 4: source_health times in UTC epoch milliseconds (were seconds), so a
        // success and an error in the same second are told apart.
        {
            u"UPDATE source_health SET last_attempt = last_attempt * 1000,"
            " last_success = last_success * 1000, last_error_at = last_error_at * 1000,"
            " next_poll = next_poll * 1000"_s,
        },
    };
    return all;
}

struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(SchemaText)
};

} // namespace

int currentVersion()
{
    return int(steps().size());
}

MigrationResult migrate(QSqlDatabase &db)
{
    using Outcome = MigrationResult::Outcome;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return {Outcome::Failed,
                SchemaText::tr("không đọc được phiên bản lược đồ: %1").arg(q.lastError().text())};
    const int version = q.value(0).toInt();
    q.finish();
    if (version > currentVersion())
        return {Outcome::NewerThanBuild,
                SchemaText::tr("tệp bộ nhớ đệm có phiên bản %1, mới hơn bản chương trình này (%2)")
                    .arg(version)
                    .arg(currentVersion())};
    for (int step = version; step < currentVersion(); ++step) {
        if (!db.transaction())
            return {Outcome::Failed, db.lastError().text()};
        for (const QString &sql : steps().at(step)) {
            if (!q.exec(sql)) {
                const QString error = q.lastError().text();
                db.rollback();
                return {Outcome::Failed,
                        SchemaText::tr("nâng cấp lược đồ lên phiên bản %1 thất bại: %2")
                            .arg(step + 1)
                            .arg(error)};
            }
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(step + 1)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return {Outcome::Failed, error};
        }
    }
    return {};
}

} // namespace iocwall::schema
