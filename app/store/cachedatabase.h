#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace iocwall {

// Opens connections to the SQLite cache file. Each thread uses its own
// connection (QSqlDatabase connections must not cross threads); exactly one of
// them, the writer's, ever writes.
class CacheDatabase {
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)
public:
    struct Prepared {
        bool ok = false;
        QString error;        // why the cache cannot be used at all
        QString movedAsideTo; // a damaged file that was set aside, if any
        QString notice;       // what a technician should know even though it worked
    };

    // Run once at start-up, before any other connection opens: creates the
    // folder and the file, sets WAL mode, sets a damaged or unreadable file
    // aside (keeping it for inspection) and starts a fresh one, and migrates.
    static Prepared prepare(const QString &path);

    // A connection for the calling thread with the pragmas every connection needs.
    static QSqlDatabase open(const QString &path, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
};

} // namespace iocwall
