#include "analytics.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// Per area: the indicator aggregated over time within [from, to).
std::map<QString, double> perArea(const StoreReader &reader, const QString &indicator,
                                  const QStringList &areas, const QDateTime &from,
                                  const QDateTime &to, Aggregation aggregation)
{
    QString select;
    switch (aggregation) {
    case Aggregation::Sum:
        select = u"SUM(value)"_s;
        break;
    case Aggregation::Average:
        select = u"AVG(value)"_s;
        break;
    case Aggregation::Max:
        select = u"MAX(value)"_s;
        break;
    case Aggregation::Last:
        select = u"value, MAX(time)"_s;
        break; // the row holding MAX(time)
    }
    QStringList names;
    for (int k = 0; k < areas.size(); ++k)
        names.append(u":a%1"_s.arg(k));
    const QString areaFilter =
        areas.isEmpty() ? QString() : u" AND area IN (%1)"_s.arg(names.join(u", "_s));
    QSqlQuery q(reader.database());
    q.prepare(
        u"SELECT area, %1 FROM %2 WHERE indicator = :indicator AND time >= :from AND time < :to%3"
        " GROUP BY area"_s.arg(select, reader.observationsFrom(), areaFilter));
    q.bindValue(u":indicator"_s, indicator);
    q.bindValue(u":from"_s, from.toSecsSinceEpoch());
    q.bindValue(u":to"_s, to.toSecsSinceEpoch());
    for (int k = 0; k < areas.size(); ++k)
        q.bindValue(names.at(k), areas.at(k));
    std::map<QString, double> out;
    if (q.exec())
        while (q.next())
            out[q.value(0).toString()] = q.value(1).toDouble();
    return out;
}

QDateTime localMidnight(const QDate &date, int utcOffsetS)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(utcOffsetS)).toUTC();
}

} // namespace

Period periodContaining(const QString &kind, const QDateTime &at, int utcOffsetS)
{
    const QDate day = at.toTimeZone(QTimeZone(utcOffsetS)).date();
    QDate first = day;
    QDate next = day.addDays(1);
    if (kind == u"week") {
        first = day.addDays(1 - day.dayOfWeek());
        next = first.addDays(7);
    } else if (kind == u"month") {
        first = QDate(day.year(), day.month(), 1);
        next = first.addMonths(1);
    } else if (kind == u"year") {
        first = QDate(day.year(), 1, 1);
        next = first.addYears(1);
    }
    return {localMidnight(first, utcOffsetS), localMidnight(next, utcOffsetS)};
}

std::optional<double> aggregateRange(const StoreReader &reader, const QString &indicator,
                                     const QStringList &areas, const QDateTime &from,
                                     const QDateTime &to, Aggregation aggregation)
{
    const auto values = perArea(reader, indicator, areas, from, to, aggregation);
    if (values.empty())
        return std::nullopt;
    QList<double> list;
    for (const auto &[area, v] : values)
        list.append(v);
    return combine(aggregation, list);
}

PeriodComparison comparePeriods(const StoreReader &reader, const QString &indicator,
                                const QStringList &areas, const QString &kind, const QDateTime &at,
                                Aggregation aggregation, int utcOffsetS)
{
    PeriodComparison c;
    const Period whole = periodContaining(kind, at, utcOffsetS);
    const qint64 elapsedS = whole.start.secsTo(at);
    c.current = {whole.start, at};
    const Period before = periodContaining(kind, whole.start.addSecs(-1), utcOffsetS);
    c.previous = {before.start, std::min(before.start.addSecs(elapsedS), before.end)};
    // The same period a year earlier: shift the local start date by a year.
    const QDate startDay = whole.start.toTimeZone(QTimeZone(utcOffsetS)).date();
    const QDateTime yearStart = localMidnight(startDay.addYears(-1), utcOffsetS);
    const Period yearWhole = periodContaining(kind, yearStart, utcOffsetS);
    c.lastYear = {yearWhole.start, std::min(yearWhole.start.addSecs(elapsedS), yearWhole.end)};
    c.currentValue =
        aggregateRange(reader, indicator, areas, c.current.start, c.current.end, aggregation);
    c.previousValue =
        aggregateRange(reader, indicator, areas, c.previous.start, c.previous.end, aggregation);
    c.lastYearValue =
        aggregateRange(reader, indicator, areas, c.lastYear.start, c.lastYear.end, aggregation);
    return c;
}

QList<AreaRank> rankAreas(const StoreReader &reader, const QString &indicator,
                          const QDateTime &from, const QDateTime &to, Aggregation aggregation,
                          bool higherIsBetter)
{
    const auto values = perArea(reader, indicator, {}, from, to, aggregation);
    const QHash<QString, Area> areas = reader.areas();
    QList<AreaRank> out;
    for (const auto &[area, v] : values)
        out.append({area, areas.value(area).name.isEmpty() ? area : areas.value(area).name, v, 0});
    std::stable_sort(out.begin(), out.end(),
                     [higherIsBetter](const AreaRank &a, const AreaRank &b) {
                         return higherIsBetter ? a.value > b.value : a.value < b.value;
                     });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && out[i].value == out[i - 1].value ? out[i - 1].rank : i + 1;
    return out;
}

} // namespace iocwall
