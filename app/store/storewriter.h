#pragma once

#include "model/recordbatch.h"

#include "store/maintenance.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QSqlError;

namespace iocwall {
class ObservationInserter;
}
class QTimer;

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

    // Retention and roll-ups run in this thread once a minute after open() and
    // then every `interval_s`; set before open().
    void setRetention(const RetentionPolicy &policy, int interval_s = 3600);
    void maintain();
    // The writer's own connection, for tests that must provoke its failures.
    QSqlDatabase database() const { return m_db; }

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // After a commit: which indicators may show something new.
    void committed(const QString &source, const QStringList &indicators, qsizetype changedRows);
    void reportsCommitted(const QString &source);
    void writeFailed(const QString &source, const QString &error);
    void maintained(qsizetype rolledUp, qsizetype revisionsPruned);

private:
    bool writeIndicators(const RecordBatch &batch, QSqlError *error);
    bool writeAreas(const RecordBatch &batch, QSqlError *error);
    bool writeObservations(const RecordBatch &batch, qsizetype *changed, QSqlError *error);
    bool writeReports(const RecordBatch &batch, QSqlError *error);
    bool writeFetchTimes(const RecordBatch &batch, QSqlError *error);

    QString explain(const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<ObservationInserter> m_inserter; // made on first use, in this thread
    RetentionPolicy m_retention;
    int m_maintenanceInterval_s = 3600;
    QTimer *m_maintenanceTimer = nullptr;
};

} // namespace iocwall
