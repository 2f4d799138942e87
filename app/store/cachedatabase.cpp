#include "cachedatabase.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// Reads the schema and runs a quick structural check: cheap enough for start-up
// on the cache sizes the wall keeps, and it catches a file that is not SQLite.
QString probe(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return q.lastError().text();
    if (!q.exec(u"PRAGMA quick_check(1)"_s) || !q.next())
        return q.lastError().text();
    const QString result = q.value(0).toString();
    return result == u"ok" ? QString() : result;
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString target = path + u".damaged-"_s + stamp;
    if (!QFile::rename(path, target))
        return {};
    // The WAL and shared-memory files belong to the damaged file.
    QFile::rename(path + u"-wal"_s, target + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return target;
}

// One attempt at opening, checking and migrating the file.
schema::MigrationResult openAndMigrate(const QString &path)
{
    const QString name = u"iocwall-prepare"_s;
    schema::MigrationResult result;
    {
        QString error;
        QSqlDatabase db = CacheDatabase::open(path, name, &error);
        if (error.isEmpty())
            error = probe(db);
        if (error.isEmpty())
            result = schema::migrate(db);
        else
            result = {schema::MigrationResult::Outcome::Failed, error};
        db.close();
    }
    CacheDatabase::close(name);
    return result;
}

} // namespace

QSqlDatabase CacheDatabase::open(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA temp_store=MEMORY"_s}) {
        if (!q.exec(pragma) && error) {
            *error = q.lastError().text();
            break;
        }
    }
    return db;
}

void CacheDatabase::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

CacheDatabase::Prepared CacheDatabase::prepare(const QString &path)
{
    using Outcome = schema::MigrationResult::Outcome;
    Prepared result;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error =
            CacheDatabase::tr("không tạo được thư mục dữ liệu %1").arg(info.absolutePath());
        return result;
    }
    schema::MigrationResult first = openAndMigrate(path);
    if (first.outcome == Outcome::Done) {
        result.ok = true;
        return result;
    }
    if (first.outcome == Outcome::NewerThanBuild) {
        // Not damaged, just newer: never throw away a file a newer build wrote.
        result.error = first.error;
        return result;
    }
    // Damaged or not a database: keep it for inspection and start afresh.
    result.movedAsideTo = moveAside(path);
    if (result.movedAsideTo.isEmpty()) {
        result.error = CacheDatabase::tr("tệp bộ nhớ đệm %1 bị hỏng (%2) và không dời đi được")
                           .arg(path, first.error);
        return result;
    }
    result.notice = CacheDatabase::tr("tệp bộ nhớ đệm bị hỏng (%1); đã dời sang %2 và tạo tệp mới")
                        .arg(first.error, result.movedAsideTo);
    const schema::MigrationResult second = openAndMigrate(path);
    result.ok = second.outcome == Outcome::Done;
    if (!result.ok)
        result.error = second.error;
    return result;
}

} // namespace iocwall
