#include "tilefixtures.h"
#include "tiles/bartile.h"
#include "tiles/clocktile.h"
#include "tiles/gaugetile.h"
#include "tiles/healthtile.h"
#include "tiles/notetile.h"
#include "tiles/tileregistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec spec(const QString &type, const QString &code, QVariantMap props = {})
{
    TileSpec s;
    s.id = u"t"_s;
    s.type = type;
    s.title = u"Tỷ lệ hồ sơ đúng hạn theo phường/xã"_s;
    if (!code.isEmpty())
        s.binding.indicators = {code};
    // As the scene reader would: every property of the type, defaults filled in.
    const TileTypeSpecs types = TileRegistry::builtin().specs();
    for (const PropertySpec &p : types.value(type).properties)
        s.props.insert(p.name, p.defaultValue);
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        s.props.insert(it.key(), it.value());
    return s;
}

// IOCWALL_TILE_DUMP_DIR=/tmp/tiles keeps the rendered images for a look by eye.
QImage dumped(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("IOCWALL_TILE_DUMP_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name + u".png"_s);
    return image;
}

const Thresholds kHigherBetter{Thresholds::Direction::HigherIsBetter, 95.0, 85.0};

// Ten wards ranked best first: two good, two warning, the rest critical.
TileData rankingData(const IndicatorInfo &info)
{
    TileData d = kpiData(info, 0, {});
    d.latest.reset();
    d.previous.reset();
    const double values[] = {99.0, 96.5, 90.0, 86.0, 80.0, 75.0, 70.0, 60.0, 50.0, 40.0};
    int rank = 1;
    for (double v : values) {
        AreaRank r;
        r.area = u"area-%1"_s.arg(rank);
        r.name = u"Phường %1"_s.arg(rank);
        r.value = v;
        r.rank = rank++;
        d.ranking.append(r);
    }
    return d;
}

SourceHealth source(const QString &id, const QString &name, bool failing)
{
    SourceHealth h;
    h.source = id;
    h.name = name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    h.lastAttempt = now.addSecs(-30);
    h.lastSuccess = now.addSecs(failing ? -7200 : -60);
    h.latencyMs = failing ? -1 : 1234;
    if (failing) {
        h.lastErrorAt = now.addSecs(-30);
        h.lastError = u"Hết thời gian chờ kết nối tới máy chủ"_s;
    }
    return h;
}

IndicatorInfo ontimeRate()
{
    IndicatorInfo info = indicator(u"dvc.ontime_rate"_s, u"%"_s, kHigherBetter, 95.0);
    info.aggregation = Aggregation::Average;
    return info;
}

} // namespace

TEST(MoreTiles, AllFiveAreRegisteredWithTheirProperties)
{
    const TileTypeSpecs types = TileRegistry::builtin().specs();
    for (const QString &id : {u"bar"_s, u"gauge"_s, u"clock"_s, u"note"_s, u"health"_s})
        EXPECT_TRUE(types.contains(id)) << id.toStdString();
    EXPECT_FALSE(types.value(u"clock"_s).needsIndicator);
    EXPECT_FALSE(types.value(u"note"_s).needsIndicator);
    EXPECT_FALSE(types.value(u"health"_s).needsIndicator);
    EXPECT_TRUE(types.value(u"bar"_s).needsIndicator);
    EXPECT_TRUE(types.value(u"gauge"_s).needsIndicator);
}

TEST(MoreTiles, TheSceneReaderFillsAndChecksTheirProperties)
{
    const TileTypeSpecs types = TileRegistry::builtin().specs();
    ConfigIssues issues(u"s.json"_s);
    const auto scene = sceneFromJson(QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X",
      "tiles":[
        {"id":"b","type":"bar","col":0,"row":0,"binding":{"indicator":"dvc.ontime_rate"},
         "props":{"highlight":"long-thanh-trung"}},
        {"id":"g","type":"gauge","col":1,"row":0,"binding":{"indicator":"dtc.disbursed"}},
        {"id":"c","type":"clock","col":2,"row":0},
        {"id":"n","type":"note","col":3,"row":0,"props":{"text":"Giao ban 8:00"}},
        {"id":"h","type":"health","col":0,"row":1}]})")
                                         .object(),
                                     WallGeometry{}, types, issues);
    ASSERT_TRUE(scene) << issues.summary().toStdString();
    ASSERT_EQ(scene->tiles.size(), 5);
    EXPECT_EQ(scene->tiles.at(0).props.value(u"max_bars"_s).toInt(), 8);
    EXPECT_EQ(scene->tiles.at(0).props.value(u"highlight"_s).toString(), u"long-thanh-trung"_s);
    EXPECT_DOUBLE_EQ(scene->tiles.at(1).props.value(u"max"_s).toDouble(), 0.0);
    EXPECT_TRUE(scene->tiles.at(2).props.value(u"show_seconds"_s).toBool());
    EXPECT_DOUBLE_EQ(scene->tiles.at(3).props.value(u"size"_s).toDouble(), 1.4);

    // Text below the smallest legible size is refused, not drawn.
    ConfigIssues bad(u"s.json"_s);
    EXPECT_FALSE(sceneFromJson(QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X",
      "tiles":[{"id":"n","type":"note","col":0,"row":0,"props":{"size":0.5}},
               {"id":"b","type":"bar","col":1,"row":0,"binding":{"indicator":"x"},
                "props":{"max_bars":0}}]})")
                                   .object(),
                               WallGeometry{}, types, bad));
    EXPECT_TRUE(bad.summary().contains(u"/tiles/0/props/size"_s)) << bad.summary().toStdString();
    EXPECT_TRUE(bad.summary().contains(u"/tiles/1/props/max_bars"_s))
        << bad.summary().toStdString();
}

TEST(BarTile, RanksAreasInTheirStatusColoursUpToMaxBars)
{
    TileEnvironment env;
    BarTile tile(spec(u"bar"_s, u"dvc.ontime_rate"_s), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Ranking));
    tile.setTileRect(QRectF(0, 0, 960, 1080));
    tile.setData(rankingData(ontimeRate()));

    const QList<BarTile::Row> rows = tile.shownRows();
    ASSERT_EQ(rows.size(), 8) << "max_bars defaults to 8";
    EXPECT_EQ(rows.first().name, u"1. Phường 1"_s);
    EXPECT_EQ(rows.first().status, Status::Good);
    EXPECT_EQ(rows.at(2).status, Status::Warning);
    EXPECT_EQ(rows.last().status, Status::Critical);
    EXPECT_EQ(tile.labels().first(), u"99,0"_s);
    EXPECT_EQ(tile.labels().at(1), u"96,5"_s);

    const QImage image = dumped(renderItem(tile), u"bar"_s);
    const QRect content(20, 100, 920, 850);
    EXPECT_GT(pixelsDifferentFrom(image, content, env.theme.tile), 5000);
    EXPECT_GT(pixelsNear(image, content, env.theme.good, 10), 1000);
    EXPECT_GT(pixelsNear(image, content, env.theme.warning, 10), 1000);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 1000);
}

TEST(BarTile, KeepsTheHighlightedAreaOnTheTileAndMarksIt)
{
    TileEnvironment env;
    BarTile tile(
        spec(u"bar"_s, u"dvc.ontime_rate"_s, {{u"max_bars"_s, 4}, {u"highlight"_s, u"area-9"_s}}),
        env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(rankingData(ontimeRate()));
    const QList<BarTile::Row> rows = tile.shownRows();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.last().area, u"area-9"_s) << "ranked 9th, it replaces the 4th bar";
    EXPECT_EQ(rows.last().name, u"9. Phường 9"_s);
    EXPECT_TRUE(rows.last().highlighted);
    EXPECT_FALSE(rows.first().highlighted);

    const QImage image = dumped(renderItem(tile), u"bar-highlight"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 0, 960, 720), env.theme.grid, 6), 2000)
        << "no band behind the highlighted area";
}

TEST(BarTile, WorstFirstPutsTheAreasThatNeedAttentionOnTop)
{
    TileEnvironment env;
    BarTile tile(
        spec(u"bar"_s, u"dvc.ontime_rate"_s, {{u"max_bars"_s, 3}, {u"order"_s, u"worst_first"_s}}),
        env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(rankingData(ontimeRate()));
    const QList<BarTile::Row> rows = tile.shownRows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).name, u"10. Phường 10"_s) << "the ranks stay those of the ranking";
    EXPECT_EQ(rows.at(1).name, u"9. Phường 9"_s);
    EXPECT_EQ(rows.at(2).name, u"8. Phường 8"_s);
    EXPECT_EQ(rows.at(0).status, Status::Critical);
    const QImage image = dumped(renderItem(tile), u"bar-worst-first"_s);
    EXPECT_GT(pixelsNear(image, QRect(20, 100, 920, 500), env.theme.critical, 10), 1000);
    EXPECT_LT(pixelsNear(image, QRect(20, 100, 920, 500), env.theme.good, 10), 50);
}

TEST(BarTile, WithoutARankingSaysNoDataYet)
{
    TileEnvironment env;
    BarTile tile(spec(u"bar"_s, u"dvc.ontime_rate"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(kpiData(ontimeRate(), 90.0, {}));
    EXPECT_TRUE(tile.shownRows().isEmpty());
    EXPECT_TRUE(tile.footerText().isEmpty());
    const QImage image = dumped(renderItem(tile), u"bar-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.unknown), 200);
    EXPECT_LT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.warning, 10), 20);
}

TEST(GaugeTile, ShowsTheValueAgainstItsTargetInTheStatusColour)
{
    TileEnvironment env;
    IndicatorInfo plan = indicator(u"dtc.disbursed"_s, u"%"_s, kHigherBetter, 95.0);
    plan.aggregation = Aggregation::Last;
    GaugeTile tile(spec(u"gauge"_s, plan.code), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(kpiData(plan, 72.46, {}));
    EXPECT_EQ(tile.valueText(), u"72,5%"_s);
    EXPECT_EQ(tile.targetText(), u"Mục tiêu: 95,0%"_s);
    EXPECT_EQ(tile.status(), Status::Critical);
    EXPECT_DOUBLE_EQ(tile.scaleMax(), 95.0 * 1.1);
    EXPECT_NEAR(tile.fraction(), 72.46 / 104.5, 1e-9);

    const QImage image = dumped(renderItem(tile), u"gauge"_s);
    const QRect content(20, 100, 920, 500);
    EXPECT_GT(pixelsDifferentFrom(image, content, env.theme.tile), 5000);
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 3000);
    EXPECT_GT(pixelsNear(image, content, env.theme.grid, 6), 1000) << "no track past the value";
    EXPECT_LT(pixelsNear(image, content, env.theme.good, 10), 50);
}

TEST(GaugeTile, AFixedMaxAndAGoodValue)
{
    TileEnvironment env;
    IndicatorInfo plan = indicator(u"dtc.disbursed"_s, u"%"_s, kHigherBetter, 95.0);
    GaugeTile tile(spec(u"gauge"_s, plan.code, {{u"max"_s, 100.0}}), env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    tile.setData(kpiData(plan, 120.0, {}));
    EXPECT_DOUBLE_EQ(tile.scaleMax(), 100.0);
    EXPECT_DOUBLE_EQ(tile.fraction(), 1.0) << "clamped at the end of the scale";
    EXPECT_EQ(tile.status(), Status::Good);
    const QImage image = dumped(renderItem(tile), u"gauge-good"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 60, 480, 400), env.theme.good, 10), 1000);
}

TEST(ClockTile, ShowsTheWallTimeAndTheVietnameseDate)
{
    TileEnvironment env;
    ClockTile tile(spec(u"clock"_s, {}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 540));
    // 01:15:42 UTC is 08:15:42 in Hòa Thành, whatever the machine's zone.
    tile.setNow(QDateTime(QDate(2026, 11, 25), QTime(1, 15, 42), Qt::UTC));
    EXPECT_EQ(tile.timeText(), u"08:15:42"_s);
    EXPECT_EQ(tile.dateText(), u"Thứ Tư, 25/11/2026"_s);
    tile.setNow(QDateTime(QDate(2026, 11, 28), QTime(17, 0, 0), Qt::UTC));
    EXPECT_EQ(tile.dateText(), u"Chủ Nhật, 29/11/2026"_s) << "past midnight in UTC+7";
    EXPECT_EQ(tile.queryParts(), 0);
    EXPECT_TRUE(tile.footerText().isEmpty());

    const QImage image = dumped(renderItem(tile), u"clock"_s);
    EXPECT_GT(pixelsDifferentFrom(image, QRect(20, 80, 920, 380), env.theme.tile), 5000);
    EXPECT_LT(pixelsNear(image, QRect(0, 0, 960, 540), env.theme.unknown, 6), 100)
        << "a clock never says it has no data";

    ClockTile noSeconds(spec(u"clock"_s, {}, {{u"show_seconds"_s, false}}), env.context());
    noSeconds.setNow(QDateTime(QDate(2026, 11, 25), QTime(1, 15, 42), Qt::UTC));
    EXPECT_EQ(noSeconds.timeText(), u"08:15"_s);
}

TEST(ClockTile, RunsOnItsOwnTimer)
{
    TileEnvironment env;
    ClockTile tile(spec(u"clock"_s, {}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 540));
    const QString before = tile.timeText();
    const QImage first = renderItem(tile);
    QTest::qWait(1500);
    EXPECT_NE(tile.timeText(), before);
    EXPECT_NE(renderItem(tile), first) << "the tile did not repaint with the new second";
}

TEST(ClockTile, SaysTheDateInEnglishWhenTranslated)
{
    QTranslator english;
    ASSERT_TRUE(english.load(u":/i18n/iocwall_en.qm"_s));
    QCoreApplication::installTranslator(&english);
    TileEnvironment env;
    ClockTile tile(spec(u"clock"_s, {}), env.context());
    tile.setNow(QDateTime(QDate(2026, 11, 25), QTime(1, 15, 42), Qt::UTC));
    const QString date = tile.dateText();
    QCoreApplication::removeTranslator(&english);
    if (date.startsWith(u"Thứ"_s))
        GTEST_SKIP() << "the English .ts has not been refreshed with the clock's strings yet";
    EXPECT_EQ(date, u"Wednesday, 25/11/2026"_s);
}

TEST(NoteTile, WrapsTheTextAtALegibleSize)
{
    TileEnvironment env;
    const QString text = u"Giao ban sáng thứ Hai: rà soát hồ sơ trễ hạn của các phường, "
                         u"báo cáo tiến độ giải ngân vốn đầu tư công."_s;
    NoteTile tile(spec(u"note"_s, {}, {{u"text"_s, text}, {u"text_en"_s, u"Monday briefing"_s}}),
                  env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    EXPECT_EQ(tile.text(), text);
    EXPECT_EQ(tile.queryParts(), 0);
    const QImage image = dumped(renderItem(tile), u"note"_s);
    EXPECT_GT(pixelsDifferentFrom(image, QRect(20, 100, 920, 500), env.theme.tile), 5000);
    EXPECT_DOUBLE_EQ(tile.shownScale(), 1.4) << "it fits at the default size";
    EXPECT_FALSE(tile.overflowed());

    // Far too long for a small tile: shrinks, but never below the smallest legible size.
    NoteTile small(spec(u"note"_s, {}, {{u"text"_s, QString(text + u' ').repeated(6)}}),
                   env.context());
    small.setTileRect(QRectF(0, 0, 480, 360));
    dumped(renderItem(small), u"note-small"_s);
    EXPECT_DOUBLE_EQ(small.shownScale(), 1.0);
    EXPECT_TRUE(small.overflowed());

    TileContext english = env.context();
    english.english = true;
    NoteTile translated(spec(u"note"_s, {}, {{u"text"_s, text}, {u"text_en"_s, u"Monday"_s}}),
                        english);
    EXPECT_EQ(translated.text(), u"Monday"_s);
}

TEST(HealthTile, ShowsAnOkAndAFailingSource)
{
    TileEnvironment env;
    HealthTile tile(spec(u"health"_s, {}), env.context());
    EXPECT_EQ(tile.queryParts(), int(TileQuery::Health));
    tile.setTileRect(QRectF(0, 0, 960, 720));
    TileData data;
    data.sources = {source(u"town"_s, u"IOC Hòa Thành"_s, false),
                    source(u"province"_s, u"IOC tỉnh Tây Ninh"_s, true)};
    tile.setData(data);

    const QList<HealthTile::Row> rows = tile.shownRows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).name, u"IOC Hòa Thành"_s);
    EXPECT_EQ(rows.at(0).status, Status::Good);
    EXPECT_TRUE(rows.at(0).detail.startsWith(u"Cập nhật "_s)) << rows.at(0).detail.toStdString();
    EXPECT_EQ(rows.at(0).latency, u"1.234 ms"_s);
    EXPECT_EQ(rows.at(1).status, Status::Critical);
    EXPECT_EQ(rows.at(1).detail, u"Hết thời gian chờ kết nối tới máy chủ"_s);
    EXPECT_TRUE(rows.at(1).latency.isEmpty());

    const QImage image = dumped(renderItem(tile), u"health"_s);
    const QRect content(0, 80, 960, 560);
    EXPECT_GT(pixelsNear(image, content, env.theme.good, 10), 100) << "no green dot";
    EXPECT_GT(pixelsNear(image, content, env.theme.critical, 10), 300)
        << "no red dot and error for the failing source";

    // When only one row fits, the failing source is the one shown.
    EXPECT_EQ(tile.rows(1).first().source, u"province"_s);
}

TEST(HealthTile, SaysUpdatedInEnglishWithTheFramesOwnWords)
{
    QTranslator english;
    ASSERT_TRUE(english.load(u":/i18n/iocwall_en.qm"_s));
    QCoreApplication::installTranslator(&english);
    TileEnvironment env;
    HealthTile tile(spec(u"health"_s, {}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    TileData data;
    data.sources = {source(u"town"_s, u"IOC Hòa Thành"_s, false)};
    tile.setData(data);
    const QString detail = tile.shownRows().value(0).detail;
    QCoreApplication::removeTranslator(&english);
    EXPECT_TRUE(detail.startsWith(u"Updated "_s)) << detail.toStdString();
}

TEST(ClockTile, AHiddenClockStopsTicking)
{
    TileEnvironment env;
    ClockTile tile(spec(u"clock"_s, {}), env.context());
    QTimer *timer = tile.findChild<QTimer *>();
    ASSERT_NE(timer, nullptr);
    EXPECT_TRUE(timer->isActive());
    tile.setVisible(false);
    EXPECT_FALSE(timer->isActive());
    tile.setVisible(true);
    EXPECT_TRUE(timer->isActive());
}

// TileItem::setData repaints only when latest/previous/series/fetchedAt/
// indicators or sourcesOk() changed: a new ranking, or a source's new
// lastSuccess/latency while it stays healthy, is dropped. These pass once
// setData also compares `ranking` (AreaRank needs an operator==) and `sources`.
TEST(BarTile, TakesANewRankingWithTheSameFetchTime)
{
    TileEnvironment env;
    BarTile tile(spec(u"bar"_s, u"dvc.ontime_rate"_s), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 1080));
    TileData data = rankingData(ontimeRate());
    tile.setData(data);
    data.ranking.first().value = 99.5;
    tile.setData(data);
    EXPECT_EQ(tile.labels().first(), u"99,5"_s);
}

TEST(HealthTile, TakesANewLatencyOfAHealthySource)
{
    TileEnvironment env;
    HealthTile tile(spec(u"health"_s, {}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    TileData data;
    data.sources = {source(u"town"_s, u"IOC Hòa Thành"_s, false)};
    tile.setData(data);
    data.sources.first().latencyMs = 80;
    tile.setData(data);
    EXPECT_EQ(tile.shownRows().value(0).latency, u"80 ms"_s);
}

TEST(HealthTile, WithoutSourcesSaysNoDataYet)
{
    TileEnvironment env;
    HealthTile tile(spec(u"health"_s, {}), env.context());
    tile.setTileRect(QRectF(0, 0, 960, 720));
    tile.setData(TileData{});
    const QImage image = dumped(renderItem(tile), u"health-nodata"_s);
    EXPECT_GT(pixelsNear(image, QRect(0, 100, 960, 500), env.theme.unknown), 200);
}
