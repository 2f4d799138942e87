#include "storewriter.h"

#include "cachedatabase.h"
#include "observationinserter.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

QVariant optionalToVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant epoch(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// source_health keeps milliseconds (schema step 4).
QVariant epochMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString directionName(Thresholds::Direction d)
{
    return d == Thresholds::Direction::LowerIsBetter ? u"lower_is_better"_s : u"higher_is_better"_s;
}

bool run(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

StoreWriter::StoreWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(u"iocwall-writer-%1"_s.arg(quintptr(this), 0, 16))
{
}

StoreWriter::~StoreWriter()
{
    m_inserter.reset(); // its statement must go before the connection
    if (m_db.isValid()) {
        m_db = {};
        CacheDatabase::close(m_connectionName);
    }
}

void StoreWriter::open()
{
    QString error;
    m_db = CacheDatabase::open(m_path, m_connectionName, &error);
    m_maintenanceTimer = new QTimer(this);
    m_maintenanceTimer->setSingleShot(true);
    connect(m_maintenanceTimer, &QTimer::timeout, this, &StoreWriter::maintain);
    m_maintenanceTimer->start(60'000); // not at start-up: the wall wants the disk then
    Q_EMIT opened(error.isEmpty(), error);
}

void StoreWriter::setRetention(const RetentionPolicy &policy, int interval_s)
{
    m_retention = policy;
    m_maintenanceInterval_s = interval_s;
}

void StoreWriter::maintain()
{
    if (m_maintenanceTimer)
        m_maintenanceTimer->start(m_maintenanceInterval_s * 1000);
    if (!m_db.isOpen())
        return;
    const MaintenanceReport report =
        runMaintenance(m_db, m_retention, QDateTime::currentDateTimeUtc());
    if (!report.error.isEmpty())
        Q_EMIT writeFailed(QString(), report.error);
    else
        Q_EMIT maintained(report.rolledUp, report.revisionsPruned);
}

QString StoreWriter::explain(const QSqlError &error) const
{
    // SQLITE_FULL (13): the disk is full. Say so plainly; what is in the cache stays.
    if (error.nativeErrorCode() == u"13")
        return tr("đĩa đầy: không ghi được dữ liệu mới vào %1 (dữ liệu đã có vẫn giữ nguyên); hãy "
                  "giải phóng "
                  "dung lượng hoặc chạy iocwall-cli cache vacuum")
            .arg(m_path);
    return error.text();
}

void StoreWriter::write(const RecordBatch &batch)
{
    QSqlError error;
    qsizetype changed = 0;
    if (!m_db.isOpen() || !m_db.transaction()) {
        Q_EMIT writeFailed(batch.source, explain(m_db.lastError()));
        return;
    }
    const bool ok = writeIndicators(batch, &error) && writeAreas(batch, &error) &&
                    writeObservations(batch, &changed, &error) && writeReports(batch, &error) &&
                    writeFetchTimes(batch, &error);
    if (!ok || !m_db.commit()) {
        if (!error.isValid())
            error = m_db.lastError();
        m_db.rollback();
        Q_EMIT writeFailed(batch.source, tr("ghi bộ nhớ đệm thất bại: %1").arg(explain(error)));
        return;
    }
    QSet<QString> touched(batch.polledIndicators.begin(), batch.polledIndicators.end());
    for (const Observation &o : batch.observations)
        touched.insert(o.indicator);
    for (const IndicatorInfo &i : batch.indicators)
        touched.insert(i.code);
    QStringList indicators(touched.begin(), touched.end());
    indicators.sort();
    Q_EMIT committed(batch.source, indicators, changed);
    if (!batch.reports.isEmpty())
        Q_EMIT reportsCommitted(batch.source);
}

bool StoreWriter::writeIndicators(const RecordBatch &batch, QSqlError *error)
{
    if (batch.indicators.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO indicators (code, name, name_en, unit, domain, period, "
              u"aggregation,"
              " target, direction, good, warning, source, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const IndicatorInfo &i : batch.indicators) {
        const QList<QVariant> values = {i.code,
                                        i.name,
                                        i.nameEn,
                                        i.unit,
                                        i.domain,
                                        i.period,
                                        aggregationToString(i.aggregation),
                                        optionalToVariant(i.target),
                                        directionName(i.thresholds.direction),
                                        optionalToVariant(i.thresholds.good),
                                        optionalToVariant(i.thresholds.warning),
                                        batch.source,
                                        epoch(batch.fetchedAt)};
        for (int k = 0; k < values.size(); ++k)
            q.bindValue(k, values.at(k));
        if (!run(q, error))
            return false;
    }
    return true;
}

bool StoreWriter::writeAreas(const RecordBatch &batch, QSqlError *error)
{
    if (batch.areas.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT OR REPLACE INTO areas (code, name, kind, parent, lat, lon) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Area &a : batch.areas) {
        q.bindValue(0, a.code);
        q.bindValue(1, a.name);
        q.bindValue(2, a.kind);
        q.bindValue(3, a.parent);
        q.bindValue(4, a.lat);
        q.bindValue(5, a.lon);
        if (!run(q, error))
            return false;
    }
    return true;
}

bool StoreWriter::writeObservations(const RecordBatch &batch, qsizetype *changed, QSqlError *error)
{
    if (batch.observations.isEmpty())
        return true;
    if (!m_inserter)
        m_inserter = std::make_unique<ObservationInserter>(m_db);
    if (m_inserter->isValid()) {
        const qint64 fetched = batch.fetchedAt.toSecsSinceEpoch();
        const QByteArray batchSource = batch.source.toUtf8();
        for (const Observation &o : batch.observations) {
            const QByteArray source =
                o.source.isEmpty() || o.source == batch.source ? batchSource : o.source.toUtf8();
            if (!m_inserter->upsert(o, source, fetched, changed, error))
                return false;
        }
        return true;
    }
    // Polling the same data again must not duplicate or even touch a row; a
    // corrected value updates it and the trigger keeps the old one.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO observations (indicator, area, time, value, source, fetched_at)"
              " VALUES (?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (indicator, area, time) DO UPDATE SET value = excluded.value,"
              " source = excluded.source, fetched_at = excluded.fetched_at"
              " WHERE value IS NOT excluded.value"_s);
    const qint64 fetched = batch.fetchedAt.toSecsSinceEpoch();
    for (const Observation &o : batch.observations) {
        q.bindValue(0, o.indicator);
        q.bindValue(1, o.area);
        q.bindValue(2, o.time.toSecsSinceEpoch());
        q.bindValue(3, o.value);
        q.bindValue(4, o.source.isEmpty() ? batch.source : o.source);
        q.bindValue(5, fetched);
        if (!run(q, error))
            return false;
        *changed += q.numRowsAffected();
    }
    return true;
}

bool StoreWriter::writeReports(const RecordBatch &batch, QSqlError *error)
{
    if (batch.reports.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO reports (id, source, title, category, status, area, created, updated, "
        u"deadline,"
        " address, lat, lon, agency, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source, id) DO UPDATE SET title = excluded.title, category = "
        "excluded.category,"
        " status = excluded.status, area = excluded.area, updated = excluded.updated,"
        " deadline = excluded.deadline, address = excluded.address, lat = excluded.lat,"
        " lon = excluded.lon, agency = excluded.agency, fetched_at = excluded.fetched_at"
        " WHERE status IS NOT excluded.status OR updated IS NOT excluded.updated"_s);
    for (const Report &r : batch.reports) {
        const QString source = r.source.isEmpty() ? batch.source : r.source;
        const QList<QVariant> values = {r.id,
                                        source,
                                        r.title,
                                        r.category,
                                        r.status,
                                        r.area,
                                        epoch(r.created),
                                        epoch(r.updated),
                                        r.deadline ? epoch(*r.deadline) : epoch({}),
                                        r.address,
                                        optionalToVariant(r.lat),
                                        optionalToVariant(r.lon),
                                        r.agency,
                                        epoch(batch.fetchedAt)};
        for (int k = 0; k < values.size(); ++k)
            q.bindValue(k, values.at(k));
        if (!run(q, error))
            return false;
    }
    return true;
}

bool StoreWriter::writeFetchTimes(const RecordBatch &batch, QSqlError *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT OR REPLACE INTO indicator_fetch (indicator, source, fetched_at) VALUES (?, ?, ?)"_s);
    for (const QString &indicator : batch.polledIndicators) {
        q.bindValue(0, indicator);
        q.bindValue(1, batch.source);
        q.bindValue(2, batch.fetchedAt.toSecsSinceEpoch());
        if (!run(q, error))
            return false;
    }
    return true;
}

void StoreWriter::writeHealth(const SourceHealth &h)
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO source_health (source, name, last_attempt, last_success, "
              u"last_error_at, last_error, latency_ms, records, next_poll, skipped_records, "
              u"skipped_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QList<QVariant> values = {h.source,
                                    h.name,
                                    epochMs(h.lastAttempt),
                                    epochMs(h.lastSuccess),
                                    epochMs(h.lastErrorAt),
                                    h.lastError,
                                    h.latencyMs,
                                    qint64(h.records),
                                    epochMs(h.nextPoll),
                                    qint64(h.skippedRecords),
                                    h.skippedReason.isEmpty() ? QVariant()
                                                              : QVariant(h.skippedReason)};
    for (int k = 0; k < values.size(); ++k)
        q.bindValue(k, values.at(k));
    if (!q.exec())
        Q_EMIT writeFailed(h.source, q.lastError().text());
}

} // namespace iocwall
