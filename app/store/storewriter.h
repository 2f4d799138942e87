#pragma once

#include "model/recordbatch.h"

#include <QObject>
#include <QSqlDatabase>

namespace iocwall {

// The only connection that writes the cache. Threading: lives in its own
// thread; every slot runs there, batches arrive by queued signal as values.
class StoreWriter : public QObject {
    Q_OBJECT
public:
    explicit StoreWriter(QString path, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Opens the writer connection; call in the writer thread (e.g. on started()).
    void open();

    // Writes one batch in one transaction: catalog, areas, observations (a
    // changed value keeps the old one as a revision; an identical one is a
    // no-op), reports, and the fetch time of each polled indicator.
    void write(const iocwall::RecordBatch &batch);
    void writeHealth(const iocwall::SourceHealth &health);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // After a commit: which indicators may show something new.
    void committed(const QString &source, const QStringList &indicators, qsizetype changedRows);
    void reportsCommitted(const QString &source);
    void writeFailed(const QString &source, const QString &error);

private:
    bool writeIndicators(const RecordBatch &batch, QString *error);
    bool writeAreas(const RecordBatch &batch, QString *error);
    bool writeObservations(const RecordBatch &batch, qsizetype *changed, QString *error);
    bool writeReports(const RecordBatch &batch, QString *error);
    bool writeFetchTimes(const RecordBatch &batch, QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace iocwall
