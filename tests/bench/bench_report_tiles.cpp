// Figures for the report tiles (issue #5): what one ticker frame costs (the
// moving band only, as the wall repaints it) against repainting the whole
// tile, and the stacked-bar cache answer (reports per area × status) on a
// cache of many reports.
//   build/release/tests/bench_report_tiles
//   IOCWALL_BENCH_REPORTS=20000 (default) sets how many reports the cache holds.
#include "store/dataservice.h"
#include "support/cachefixture.h"
#include "theme.h"
#include "tiles/tickerstrip.h"
#include "tiles/tickertile.h"
#include "tiles/tileregistry.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <benchmark/benchmark.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

TileSpec tickerSpec()
{
    TileSpec s;
    s.id = u"ticker"_s;
    s.type = u"ticker"_s;
    s.title = u"Phản ánh mới nhất"_s;
    for (const PropertySpec &p : TileRegistry::builtin().specs().value(s.type).properties)
        s.props.insert(p.name, p.defaultValue);
    return s;
}

TileData newestReports()
{
    TileData d;
    d.fetchedAt = QDateTime::currentDateTimeUtc();
    const QStringList statuses = {u"received"_s, u"in_progress"_s, u"overdue"_s, u"resolved"_s};
    for (int i = 0; i < 20; ++i) {
        Report r;
        r.id = u"PA-%1"_s.arg(i);
        r.title = u"Lấn chiếm vỉa hè để kinh doanh trên Đường Võ Văn Kiệt"_s;
        r.category = u"trat-tu-do-thi"_s;
        r.status = statuses.at(i % 4);
        r.area = u"long-hoa"_s;
        r.created = QDateTime::currentDateTimeUtc().addSecs(-600 * i);
        d.recentReports.append(r);
    }
    d.areaNames = {{u"long-hoa"_s, u"Phường Long Hoa"_s}};
    return d;
}

struct TickerFixture {
    Theme theme = Theme::dark(WallGeometry{});
    Formatter formatter;
    std::unique_ptr<TickerTile> tile;
    TickerStrip *strip = nullptr;

    TickerFixture()
    {
        TileContext context;
        context.theme = &theme;
        context.formatter = &formatter;
        tile = std::make_unique<TickerTile>(tickerSpec(), context);
        tile->setTileRect(QRectF(0, 0, 3840, 270)); // eight cells of the default wall
        tile->setData(newestReports());
        strip = static_cast<TickerStrip *>(tile->childItems().first());
    }
};

// One frame as the view draws it: the band, moved on by a 30 Hz step.
void BM_TickerFrameBand(benchmark::State &state)
{
    TickerFixture f;
    const QRectF band = f.strip->boundingRect();
    QImage image(band.size().toSize(), QImage::Format_RGB32);
    QStyleOptionGraphicsItem option;
    double offset = 0.0;
    for (auto _ : state) {
        offset += f.tile->speedPxPerS() / 30.0;
        f.strip->setOffset(offset);
        QPainter p(&image);
        f.strip->paint(&p, &option, nullptr);
    }
    state.counters["band_px"] = band.width() * band.height();
}
BENCHMARK(BM_TickerFrameBand)->Unit(benchmark::kMicrosecond);

// What a frame would cost if the whole tile (frame, title, footer, band) were repainted.
void BM_TickerFrameWholeTile(benchmark::State &state)
{
    TickerFixture f;
    QImage image(f.tile->boundingRect().size().toSize(), QImage::Format_RGB32);
    QStyleOptionGraphicsItem option;
    double offset = 0.0;
    for (auto _ : state) {
        offset += f.tile->speedPxPerS() / 30.0;
        f.strip->setOffset(offset);
        QPainter p(&image);
        f.tile->paint(&p, &option, nullptr);
        p.translate(f.strip->pos());
        f.strip->paint(&p, &option, nullptr);
    }
}
BENCHMARK(BM_TickerFrameWholeTile)->Unit(benchmark::kMicrosecond);

// A new answer: the 20 items rendered to pixmaps again.
void BM_TickerNewAnswer(benchmark::State &state)
{
    TickerFixture f;
    TileData data = newestReports();
    int n = 0;
    for (auto _ : state) {
        data.recentReports.first().id = u"PA-new-%1"_s.arg(++n);
        f.tile->setData(data);
    }
}
BENCHMARK(BM_TickerNewAnswer)->Unit(benchmark::kMillisecond);

// Stacked bars of the 1022 reports: counts per area × status over 30 days.
void BM_ReportsByAreaAnswer(benchmark::State &state)
{
    const int count = qEnvironmentVariableIntValue("IOCWALL_BENCH_REPORTS") > 0
                          ? qEnvironmentVariableIntValue("IOCWALL_BENCH_REPORTS")
                          : 20000;
    test::CacheFixture cache;
    const QStringList areas = {u"long-hoa"_s, u"hiep-tan"_s, u"truong-tay"_s};
    const QStringList statuses = {u"received"_s, u"in_progress"_s, u"overdue"_s, u"resolved"_s};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RecordBatch batch;
    batch.source = u"town"_s;
    batch.fetchedAt = now;
    for (int i = 0; i < count; ++i) {
        Report r;
        r.id = u"PA-%1"_s.arg(i);
        r.category = u"moi-truong"_s;
        r.status = statuses.at(i % statuses.size());
        r.area = areas.at(i % areas.size());
        r.created = now.addSecs(-qint64(i % (60 * 86400)));
        r.updated = r.created;
        batch.reports.append(r);
    }
    cache.writer().write(batch);
    TileQuery q;
    q.parts = TileQuery::ReportsByArea;
    q.now = now;
    q.binding.days = 30;
    qsizetype bars = 0;
    for (auto _ : state)
        bars = DataService::answer(cache.reader(), q).breakdown.size();
    state.counters["reports"] = count;
    state.counters["bars"] = double(bars);
}
BENCHMARK(BM_ReportsByAreaAnswer)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
