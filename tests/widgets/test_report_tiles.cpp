// The stacked, pie, table and ticker tiles, rendered offscreen from fixture data.
#include "support/testutil.h"
#include "tilefixtures.h"
#include "tiles/pietile.h"
#include "tiles/stackedtile.h"
#include "tiles/tabletile.h"
#include "tiles/tickertile.h"
#include "tiles/tileregistry.h"

#include <QGraphicsScene>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec spec(const QString &type, QVariantMap props = {})
{
    TileSpec s;
    s.id = u"t"_s;
    s.type = type;
    s.title = u"Phản ánh hiện trường theo địa bàn"_s;
    for (const PropertySpec &p : TileRegistry::builtin().specs().value(type).properties)
        s.props.insert(p.name, p.defaultValue);
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        s.props.insert(it.key(), it.value());
    return s;
}

QImage dumped(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("IOCWALL_TILE_DUMP_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name + u".png"_s);
    return image;
}

// An answer fetched a minute ago from a healthy source, with nothing in it yet.
TileData fresh()
{
    TileData d = kpiData(indicator(u"x"_s, {}, {}, {}), 0, {});
    d.latest.reset();
    d.indicators.clear();
    return d;
}

const QStringList kWards = {u"Phường Long Hoa"_s, u"Phường Hiệp Tân"_s, u"Phường Long Thành Bắc"_s,
                            u"Xã Trường Tây"_s, u"Xã Trường Hòa"_s};

TileData reportsByArea()
{
    TileData d = fresh();
    d.breakdownKeys = {u"received"_s, u"in_progress"_s, u"overdue"_s, u"resolved"_s};
    for (qsizetype i = 0; i < kWards.size(); ++i)
        d.breakdown.append({u"area-%1"_s.arg(i),
                            kWards.at(i),
                            {12.0 - i, 20.0 - 2 * i, 6.0 - i, 1200.0 / (i + 1)}});
    return d;
}

TileData reportCounts()
{
    TileData d = fresh();
    d.reportsByCategory = {{u"moi-truong"_s, 120}, {u"trat-tu-do-thi"_s, 80},
                           {u"giao-thong"_s, 60},  {u"dien"_s, 50},
                           {u"nuoc"_s, 40},        {u"khac"_s, 20},
                           {u"ha-tang"_s, 15},     {u"an-ninh-trat-tu"_s, 10},
                           {u"cay-xanh"_s, 5}};
    d.reportsByStatus = {
        {u"resolved"_s, 300}, {u"in_progress"_s, 60}, {u"overdue"_s, 25}, {u"received"_s, 15}};
    return d;
}

TileData overdueReports(int count)
{
    TileData d = fresh();
    d.areaNames = {{u"long-hoa"_s, u"Phường Long Hoa"_s}, {u"hiep-tan"_s, u"Phường Hiệp Tân"_s}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        OverdueReport o;
        o.id = u"PA-%1"_s.arg(100 + i);
        o.title = u"Rác thải sinh hoạt tồn đọng trên đường Phạm Hùng"_s;
        o.category = i % 2 ? u"moi-truong"_s : u"dien"_s;
        o.area = i % 3 ? u"long-hoa"_s : u"hiep-tan"_s;
        o.agency = u"Phòng Tài nguyên và Môi trường thị xã"_s;
        o.daysLate = count - i; // most late first
        o.deadline = now.addDays(-o.daysLate);
        d.overdue.append(o);
    }
    return d;
}

TileData recentReports()
{
    TileData d = fresh();
    d.areaNames = {{u"long-hoa"_s, u"Phường Long Hoa"_s}};
    const QStringList statuses = {u"received"_s, u"in_progress"_s, u"overdue"_s, u"resolved"_s};
    for (int i = 0; i < 4; ++i) {
        Report r;
        r.id = u"PA-%1"_s.arg(i);
        r.title = u"Đèn đường hỏng"_s;
        r.category = u"moi-truong"_s;
        r.status = statuses.at(i);
        r.area = u"long-hoa"_s;
        // Today at 08:15 in Hòa Thành, and a minute earlier for each older one.
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(Formatter::wallZone()).date();
        r.created = QDateTime(today, QTime(8, 15 - i), Formatter::wallZone()).toUTC();
        d.recentReports.append(r);
    }
    return d;
}

} // namespace

TEST(ReportTiles, AreRegisteredAndTheirPropertiesChecked)
{
    const TileTypeSpecs types = TileRegistry::builtin().specs();
    for (const QString &id : {u"stacked"_s, u"pie"_s, u"table"_s, u"ticker"_s}) {
        ASSERT_TRUE(types.contains(id)) << id.toStdString();
        EXPECT_FALSE(types.value(id).needsIndicator) << id.toStdString();
    }
    ConfigIssues issues(u"s.json"_s);
    const auto scene = sceneFromJson(QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X",
      "tiles":[
        {"id":"s","type":"stacked","col":0,"row":0,"props":{"orientation":"vertical"}},
        {"id":"p","type":"pie","col":1,"row":0,"props":{"by":"status","donut":false}},
        {"id":"t","type":"table","col":2,"row":0,"props":{"columns":"id,area,days_late"}},
        {"id":"k","type":"ticker","col":3,"row":0}]})")
                                         .object(),
                                     WallGeometry{}, types, issues);
    ASSERT_TRUE(scene) << issues.summary().toStdString();
    EXPECT_EQ(scene->tiles.at(0).props.value(u"data"_s).toString(), u"reports"_s);
    EXPECT_EQ(scene->tiles.at(1).props.value(u"max_slices"_s).toInt(), 6);
    EXPECT_EQ(scene->tiles.at(2).props.value(u"page_s"_s).toInt(), 8);
    EXPECT_DOUBLE_EQ(scene->tiles.at(3).props.value(u"speed"_s).toDouble(), 2.0);

    ConfigIssues bad(u"s.json"_s);
    EXPECT_FALSE(sceneFromJson(QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X",
      "tiles":[{"id":"s","type":"stacked","col":0,"row":0,"props":{"orientation":"diagonal"}},
               {"id":"p","type":"pie","col":1,"row":0,"props":{"max_slices":1}}]})")
                                   .object(),
                               WallGeometry{}, types, bad));
    EXPECT_TRUE(bad.summary().contains(u"/tiles/0/props/orientation"_s))
        << bad.summary().toStdString();
    EXPECT_TRUE(bad.summary().contains(u"/tiles/1/props/max_slices"_s))
        << bad.summary().toStdString();
}

TEST(StackedTile, ReportsByStatusPerAreaInTheStatusColours)
{
    TileEnvironment env;
    StackedTile tile(spec(u"stacked"_s), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::ReportsByArea));
    tile.setTileRect(QRectF(0, 0, 1920, 1080));
    tile.setData(reportsByArea());

    const QList<StackedTile::Segment> segments = tile.segments();
    ASSERT_EQ(segments.size(), 4);
    EXPECT_EQ(segments.at(0).label, u"Mới tiếp nhận"_s);
    EXPECT_EQ(segments.at(1).label, u"Đang xử lý"_s);
    EXPECT_EQ(segments.at(2).colour, env.theme.critical);
    EXPECT_EQ(segments.at(3).colour, env.theme.good);
    const QList<StackedTile::Bar> bars = tile.shownBars();
    ASSERT_EQ(bars.size(), 5);
    EXPECT_EQ(bars.first().name, u"Phường Long Hoa"_s);
    EXPECT_EQ(bars.first().totalText, u"1.238"_s) << "vi_VN grouping";

    const QImage image = dumped(renderItem(tile), u"stacked"_s);
    const QRect content(20, 100, 1880, 900);
    EXPECT_GT(pixelsNear(image, content, env.theme.good, 10), 3000);
    EXPECT_GT(pixelsNear(image, content, env.theme.warning, 10), 300);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 200);
    EXPECT_GT(pixelsNear(image, content, env.theme.series.at(0), 10), 200);
    EXPECT_GT(pixelsNear(image, content, env.theme.text, 60), 500) << "no names or totals";
}

TEST(StackedTile, VerticalBarsAndIndicatorSegments)
{
    TileEnvironment env;
    const IndicatorInfo resolved = indicator(u"dvc.resolved"_s, u"hồ sơ"_s, {}, {});
    IndicatorInfo overdue = indicator(u"dvc.overdue"_s, u"hồ sơ"_s, {}, {});
    overdue.name = u"Hồ sơ quá hạn"_s;
    TileSpec s = spec(u"stacked"_s, {{u"data"_s, u"indicators"_s},
                                     {u"orientation"_s, u"vertical"_s},
                                     {u"segment_status"_s, u"good,critical"_s}});
    s.binding.indicators = {resolved.code, overdue.code};
    StackedTile tile(s, env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::IndicatorsByArea));
    EXPECT_TRUE(tile.vertical());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    TileData data = fresh();
    data.indicators = {{resolved.code, resolved}, {overdue.code, overdue}};
    data.breakdownKeys = {resolved.code, overdue.code};
    for (qsizetype i = 0; i < 4; ++i)
        data.breakdown.append({u"a%1"_s.arg(i), kWards.at(i), {80.0 - 10 * i, 5.0 + 3 * i}});
    tile.setData(data);
    ASSERT_EQ(tile.segments().size(), 2);
    EXPECT_EQ(tile.segments().at(1).label, u"Hồ sơ quá hạn"_s);
    EXPECT_EQ(tile.segments().at(0).colour, env.theme.good);
    EXPECT_EQ(tile.totals(), (QStringList{u"85"_s, u"78"_s, u"71"_s, u"64"_s}));

    const QImage image = dumped(renderItem(tile), u"stacked-vertical"_s);
    const QRect content(20, 100, 920, 540);
    EXPECT_GT(pixelsNear(image, content, env.theme.good, 10), 5000);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 1000);
}

TEST(StackedTile, RevenueAndSpendingShowNoMeaninglessTotal)
{
    TileEnvironment env;
    const IndicatorInfo revenue = indicator(u"ns.thu"_s, u"tỷ đồng"_s, {}, {});
    const IndicatorInfo spending = indicator(u"ns.chi"_s, u"tỷ đồng"_s, {}, {});
    TileSpec s = spec(u"stacked"_s, {{u"data"_s, u"indicators"_s}, {u"show_total"_s, false}});
    s.binding.indicators = {revenue.code, spending.code};
    StackedTile tile(s, env.context());
    tile.setTileRect(QRectF(0, 0, 1440, 540));
    TileData data = fresh();
    data.indicators = {{revenue.code, revenue}, {spending.code, spending}};
    data.breakdownKeys = {revenue.code, spending.code};
    data.breakdown.append({u"town"_s, u"Thị xã Hòa Thành"_s, {435.3, 398.0}});
    tile.setData(data);
    EXPECT_EQ(tile.totals(), QStringList{QString()});
    const QImage image = dumped(renderItem(tile), u"stacked-no-total"_s);
    EXPECT_GT(pixelsNear(image, QRect(20, 60, 1400, 420), env.theme.series.at(0), 10), 5000)
        << "the segments are still drawn";
}

TEST(StackedTile, WithoutBarsSaysNoDataYet)
{
    TileEnvironment env;
    StackedTile tile(spec(u"stacked"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(fresh());
    EXPECT_TRUE(tile.shownBars().isEmpty());
    const QImage image = dumped(renderItem(tile), u"stacked-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.unknown), 200);
    EXPECT_LT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.good, 10), 20);
}

TEST(PieTile, LargestSlicesFirstTheRestFoldedIntoOther)
{
    TileEnvironment env;
    PieTile tile(spec(u"pie"_s), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Reports));
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(reportCounts());

    const QList<PieTile::Slice> slices = tile.slices();
    ASSERT_EQ(slices.size(), 6) << "max_slices defaults to 6";
    EXPECT_EQ(slices.first().label, u"Môi trường"_s);
    EXPECT_EQ(slices.first().percentText, u"30,0%"_s);
    // Kept: the five largest that are not "other"; folded: khac, ha-tang, an-ninh, cay-xanh.
    EXPECT_EQ(slices.last().label, u"Khác"_s);
    EXPECT_EQ(slices.last().count, 50);
    EXPECT_TRUE(slices.last().key.isEmpty());
    EXPECT_EQ(tile.total(), 400);
    EXPECT_EQ(tile.labels().at(1), u"Trật tự đô thị: 80 (20,0%)"_s);

    const QImage image = dumped(renderItem(tile), u"pie"_s);
    const QRect content(20, 100, 920, 540);
    for (int i = 0; i < 5; ++i)
        EXPECT_GT(pixelsNear(image, content, env.theme.series.at(i), 10), 400) << "slice " << i;
    EXPECT_GT(pixelsNear(image, content, env.theme.unknown, 10), 300) << "no Khác slice";
    // The donut's hole is the tile's own colour, with the total written in it.
    const QRectF pie = tile.pieRect();
    ASSERT_GT(pie.width(), 250.0);
    const QRect hole = QRectF(pie.center().x() - pie.width() / 6,
                              pie.center().y() - pie.width() / 6, pie.width() / 3, pie.width() / 3)
                           .toRect();
    EXPECT_GT(pixelsNear(image, hole, env.theme.text, 60), 100) << "no total in the hole";
}

TEST(PieTile, ByStatusInTheStatusColoursAsAFullPie)
{
    TileEnvironment env;
    PieTile tile(spec(u"pie"_s, {{u"by"_s, u"status"_s}, {u"donut"_s, false}}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(reportCounts());
    ASSERT_EQ(tile.slices().size(), 4);
    EXPECT_EQ(tile.slices().first().label, u"Đã xử lý"_s);
    EXPECT_EQ(tile.slices().at(2).colour, env.theme.critical);
    const QImage image = dumped(renderItem(tile), u"pie-status"_s);
    const QRect content(20, 100, 920, 540);
    EXPECT_GT(pixelsNear(image, content, env.theme.good, 10), 20000);
    EXPECT_GT(pixelsNear(image, content, env.theme.warning, 10), 2000);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 1000);
}

TEST(PieTile, WithoutReportsSaysNoDataYet)
{
    TileEnvironment env;
    PieTile tile(spec(u"pie"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    TileData data = fresh();
    data.reportsByCategory = {{u"dien"_s, 0}};
    tile.setData(data);
    const QImage image = dumped(renderItem(tile), u"pie-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.unknown), 200);
    EXPECT_TRUE(tile.footerText().isEmpty());
}

TEST(TableTile, PagesThroughRowsThatDoNotFit)
{
    TileEnvironment env;
    TableTile tile(spec(u"table"_s), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Overdue));
    tile.setTileRect(QRectF(0, 0, 1440, 720));
    tile.setData(overdueReports(25));

    EXPECT_EQ(tile.headers(),
              (QStringList{u"Lĩnh vực"_s, u"Địa bàn"_s, u"Đơn vị xử lý"_s, u"Trễ (ngày)"_s}));
    ASSERT_GT(tile.rowsPerPage(), 2);
    ASSERT_LT(tile.rowsPerPage(), 25);
    const int pages = (25 + tile.rowsPerPage() - 1) / tile.rowsPerPage();
    EXPECT_EQ(tile.pageCount(), pages);
    EXPECT_EQ(tile.pageText(), u"trang 1/%1"_s.arg(pages));
    const QList<QStringList> first = tile.pageRows();
    ASSERT_EQ(first.size(), tile.rowsPerPage());
    EXPECT_EQ(first.first(), (QStringList{u"Điện"_s, u"Phường Hiệp Tân"_s,
                                          u"Phòng Tài nguyên và Môi trường thị xã"_s, u"25"_s}));

    const QImage image = dumped(renderItem(tile), u"table"_s);
    const QRect content(20, 100, 1400, 540);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 30), 200) << "days late not red";
    EXPECT_GT(pixelsNear(image, content, env.theme.text, 60), 1000) << "no cells";

    tile.advancePage();
    EXPECT_EQ(tile.page(), 1);
    EXPECT_EQ(tile.pageText(), u"trang 2/%1"_s.arg(pages));
    EXPECT_NE(tile.pageRows().first(), first.first());
    EXPECT_NE(renderItem(tile), image) << "the second page was not drawn";
    // The same answer again keeps the page; the last page wraps to the first.
    tile.setData(overdueReports(25));
    EXPECT_EQ(tile.page(), 1);
    for (int i = 1; i < pages; ++i)
        tile.advancePage();
    EXPECT_EQ(tile.page(), 0);
}

TEST(TableTile, TurnsPagesByItselfAndColoursDaysLate)
{
    TileEnvironment env;
    TableTile tile(spec(u"table"_s, {{u"page_s"_s, 1},
                                     {u"columns"_s, u"id, days_late, bogus"_s},
                                     {u"critical_days"_s, 5}}),
                   env.context());
    tile.setTileRect(QRectF(0, 0, 960, 540));
    tile.setData(overdueReports(12));
    EXPECT_EQ(tile.headers(), (QStringList{u"Mã"_s, u"Trễ (ngày)"_s})) << "unknown names dropped";
    EXPECT_EQ(tile.lateness(5), Status::Critical);
    EXPECT_EQ(tile.lateness(4), Status::Warning);
    ASSERT_GT(tile.pageCount(), 1);
    EXPECT_TRUE(waitUntil([&] { return tile.page() == 1; }, 5000)) << "the page did not turn";

    // Rows that fit: one page, no pager, no timer.
    TableTile small(spec(u"table"_s), env.context());
    small.setTileRect(QRectF(0, 0, 960, 720));
    TileData two = overdueReports(2);
    two.overdue.last().daysLate = 0;
    small.setData(two);
    EXPECT_EQ(small.rows().last().last(), u"< 1"_s) << "late by hours, not zero days";
    EXPECT_EQ(small.pageCount(), 1);
    EXPECT_TRUE(small.pageText().isEmpty());
    QTimer *pager = small.findChild<QTimer *>();
    ASSERT_NE(pager, nullptr);
    EXPECT_FALSE(pager->isActive());
    const QImage image = dumped(renderItem(small), u"table-small"_s);
    EXPECT_GT(pixelsNear(image, QRect(20, 100, 920, 540), env.theme.warning, 30), 50)
        << "1 and 2 days late are amber";
}

TEST(TableTile, WithoutOverdueReportsSaysNoDataYet)
{
    TileEnvironment env;
    TableTile tile(spec(u"table"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(fresh());
    EXPECT_TRUE(tile.pageRows().isEmpty());
    const QImage image = dumped(renderItem(tile), u"table-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.unknown), 200);
}

TEST(TickerTile, RunsTheNewestReportsAlongTheTile)
{
    TileEnvironment env;
    TickerTile tile(spec(u"ticker"_s), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Reports));
    tile.setTileRect(QRectF(0, 0, 1920, 270));
    tile.setData(recentReports());
    ASSERT_EQ(tile.items().size(), 4);
    EXPECT_EQ(tile.items().first().text,
              u"08:15 · Môi trường · Phường Long Hoa · Đèn đường hỏng"_s);
    EXPECT_EQ(tile.items().at(2).dot, env.theme.critical);
    // One from yesterday says its day.
    TileData older = recentReports();
    older.recentReports.last().created = older.recentReports.last().created.addDays(-1);
    tile.setData(older);
    EXPECT_TRUE(tile.items().last().text.startsWith(
        Formatter().dayMonth(older.recentReports.last().created) + u" 08:12 · "_s))
        << tile.items().last().text.toStdString();
    tile.setData(recentReports());

    const QImage image = dumped(renderItem(tile), u"ticker"_s);
    const QRect band(0, 60, 1920, 160);
    EXPECT_GT(pixelsNear(image, band, env.theme.text, 60), 1000) << "no text";
    EXPECT_GT(pixelsNear(image, band, env.theme.series.at(0), 10), 100) << "no dot";
    EXPECT_GT(pixelsNear(image, band, env.theme.warning, 10), 100) << "no dot";

    ASSERT_TRUE(tile.running());
    const double start = tile.offset();
    EXPECT_TRUE(waitUntil([&] { return tile.offset() > start + 20; }, 5000))
        << "the ticker did not move";
    EXPECT_NE(renderItem(tile), image);

    tile.setVisible(false);
    EXPECT_FALSE(tile.running()) << "a hidden ticker keeps the GUI thread busy";
    tile.setVisible(true);
    EXPECT_TRUE(tile.running());
}

TEST(TickerTile, WithoutReportsSaysNoDataYetAndStandsStill)
{
    TileEnvironment env;
    TickerTile tile(spec(u"ticker"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 1920, 270));
    tile.setData(fresh());
    EXPECT_FALSE(tile.running());
    const QImage image = dumped(renderItem(tile), u"ticker-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 60, 1920, 160), env.theme.unknown), 200);
}

TEST(TickerTile, MovingRepaintsOnlyTheBand)
{
    TileEnvironment env;
    auto *tile = new TickerTile(spec(u"ticker"_s), env.context());
    QGraphicsScene scene;
    scene.addItem(tile); // the scene owns it
    tile->setTileRect(QRectF(100, 200, 1920, 270));
    tile->setData(recentReports());
    QCoreApplication::processEvents();
    QList<QRectF> changed;
    QObject::connect(&scene, &QGraphicsScene::changed, &scene,
                     [&](const QList<QRectF> &region) { changed += region; });
    // The first report may still carry the tile's own first paint; the frames after it count.
    ASSERT_TRUE(waitUntil([&] { return !changed.isEmpty(); }, 5000));
    changed.clear();
    ASSERT_TRUE(waitUntil([&] { return changed.size() >= 5; }, 5000)) << "the ticker never moved";
    const QGraphicsItem *band = tile->childItems().value(0);
    ASSERT_NE(band, nullptr);
    const QRectF allowed = band->sceneBoundingRect().adjusted(-2, -2, 2, 2);
    for (const QRectF &r : changed)
        EXPECT_TRUE(allowed.contains(r)) << "repainted beyond the band: " << r.x() << "," << r.y()
                                         << " " << r.width() << "x" << r.height();
    EXPECT_LT(allowed.height(), tile->boundingRect().height() / 2);
}
