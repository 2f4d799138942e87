// The health tile under a source whose last poll succeeded but left records
// out: the row says "bỏ qua N bản ghi: <first reason>" and draws it in amber,
// rendered offscreen and checked by its text and its pixels.
#include "tilefixtures.h"
#include "tiles/healthtile.h"
#include "tiles/tileregistry.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

TileSpec healthSpec()
{
    TileSpec s;
    s.id = u"h"_s;
    s.type = u"health"_s;
    s.title = u"Tình trạng nguồn dữ liệu"_s;
    for (const PropertySpec &p : TileRegistry::builtin().specs().value(u"health"_s).properties)
        s.props.insert(p.name, p.defaultValue);
    return s;
}

SourceHealth okSource(const QString &id, const QString &name, qsizetype skipped)
{
    SourceHealth h;
    h.source = id;
    h.name = name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    h.lastAttempt = now.addSecs(-30);
    h.lastSuccess = now.addSecs(-30);
    h.latencyMs = 240;
    h.records = 120;
    h.skippedRecords = skipped;
    if (skipped > 0)
        h.skippedReason = u"thực thể HT-LongHoa-01, thuộc tính pm10: giá trị không phải số"_s;
    return h;
}

// A health tile of 960 × 720 showing `sources`, with what it needs alive.
struct Shown {
    TileEnvironment env;
    HealthTile tile{healthSpec(), env.context()};

    explicit Shown(const QList<SourceHealth> &sources)
    {
        tile.setTileRect(QRectF(0, 0, 960, 720));
        TileData data;
        data.sources = sources;
        tile.setData(data);
    }
    // Amber pixels in the rows (the frame's title and footer left out).
    // IOCWALL_TILE_DUMP_DIR=/tmp/tiles keeps the image as `name`.png for a look by eye.
    int amberPixels(const QString &name)
    {
        const QImage image = renderItem(tile);
        if (const QString dir = qEnvironmentVariable("IOCWALL_TILE_DUMP_DIR"); !dir.isEmpty())
            image.save(dir + u'/' + name + u".png"_s);
        return pixelsNear(image, QRect(0, 80, 960, 560), env.theme.warning, 10);
    }
};

} // namespace

TEST(HealthTileWarning, SkippedRecordsShowInAmberUnderAnOkSource)
{
    Shown shown({okSource(u"town"_s, u"IOC Hòa Thành"_s, 0),
                 okSource(u"air"_s, u"Quan trắc không khí"_s, 3)});
    const QList<HealthTile::Row> rows = shown.tile.shownRows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).status, Status::Good);
    EXPECT_TRUE(rows.at(0).warning.isEmpty());
    EXPECT_EQ(rows.at(1).status, Status::Warning);
    EXPECT_TRUE(rows.at(1).detail.startsWith(u"Cập nhật "_s)) << rows.at(1).detail.toStdString();
    EXPECT_EQ(
        rows.at(1).warning,
        u"bỏ qua 3 bản ghi: thực thể HT-LongHoa-01, thuộc tính pm10: giá trị không phải số"_s);

    // The same sources with nothing skipped draw (next to) no amber at all.
    Shown clean({okSource(u"town"_s, u"IOC Hòa Thành"_s, 0),
                 okSource(u"air"_s, u"Quan trắc không khí"_s, 0)});
    const int partialAmber = shown.amberPixels(u"health-partial"_s);
    const int cleanAmber = clean.amberPixels(u"health-clean"_s);
    EXPECT_GT(partialAmber, cleanAmber + 400)
        << "partial " << partialAmber << ", clean " << cleanAmber;
}

TEST(HealthTileWarning, AFailingSourceShowsItsErrorNotTheOldWarning)
{
    SourceHealth failing = okSource(u"air"_s, u"Quan trắc không khí"_s, 3);
    failing.lastErrorAt = failing.lastSuccess.addSecs(5);
    failing.lastError = u"nguồn air, /v2/entities: máy chủ trả lỗi HTTP 503"_s;
    Shown shown({failing});
    const HealthTile::Row row = shown.tile.shownRows().value(0);
    EXPECT_EQ(row.status, Status::Critical);
    EXPECT_EQ(row.detail, failing.lastError);
    EXPECT_TRUE(row.warning.isEmpty());
}

TEST(HealthTileWarning, ManySourcesKeepTheWarningOnTheDetailLine)
{
    QList<SourceHealth> sources;
    for (int i = 0; i < 6; ++i)
        sources.append(okSource(u"s%1"_s.arg(i), u"Nguồn %1"_s.arg(i), i == 2 ? 5 : 0));
    Shown shown(sources);
    // Every source still has its row; the warning shares the detail's line.
    EXPECT_EQ(shown.tile.shownRows().size(), 6);
    EXPECT_EQ(shown.tile.shownRows().at(2).warning.left(16), u"bỏ qua 5 bản ghi"_s);
    sources[2].skippedRecords = 0;
    sources[2].skippedReason.clear();
    Shown clean(sources);
    const int partialAmber = shown.amberPixels(u"health-partial-many"_s);
    EXPECT_GT(partialAmber, clean.amberPixels(u"health-clean-many"_s) + 200);
}
