#include "dataservice.h"

#include "cachedatabase.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QSet>

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

TileData DataService::answer(const StoreReader &reader, const TileQuery &query)
{
    TileData data;
    data.tileId = query.tileId;
    data.generation = query.generation;
    const TileBinding &b = query.binding;
    if (b.indicators.isEmpty())
        return data;
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
        }
        if (const auto fetched = reader.fetchedAt(code)) {
            if (!data.fetchedAt.isValid() || fetched->first < data.fetchedAt)
                data.fetchedAt = fetched->first;
            sources.insert(fetched->second);
        }
    }
    for (const QString &source : sources)
        if (const auto h = reader.health(source))
            data.sources.append(*h);
    data.error = reader.lastError();
    return data;
}

} // namespace iocwall
