#pragma once

#include <QSqlDatabase>
#include <QString>

namespace iocwall::schema {

// The schema version this build writes. Files carry it in PRAGMA user_version
// and are upgraded one step at a time on open; a file newer than this build is
// refused rather than guessed at.
int currentVersion();

struct MigrationResult {
    enum class Outcome { Done, Failed, NewerThanBuild };
    Outcome outcome = Outcome::Done;
    QString error;
};

// Brings `db` up to currentVersion() in one transaction per step.
MigrationResult migrate(QSqlDatabase &db);

} // namespace iocwall::schema
