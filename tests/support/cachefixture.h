#pragma once

#include "model/recordbatch.h"
#include "store/cachedatabase.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace iocwall::test {

// A real cache file in a temporary folder, with its writer used directly on
// the test's thread and a reader connection of the test's own.
class CacheFixture {
public:
    CacheFixture();
    ~CacheFixture();

    QString path() const { return m_path; }
    StoreWriter &writer() { return *m_writer; }
    StoreReader &reader() { return *m_reader; }
    qint64 scalar(const QString &sql) const; // the first column of the first row, -1 on error

    // Local (UTC+7) midnight of 2026-11-`day` plus `hour`, as UTC.
    static QDateTime at(int day, int hour = 0, int month = 11, int year = 2026);

    // One batch of observations of one indicator fetched at `fetchedAt`.
    static RecordBatch observations(const QString &indicator, Aggregation aggregation,
                                    const QList<std::tuple<QString, QDateTime, double>> &values,
                                    const QDateTime &fetchedAt);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_readerName;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreReader> m_reader;
};

} // namespace iocwall::test
