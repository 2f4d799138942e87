// The palette chosen in wall.json reaches what a tile paints.
#include "tilefixtures.h"
#include "tiles/kpitile.h"
#include "wall/wallgeometry.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

const Thresholds kHigherBetter{Thresholds::Direction::HigherIsBetter, 95.0, 85.0};

// A KPI tile showing `value` of an on-time rate, painted with `theme`.
QImage kpiImage(const Theme &theme, double value)
{
    TileEnvironment env;
    env.theme = theme;
    TileSpec spec;
    spec.id = u"t"_s;
    spec.type = u"kpi"_s;
    spec.title = u"Tỉ lệ đúng hạn"_s;
    spec.binding.indicators = {u"dvc.ontime_rate"_s};
    spec.props = {{u"show_target"_s, false}, {u"show_change"_s, false}};
    KpiTile tile(spec, env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s, kHigherBetter, 95.0);
    rate.aggregation = Aggregation::Average;
    tile.setData(kpiData(rate, value, std::nullopt));
    return renderItem(tile);
}

WallGeometry wallWith(const char *palette)
{
    ConfigIssues issues(u"wall.json"_s);
    const auto wall = wallGeometryFromJson(
        QJsonDocument::fromJson(QByteArray(R"({"version":1,"rows":2,"columns":3,"palette":")") +
                                palette + "\"}")
            .object(),
        issues);
    EXPECT_TRUE(wall.has_value()) << issues.summary().toStdString();
    return wall.value_or(WallGeometry{});
}

} // namespace

TEST(Palette, AKpiPaintsTheStatusColoursOfTheChosenPalette)
{
    const Theme standard = Theme::dark(wallWith("default"));
    const Theme safe = Theme::dark(wallWith("colorblind"));
    EXPECT_EQ(safe.good, QColor(0x56, 0xb4, 0xe9));
    EXPECT_EQ(safe.warning, QColor(0xe6, 0x9f, 0x00));
    EXPECT_EQ(safe.critical, QColor(0xd5, 0x5e, 0x00));
    EXPECT_NE(safe.series, standard.series);
    const QRect content(20, 100, 440, 300);
    for (const auto &[value, pick] :
         {std::pair{97.0, &Theme::good}, std::pair{90.0, &Theme::warning},
          std::pair{70.0, &Theme::critical}}) {
        SCOPED_TRACE(value);
        const QImage inSafe = kpiImage(safe, value);
        const QImage inStandard = kpiImage(standard, value);
        EXPECT_GT(pixelsNear(inSafe, content, safe.*pick, 10), 300);
        EXPECT_LT(pixelsNear(inSafe, content, standard.*pick, 10), 30);
        EXPECT_GT(pixelsNear(inStandard, content, standard.*pick, 10), 300);
        EXPECT_LT(pixelsNear(inStandard, content, safe.*pick, 10), 30);
    }
}

TEST(Palette, AnUnknownPaletteIsNamedInTheError)
{
    ConfigIssues issues(u"wall.json"_s);
    const auto wall = wallGeometryFromJson(
        QJsonDocument::fromJson(R"({"version":1,"rows":2,"columns":3,"palette":"neon"})").object(),
        issues);
    EXPECT_FALSE(wall.has_value());
    EXPECT_EQ(issues.summary(),
              u"wall.json: /palette: cần default hoặc colorblind, nhưng có \"neon\""_s);
}
