// Figures for the history cache (issue 4): ingest rate against the raw SQLite
// ceiling measured in the same run, the latest-value query, a 30-day hourly
// series (720 points) on a large cache, and the file size per million rows.
//   build/release/tests/bench_cache [--benchmark_filter=...]
//   IOCWALL_BENCH_ROWS=10000000 (default) sets the size of the large cache.
#include "store/cachedatabase.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QVariant>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBatch = 1000;
constexpr int kAreas = 8;
const qint64 kStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

QString areaName(int i)
{
    return u"area-%1"_s.arg(i);
}

// The rows of batch `b`: 1000 hourly values spread over the areas and 8 indicators.
RecordBatch batch(int b)
{
    RecordBatch out;
    out.source = u"bench"_s;
    out.fetchedAt = QDateTime::currentDateTimeUtc();
    out.observations.reserve(kBatch);
    for (int k = 0; k < kBatch; ++k) {
        const qint64 n = qint64(b) * kBatch + k;
        out.observations.append({u"ind.%1"_s.arg(n % 8),
                                 areaName(int(n / 8 % kAreas)),
                                 QDateTime::fromSecsSinceEpoch(kStart + (n / 64) * 3600, Qt::UTC),
                                 double(n % 997),
                                 {},
                                 out.source});
    }
    return out;
}

void BM_Ingest(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    CacheDatabase::prepare(path);
    StoreWriter writer(path);
    writer.open();
    int b = 0;
    QList<RecordBatch> batches;
    for (int i = 0; i < 200; ++i)
        batches.append(batch(i));
    for (auto _ : state) {
        RecordBatch next = batches.at(b % batches.size());
        for (Observation &o : next.observations) // fresh rows every time
            o.time = o.time.addSecs(qint64(b / batches.size()) * 86400 * 400);
        writer.write(next);
        ++b;
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The ceiling: the same rows through prepared INSERTs in one transaction per
// batch, on the same schema, with nothing else.
void BM_RawSqliteCeiling(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    CacheDatabase::prepare(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO observations (indicator, area, time, value, source, "
                       "fetched_at) VALUES (?,?,?,?,?,?)",
                       -1, &insert, nullptr);
    QList<RecordBatch> batches;
    for (int i = 0; i < 200; ++i)
        batches.append(batch(i));
    int b = 0;
    for (auto _ : state) {
        const RecordBatch &next = batches.at(b % batches.size());
        const qint64 shift = qint64(b / batches.size()) * 86400 * 400;
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const Observation &o : next.observations) {
            const QByteArray indicator = o.indicator.toUtf8();
            const QByteArray area = o.area.toUtf8();
            sqlite3_bind_text(insert, 1, indicator.constData(), int(indicator.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, area.constData(), int(area.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 3, o.time.toSecsSinceEpoch() + shift);
            sqlite3_bind_double(insert, 4, o.value);
            sqlite3_bind_text(insert, 5, "bench", 5, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 6, next.fetchedAt.toSecsSinceEpoch());
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ++b;
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_RawSqliteCeiling)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// A large cache, made once with raw inserts: N rows of 8 indicators x 8 areas, hourly.
struct LargeCache {
    QTemporaryDir dir;
    QString path;
    qint64 rows = 0;
    LargeCache()
    {
        path = dir.filePath(u"large.sqlite"_s);
        rows = qEnvironmentVariableIntValue("IOCWALL_BENCH_ROWS");
        if (rows <= 0)
            rows = 10'000'000;
        CacheDatabase::prepare(path);
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr,
                     nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO observations VALUES (?,?,?,?,'bench',?)", -1, &insert,
                           nullptr);
        const qint64 perSeries = rows / 64;
        for (int s = 0; s < 64; ++s) {
            const QByteArray indicator = "ind." + QByteArray::number(s % 8);
            const QByteArray area = "area-" + QByteArray::number(s / 8);
            for (qint64 h = 0; h < perSeries; ++h) {
                sqlite3_bind_text(insert, 1, indicator.constData(), int(indicator.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_text(insert, 2, area.constData(), int(area.size()), SQLITE_STATIC);
                sqlite3_bind_int64(insert, 3, kStart + h * 3600);
                sqlite3_bind_double(insert, 4, double(h % 997));
                sqlite3_bind_int64(insert, 5, kStart + h * 3600 + 60);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
        }
        sqlite3_finalize(insert);
        sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    qint64 lastHour() const { return kStart + (rows / 64 - 1) * 3600; }
};

LargeCache &large()
{
    static LargeCache cache;
    return cache;
}

void BM_LatestValue(benchmark::State &state)
{
    LargeCache &cache = large();
    QString error;
    {
        StoreReader reader(CacheDatabase::open(cache.path, u"latest"_s, &error));
        for (auto _ : state)
            benchmark::DoNotOptimize(
                reader.latest(u"ind.3"_s, {u"area-2"_s}, Aggregation::Average));
        state.counters["rows"] = double(cache.rows);
    }
    CacheDatabase::close(u"latest"_s);
}
BENCHMARK(BM_LatestValue)->Unit(benchmark::kMicrosecond);

void BM_Series720Hourly(benchmark::State &state)
{
    LargeCache &cache = large();
    QString error;
    {
        StoreReader reader(CacheDatabase::open(cache.path, u"series"_s, &error));
        const QDateTime to = QDateTime::fromSecsSinceEpoch(cache.lastHour(), Qt::UTC);
        const QDateTime from = to.addSecs(-719 * 3600);
        qsizetype points = 0;
        for (auto _ : state) {
            const auto series = reader.series(u"ind.3"_s, {u"area-2"_s}, from, to, u"hour"_s,
                                              Aggregation::Average, 7 * 3600);
            points = series.isEmpty() ? 0 : series.first().points.size();
        }
        state.counters["points"] = double(points);
        state.counters["rows"] = double(cache.rows);
    }
    CacheDatabase::close(u"series"_s);
}
BENCHMARK(BM_Series720Hourly)->Unit(benchmark::kMillisecond);

void BM_FileSizePerMillion(benchmark::State &state)
{
    LargeCache &cache = large();
    for (auto _ : state)
        benchmark::DoNotOptimize(QFileInfo(cache.path).size());
    state.counters["MB_per_million_rows"] =
        double(QFileInfo(cache.path).size()) / 1e6 / (double(cache.rows) / 1e6);
}
BENCHMARK(BM_FileSizePerMillion)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
