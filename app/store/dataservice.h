#pragma once

#include "store/tiledata.h"

#include <QObject>
#include <memory>

namespace iocwall {

class StoreReader;

// Answers tile queries from the cache. Threading: lives in its own reader
// thread with its own connection; queries and answers cross by queued signals
// as values, so the GUI thread never touches SQLite.
class DataService : public QObject {
    Q_OBJECT
public:
    explicit DataService(QString path, QObject *parent = nullptr);
    ~DataService() override;

    void open(); // call in the reader thread
    void query(const iocwall::TileQuery &query);
    void queryHealth();

    // The answer to a query, computed on the calling thread's connection.
    static TileData answer(const StoreReader &reader, const TileQuery &query);

Q_SIGNALS:
    void answered(const iocwall::TileData &data);
    void healthRead(const QList<iocwall::SourceHealth> &health);

private:
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<StoreReader> m_reader;
};

// The series of the window before the binding's (days before now), moved
// forward by the window's length and marked previousPeriod.
QList<TileSeries> previousSeries(const StoreReader &reader, const QString &indicator,
                                 const TileBinding &binding, const TileQuery &query,
                                 Aggregation aggregation);

// Removes the last point of a series when its bucket has not ended by `now`.
void dropUnfinishedBucket(TileSeries &series, const QString &period, const QDateTime &now);

} // namespace iocwall
