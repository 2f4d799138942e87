#include "support/testutil.h"
#include "tilefixtures.h"
#include "tiles/kpitile.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

TEST(Language, EnglishTranslationIsBuiltInAndUsed)
{
    QTranslator english;
    ASSERT_TRUE(english.load(u":/i18n/iocwall_en.qm"_s));
    QCoreApplication::installTranslator(&english);

    TileEnvironment env;
    env.formatter = Formatter(Formatter::english());
    TileSpec spec;
    spec.id = u"t"_s;
    spec.type = u"kpi"_s;
    spec.binding.indicators = {u"dvc.ontime_rate"_s};
    KpiTile tile(spec, env.context());
    tile.setTileRect(QRectF(0, 0, 480, 540));
    IndicatorInfo rate = indicator(u"dvc.ontime_rate"_s, u"%"_s, {}, 95.0);
    rate.aggregation = Aggregation::Average;
    rate.period = u"day"_s;
    tile.setData(kpiData(rate, 1234.5, 1000.0));
    EXPECT_EQ(tile.valueText(), u"1,234.5"_s);
    EXPECT_EQ(tile.changeText(), u"▲ +23% vs yesterday"_s);
    EXPECT_EQ(tile.targetText(), u"Target: 95.0%"_s);
    EXPECT_TRUE(tile.footerText().startsWith(u"Updated "_s)) << tile.footerText().toStdString();

    QCoreApplication::removeTranslator(&english);
    EXPECT_TRUE(tile.footerText().startsWith(u"Cập nhật "_s));
}
