#pragma once

#include "model/records.h"

#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

namespace iocwall {

// The hot path of ingest: observations upserted through one prepared SQLite
// statement on the writer's own connection (the sqlite3 handle under Qt's
// QSQLITE driver, which is the system libsqlite3 this links). QSqlQuery's
// per-row QVariant binding cost about half the ingest rate; this keeps within
// sight of SQLite's own ceiling (see tests/bench/bench_cache.cpp).
// Threading: the writer's thread only, like the connection it borrows.
class ObservationInserter {
public:
    explicit ObservationInserter(const QSqlDatabase &db);
    ~ObservationInserter();
    ObservationInserter(const ObservationInserter &) = delete;
    ObservationInserter &operator=(const ObservationInserter &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Inserts, or replaces a changed value (the trigger keeps the old one as a
    // revision); an identical value is left alone. `changed` counts rows written.
    bool upsert(const Observation &o, const QByteArray &source, qint64 fetchedAt,
                qsizetype *changed, QSqlError *error);

private:
    QSqlError lastError() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace iocwall
