#include "reportqueries.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

bool ReportQueries::isClosed(const QString &status)
{
    return status == u"resolved" || status == u"closed" || status == u"rejected";
}

QString ReportQueries::current() const
{
    if (!m_reader.asOf())
        return u"(SELECT source, id, title, category, status, area, created, deadline, address, "
               u"agency"
               " FROM reports)"_s;
    // The newest status each report had by then; reports not yet arrived drop out.
    const qint64 t = m_reader.asOf()->toSecsSinceEpoch();
    return u"(SELECT r.source, r.id, r.title, r.category, h.status, r.area, r.created, r.deadline, "
           u"r.address, r.agency"
           " FROM reports r JOIN (SELECT source, id, status, ROW_NUMBER() OVER"
           " (PARTITION BY source, id ORDER BY at DESC) AS n FROM report_status_history WHERE at "
           "<= %1) h"
           " ON h.source = r.source AND h.id = r.id AND h.n = 1)"_s.arg(t);
}

QList<ReportQueries::Count> ReportQueries::counts(GroupBy by, const QDateTime &from,
                                                  const QDateTime &to) const
{
    const QString column = by == GroupBy::Status     ? u"status"_s
                           : by == GroupBy::Category ? u"category"_s
                                                     : u"area"_s;
    QSqlQuery q(m_reader.database());
    q.prepare(u"SELECT %1, count(*) FROM %2 WHERE created >= ? AND created < ? GROUP BY %1"
              " ORDER BY count(*) DESC, %1"_s.arg(column, current()));
    q.bindValue(0, from.toSecsSinceEpoch());
    q.bindValue(1, to.toSecsSinceEpoch());
    QList<Count> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QList<ReportQueries::AreaStatusCount>
ReportQueries::countsByAreaAndStatus(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_reader.database());
    q.prepare(u"SELECT area, status, count(*) FROM %1 WHERE created >= ? AND created < ?"
              " GROUP BY area, status ORDER BY area, status"_s.arg(current()));
    q.bindValue(0, from.toSecsSinceEpoch());
    q.bindValue(1, to.toSecsSinceEpoch());
    QList<AreaStatusCount> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

QList<Report> ReportQueries::recent(const QDateTime &from, const QDateTime &to, int limit) const
{
    QSqlQuery q(m_reader.database());
    q.prepare(
        u"SELECT c.source, c.id, c.title, c.category, c.status, c.area, c.created, c.deadline, "
        u"c.address,"
        " r.lat, r.lon, r.agency, r.updated FROM %1 c JOIN reports r ON r.source = c.source AND "
        "r.id = c.id"
        " WHERE c.created >= ? AND c.created < ? ORDER BY c.created DESC LIMIT ?"_s.arg(current()));
    q.bindValue(0, from.toSecsSinceEpoch());
    q.bindValue(1, to.toSecsSinceEpoch());
    q.bindValue(2, limit);
    QList<Report> out;
    if (!q.exec())
        return out;
    auto time = [&](int column) {
        return q.value(column).isNull()
                   ? QDateTime()
                   : QDateTime::fromSecsSinceEpoch(q.value(column).toLongLong(), Qt::UTC);
    };
    while (q.next()) {
        Report r;
        r.source = q.value(0).toString();
        r.id = q.value(1).toString();
        r.title = q.value(2).toString();
        r.category = q.value(3).toString();
        r.status = q.value(4).toString();
        r.area = q.value(5).toString();
        r.created = time(6);
        if (!q.value(7).isNull())
            r.deadline = time(7);
        r.address = q.value(8).toString();
        if (!q.value(9).isNull())
            r.lat = q.value(9).toDouble();
        if (!q.value(10).isNull())
            r.lon = q.value(10).toDouble();
        r.agency = q.value(11).toString();
        r.updated = time(12);
        out.append(r);
    }
    return out;
}

ReportPin::State ReportQueries::pinState(const QString &status,
                                         const std::optional<QDateTime> &deadline,
                                         const QDateTime &now)
{
    if (isClosed(status))
        return ReportPin::State::Resolved;
    if (status == u"overdue" || (deadline && *deadline < now))
        return ReportPin::State::Overdue;
    if (status == u"received" || status == u"new" || status == u"open")
        return ReportPin::State::Received;
    return ReportPin::State::InProgress;
}

QList<ReportPin> ReportQueries::pins(const QDateTime &from, const QDateTime &now, bool withClosed,
                                     int limit) const
{
    QSqlQuery q(m_reader.database());
    q.prepare(u"SELECT c.id, c.area, c.status, c.deadline, r.lat, r.lon FROM %1 c JOIN reports r"
              " ON r.source = c.source AND r.id = c.id"
              " WHERE r.lat IS NOT NULL AND r.lon IS NOT NULL AND c.created < ?"
              " AND (c.status NOT IN ('resolved', 'closed', 'rejected') OR (? AND c.created >= ?))"
              " ORDER BY c.created DESC LIMIT ?"_s.arg(current()));
    q.bindValue(0, now.toSecsSinceEpoch());
    q.bindValue(1, withClosed ? 1 : 0);
    q.bindValue(2, from.toSecsSinceEpoch());
    q.bindValue(3, limit);
    QList<ReportPin> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ReportPin pin;
        pin.id = q.value(0).toString();
        pin.area = q.value(1).toString();
        std::optional<QDateTime> deadline;
        if (!q.value(3).isNull())
            deadline = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        pin.state = pinState(q.value(2).toString(), deadline, now);
        pin.lat = q.value(4).toDouble();
        pin.lon = q.value(5).toDouble();
        out.append(pin);
    }
    return out;
}

QList<ReportQueries::Overdue> ReportQueries::overdue(const QDateTime &now, int limit) const
{
    QSqlQuery q(m_reader.database());
    q.prepare(u"SELECT id, title, category, area, address, deadline, agency FROM %1"
              " WHERE status NOT IN ('resolved', 'closed', 'rejected')"
              " AND ((deadline IS NOT NULL AND deadline < ?) OR status = 'overdue')"
              " ORDER BY deadline IS NULL, deadline LIMIT ?"_s.arg(current()));
    q.bindValue(0, now.toSecsSinceEpoch());
    q.bindValue(1, limit);
    QList<Overdue> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Overdue o;
        o.id = q.value(0).toString();
        o.title = q.value(1).toString();
        o.category = q.value(2).toString();
        o.area = q.value(3).toString();
        o.address = q.value(4).toString();
        o.agency = q.value(6).toString();
        if (!q.value(5).isNull()) {
            o.deadline = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
            o.daysLate = int(std::max<qint64>(0, o.deadline.secsTo(now) / 86400));
        }
        out.append(o);
    }
    return out;
}

} // namespace iocwall
