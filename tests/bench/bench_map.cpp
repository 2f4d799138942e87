// Figures for the map tile's queries (issue 5): the located reports of a map
// (open ones and the window's closed ones) and a previous-window series, on a
// cache of a year of 1022 reports (~14 a day, as the demo) and daily values.
//   build/release/tests/bench_map [--benchmark_filter=...]
#include "geo/geojson.h"
#include "store/dataservice.h"
#include "store/reportqueries.h"
#include "support/cachefixture.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kAreas{u"long-hoa"_s,    u"long-thanh-bac"_s, u"long-thanh-trung"_s,
                         u"hiep-tan"_s,    u"long-thanh-nam"_s, u"truong-hoa"_s,
                         u"truong-dong"_s, u"truong-tay"_s};
const QDateTime kNow = CacheFixture::at(25, 12);

// A year of reports, every 8th still open; daily values of one indicator per area.
CacheFixture &cache(int reportsPerDay)
{
    static std::map<int, std::unique_ptr<CacheFixture>> caches;
    auto &slot = caches[reportsPerDay];
    if (slot)
        return *slot;
    slot = std::make_unique<CacheFixture>();
    RecordBatch batch;
    batch.source = u"town"_s;
    batch.fetchedAt = kNow;
    int n = 0;
    for (int day = 365; day >= 0; --day)
        for (int k = 0; k < reportsPerDay; ++k, ++n) {
            Report r;
            r.id = u"PA-%1"_s.arg(n);
            r.title = u"Rác thải – %1"_s.arg(n);
            r.category = u"moi-truong"_s;
            r.area = kAreas.at(n % kAreas.size());
            r.status = n % 8 == 0 ? u"in_progress"_s : u"resolved"_s;
            r.created = kNow.addDays(-day).addSecs(-3600 * (k % 12));
            r.updated = r.created;
            r.deadline = r.created.addDays(5);
            r.lat = 11.25 + (n % 97) * 0.0006;
            r.lon = 106.09 + (n % 89) * 0.0008;
            batch.reports.append(r);
        }
    for (int day = 0; day < 730; ++day)
        for (const QString &area : kAreas)
            batch.observations.append({u"pakn.received"_s, area,
                                       kNow.addDays(-day).addSecs(-12 * 3600), double(day % 17),
                                       u"phản ánh"_s, u"town"_s});
    slot->writer().write(batch);
    return *slot;
}

void BM_ReportPins7Days(benchmark::State &state)
{
    CacheFixture &c = cache(int(state.range(0)));
    ReportQueries reports(c.reader());
    qsizetype pins = 0;
    for (auto _ : state)
        pins = reports.pins(kNow.addDays(-7), kNow, true).size();
    state.counters["pins"] = double(pins);
    state.counters["reports"] = double(state.range(0) * 366);
}
BENCHMARK(BM_ReportPins7Days)->Arg(14)->Arg(140)->Unit(benchmark::kMillisecond);

void BM_SeriesWithPreviousWindow(benchmark::State &state)
{
    CacheFixture &c = cache(14);
    TileQuery q;
    q.binding.indicators = {u"pakn.received"_s};
    q.binding.days = int(state.range(0));
    q.parts = TileQuery::Series | TileQuery::PreviousSeries;
    q.now = kNow;
    qsizetype points = 0;
    for (auto _ : state) {
        const TileData d = DataService::answer(c.reader(), q);
        points = d.series.isEmpty() ? 0 : d.series.last().points.size();
    }
    state.counters["points_per_line"] = double(points);
}
BENCHMARK(BM_SeriesWithPreviousWindow)->Arg(14)->Arg(90)->Unit(benchmark::kMillisecond);

void BM_ReadBuiltinGeoJson(benchmark::State &state)
{
    qsizetype features = 0;
    for (auto _ : state) {
        ConfigIssues issues;
        features = readGeoJson(u":/data/geo/hoa-thanh.geojson"_s, issues)->features.size();
    }
    state.counters["features"] = double(features);
}
BENCHMARK(BM_ReadBuiltinGeoJson)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
