#include "dataservice.h"

#include "analytics.h"
#include "breakdown.h"
#include "cachedatabase.h"
#include "reportqueries.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

DataService::DataService(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(u"iocwall-reader-%1"_s.arg(quintptr(this), 0, 16))
{
}

DataService::~DataService()
{
    if (m_reader) {
        m_reader.reset();
        CacheDatabase::close(m_connectionName);
    }
}

void DataService::open()
{
    QString error;
    QSqlDatabase db = CacheDatabase::open(m_path, m_connectionName, &error);
    m_reader = std::make_unique<StoreReader>(db);
}

void DataService::query(const TileQuery &query)
{
    if (!m_reader)
        open();
    Q_EMIT answered(answer(*m_reader, query));
}

void DataService::queryHealth()
{
    if (!m_reader)
        open();
    Q_EMIT healthRead(m_reader->health());
}

void dropUnfinishedBucket(TileSeries &series, const QString &period, const QDateTime &now)
{
    while (!series.points.isEmpty()) {
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(qint64(series.points.last().x()), Qt::UTC);
        const QDateTime end = period == u"hour"    ? start.addSecs(3600)
                              : period == u"month" ? start.addMonths(1)
                                                   : start.addDays(1);
        if (end <= now)
            return;
        series.points.removeLast();
    }
}

QList<TileSeries> previousSeries(const StoreReader &reader, const QString &indicator,
                                 const TileBinding &binding, const TileQuery &query,
                                 Aggregation aggregation)
{
    // The same window one window earlier, read up to the point the current
    // one has reached, so a like-for-like line ends where the current one does.
    const QDateTime to = query.now.addDays(-binding.days);
    const QDateTime from = to.addDays(-binding.days);
    const double shiftMs = double(from.msecsTo(to));
    QList<TileSeries> out = reader.series(indicator, binding.areas, from, to, binding.period,
                                          aggregation, query.utcOffsetS);
    for (TileSeries &s : out) {
        if (aggregation == Aggregation::Sum)
            dropUnfinishedBucket(s, binding.period, to);
        for (QPointF &p : s.points)
            p.rx() += shiftMs;
        s.previousPeriod = true;
    }
    return out;
}

// The parts beyond values and series: rankings, period comparison, reports.
void answerAnalytics(const StoreReader &reader, const TileQuery &query, TileData &data)
{
    const TileBinding &b = query.binding;
    const QDateTime from = query.now.addDays(-b.days);
    if (!b.indicators.isEmpty()) {
        const IndicatorInfo info = data.indicators.value(b.indicators.first());
        const Aggregation aggregation = b.aggregation.value_or(info.aggregation);
        if (query.parts & TileQuery::Ranking) {
            const bool higherIsBetter =
                info.thresholds.direction == Thresholds::Direction::HigherIsBetter;
            data.ranking = rankAreas(reader, b.indicators.first(), from, query.now.addSecs(1),
                                     aggregation, higherIsBetter);
            if (!b.areas.isEmpty())
                data.ranking.removeIf([&](const AreaRank &r) { return !b.areas.contains(r.area); });
        }
        if (query.parts & TileQuery::Comparison)
            data.comparison = comparePeriods(reader, b.indicators.first(), b.areas,
                                             b.period == u"hour" ? u"day"_s : b.period, query.now,
                                             aggregation, query.utcOffsetS);
    }
    ReportQueries reports(reader);
    if (query.parts & TileQuery::Reports) {
        data.reportsByStatus =
            reports.counts(ReportQueries::GroupBy::Status, from, query.now.addSecs(1));
        data.reportsByCategory =
            reports.counts(ReportQueries::GroupBy::Category, from, query.now.addSecs(1));
        data.recentReports = reports.recent(from, query.now.addSecs(1));
    }
    if (query.parts & TileQuery::Overdue)
        data.overdue = reports.overdue(query.now);
    if (query.parts & (TileQuery::Reports | TileQuery::Overdue)) {
        // Reports carry area codes: lists show the areas' names.
        const QHash<QString, Area> areas = reader.areas();
        for (auto it = areas.cbegin(); it != areas.cend(); ++it)
            data.areaNames.insert(it.key(), it->name);
    }
    if (query.parts & TileQuery::IndicatorsByArea)
        breakdownByIndicator(reader, b, from, query.now.addSecs(1), data);
    if (query.parts & TileQuery::ReportsByArea)
        breakdownReportsByStatus(reader, b, from, query.now.addSecs(1), data);
    // A map filters the closed ones itself (its show_resolved), so they always come.
    if (query.parts & TileQuery::ReportPins)
        data.reportPins = reports.pins(from, query.now, true);
    if (query.parts & (TileQuery::Reports | TileQuery::Overdue | TileQuery::ReportsByArea |
                       TileQuery::ReportPins)) {
        // Reports have no indicator: their age is the reports' own last fetch.
        QSqlQuery q(reader.database());
        if (q.exec(u"SELECT MAX(fetched_at), source FROM reports"_s) && q.next() &&
            !q.value(0).isNull()) {
            const QDateTime fetched =
                QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            if (!data.fetchedAt.isValid() || fetched < data.fetchedAt)
                data.fetchedAt = fetched;
            if (const auto h = reader.health(q.value(1).toString()))
                data.sources.append(*h);
        }
    }
}

TileData DataService::answer(const StoreReader &reader, const TileQuery &query)
{
    if (query.asOf) {
        StoreReader past = reader;
        past.setAsOf(query.asOf);
        TileQuery present = query;
        present.asOf.reset();
        present.now = *query.asOf;
        return answer(past, present);
    }
    TileData data;
    data.tileId = query.tileId;
    data.generation = query.generation;
    const TileBinding &b = query.binding;

    const QHash<QString, IndicatorInfo> catalog = reader.indicators();
    const QHash<QString, Area> areas = reader.areas();
    QSet<QString> sources;
    for (const QString &code : b.indicators) {
        const IndicatorInfo info = catalog.value(code);
        if (catalog.contains(code))
            data.indicators.insert(code, info);
        const Aggregation aggregation = b.aggregation.value_or(info.aggregation);
        if (code == b.indicators.first() && (query.parts & TileQuery::Latest)) {
            if (auto latest = reader.latest(code, b.areas, aggregation)) {
                data.latest = latest->value;
                data.latestTime = latest->time;
                data.previous = latest->previous;
            }
        }
        if (query.parts & TileQuery::Series) {
            const QDateTime from = query.now.addDays(-b.days);
            for (TileSeries s : reader.series(code, b.areas, from, query.now, b.period, aggregation,
                                              query.utcOffsetS)) {
                // A sum over a period still under way (today's count at 08:15)
                // would read as a collapse at the end of the line: leave it out.
                if (aggregation == Aggregation::Sum)
                    dropUnfinishedBucket(s, b.period, query.now);
                s.label = s.area.isEmpty() ? info.name : areas.value(s.area).name;
                if (s.label.isEmpty())
                    s.label = s.area;
                data.series.append(s);
            }
            if (query.parts & TileQuery::PreviousSeries) {
                for (TileSeries s : previousSeries(reader, code, b, query, aggregation)) {
                    s.label = s.area.isEmpty() ? info.name : areas.value(s.area).name;
                    if (s.label.isEmpty())
                        s.label = s.area;
                    data.series.append(s);
                }
            }
        }
        if (const auto fetched = reader.fetchedAt(code)) {
            if (!data.fetchedAt.isValid() || fetched->first < data.fetchedAt)
                data.fetchedAt = fetched->first;
            sources.insert(fetched->second);
        }
    }
    answerAnalytics(reader, query, data);
    if (query.parts & TileQuery::Health) {
        data.sources = reader.health();
    } else {
        for (const QString &source : sources)
            if (const auto h = reader.health(source))
                data.sources.append(*h);
    }
    data.error = reader.lastError();
    return data;
}

} // namespace iocwall
