#pragma once

#include "model/area.h"
#include "model/indicator.h"
#include "model/records.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace iocwall {

// Everything one successful poll of one source produced. A value type handed
// from the hub's thread to the store's writer thread by a queued signal.
struct RecordBatch {
    QString source;
    QDateTime fetchedAt;
    QList<IndicatorInfo> indicators; // catalog entries the source described
    QList<Area> areas;
    QList<Observation> observations;
    QList<Report> reports;
    QStringList polledIndicators; // asked for and answered, even if nothing new came
    // Records the source sent that could not be used: the poll still succeeds
    // with the rest. How many, and the first reason in plain words (in the UI
    // language of the moment), naming the record.
    qsizetype skippedRecords = 0;
    QString skippedReason;

    qsizetype recordCount() const { return observations.size() + reports.size(); }
};

// The health of one source, as the wall and the command line show it.
struct SourceHealth {
    QString source;
    QString name;
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QDateTime lastErrorAt;
    QString lastError; // plain words, in the UI language of the moment it happened
    int latencyMs = -1;
    qsizetype records = 0; // in the last successful poll
    QDateTime nextPoll;
    qsizetype skippedRecords = 0; // left out of the last successful poll (RecordBatch)
    QString skippedReason;        // ... the first reason

    // A success and an error at the same moment (the cache keeps milliseconds)
    // count as the error: the wall must not call a source good on a tie.
    bool ok() const
    {
        return lastSuccess.isValid() && (!lastErrorAt.isValid() || lastSuccess > lastErrorAt);
    }
    // Succeeded, but left some records out.
    bool partial() const { return ok() && skippedRecords > 0; }
    friend bool operator==(const SourceHealth &, const SourceHealth &) = default;
};

} // namespace iocwall

Q_DECLARE_METATYPE(iocwall::RecordBatch)
Q_DECLARE_METATYPE(iocwall::SourceHealth)
