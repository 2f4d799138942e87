#pragma once

#include "store/querytypes.h"
#include "store/storereader.h"

#include <QDateTime>
#include <QList>

namespace iocwall {

// 1022 reports as a wall shows them: counts by status, category or area, and
// the overdue list. As of the reader's moment when it has one: a report counts
// with the status it had then, if it had arrived by then.
class ReportQueries {
public:
    explicit ReportQueries(const StoreReader &reader)
        : m_reader(reader)
    {
    }

    enum class GroupBy { Status, Category, Area };
    using Count = ReportCount;
    // Reports created within [from, to), counted by `by`, largest first.
    QList<Count> counts(GroupBy by, const QDateTime &from, const QDateTime &to) const;

    struct AreaStatusCount {
        QString area;
        QString status;
        qint64 count = 0;
    };
    // Reports created within [from, to), counted per area and status, by area then status.
    QList<AreaStatusCount> countsByAreaAndStatus(const QDateTime &from, const QDateTime &to) const;

    using Overdue = OverdueReport;
    // Open reports past their deadline at `now` (or marked overdue by the source), most late first.
    QList<Overdue> overdue(const QDateTime &now, int limit = 50) const;

    // The newest reports (created within [from, to)), newest first.
    QList<Report> recent(const QDateTime &from, const QDateTime &to, int limit = 50) const;

    // Reports with a location for a map: every report open at `now`, and the
    // closed ones created within [from, now) when `withClosed`; newest first.
    QList<ReportPin> pins(const QDateTime &from, const QDateTime &now, bool withClosed,
                          int limit = 2000) const;
    static ReportPin::State
    pinState(const QString &status, const std::optional<QDateTime> &deadline, const QDateTime &now);

    // Statuses that close a report.
    static bool isClosed(const QString &status);

private:
    QString current() const; // the reports with the status in force at the reader's moment

    const StoreReader &m_reader;
};

} // namespace iocwall
