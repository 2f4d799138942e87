#include "observationinserter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace iocwall {

ObservationInserter::ObservationInserter(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_db)
        return;
    const char *sql = "INSERT INTO observations (indicator, area, time, value, source, fetched_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                      " ON CONFLICT (indicator, area, time) DO UPDATE SET value = excluded.value,"
                      " source = excluded.source, fetched_at = excluded.fetched_at"
                      " WHERE value IS NOT excluded.value";
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        m_statement = nullptr;
}

ObservationInserter::~ObservationInserter()
{
    sqlite3_finalize(m_statement);
}

QSqlError ObservationInserter::lastError() const
{
    // The native code lets the writer tell a full disk (13) from other failures.
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                     QString::number(sqlite3_errcode(m_db)));
}

bool ObservationInserter::upsert(const Observation &o, const QByteArray &source, qint64 fetchedAt,
                                 qsizetype *changed, QSqlError *error)
{
    const QByteArray indicator = o.indicator.toUtf8();
    const QByteArray area = o.area.toUtf8();
    sqlite3_bind_text(m_statement, 1, indicator.constData(), int(indicator.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_statement, 2, area.constData(), int(area.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_statement, 3, o.time.toSecsSinceEpoch());
    sqlite3_bind_double(m_statement, 4, o.value);
    sqlite3_bind_text(m_statement, 5, source.constData(), int(source.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_statement, 6, fetchedAt);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        *error = lastError();
        return false;
    }
    *changed += sqlite3_changes(m_db);
    return true;
}

} // namespace iocwall
