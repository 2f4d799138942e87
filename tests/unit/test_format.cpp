#include "model/indicator.h"
#include "runtime/freshness.h"
#include "runtime/options.h"
#include "runtime/vnformat.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

TEST(Formatter, VietnameseNumbersAndDates)
{
    const Formatter f;
    EXPECT_EQ(f.number(1234.5, 1), u"1.234,5"_s);
    EXPECT_EQ(f.value(12345), u"12.345"_s);
    EXPECT_EQ(f.value(95.26, u"%"_s), u"95,3"_s);
    EXPECT_EQ(f.withUnit(95.26, u"%"_s), u"95,3%"_s);
    EXPECT_EQ(f.withUnit(412.5, u"tỷ đồng"_s), u"412,5 tỷ đồng"_s);
    EXPECT_EQ(f.percentChange(110, 100), u"+10%"_s);
    EXPECT_EQ(f.percentChange(95, 100), u"-5,0%"_s);
    EXPECT_TRUE(f.percentChange(5, 0).isEmpty());
    // 01:15 UTC is 08:15 in Hòa Thành, whatever the machine's zone.
    const QDateTime t(QDate(2026, 11, 25), QTime(1, 15), Qt::UTC);
    EXPECT_EQ(f.time(t), u"08:15"_s);
    EXPECT_EQ(f.date(t), u"25/11/2026"_s);
    EXPECT_EQ(f.dateTime(t), u"08:15 25/11/2026"_s);
}

TEST(Formatter, EnglishNumbers)
{
    const Formatter f(Formatter::english());
    EXPECT_EQ(f.number(1234.5, 1), u"1,234.5"_s);
}

TEST(Thresholds, ClassifyBothDirections)
{
    Thresholds higher{Thresholds::Direction::HigherIsBetter, 95.0, 85.0};
    EXPECT_EQ(higher.classify(97), Status::Good);
    EXPECT_EQ(higher.classify(95), Status::Good);
    EXPECT_EQ(higher.classify(90), Status::Warning);
    EXPECT_EQ(higher.classify(60), Status::Critical);
    Thresholds lower{Thresholds::Direction::LowerIsBetter, 50.0, 100.0};
    EXPECT_EQ(lower.classify(42), Status::Good);
    EXPECT_EQ(lower.classify(75), Status::Warning);
    EXPECT_EQ(lower.classify(160), Status::Critical);
    EXPECT_EQ(Thresholds{}.classify(1), Status::Unknown);
}

TEST(Freshness, AgeAndSourceHealth)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    EXPECT_EQ(classifyFreshness({}, now, 300, 3600, true), Freshness::NoData);
    EXPECT_EQ(classifyFreshness(now.addSecs(-60), now, 300, 3600, true), Freshness::Fresh);
    EXPECT_EQ(classifyFreshness(now.addSecs(-60), now, 300, 3600, false), Freshness::Stale);
    EXPECT_EQ(classifyFreshness(now.addSecs(-600), now, 300, 3600, true), Freshness::Stale);
    EXPECT_EQ(classifyFreshness(now.addSecs(-7200), now, 300, 3600, true), Freshness::Expired);
}

TEST(Options, ParsesTheCommandLine)
{
    auto p =
        parseOptions({u"iocwall"_s, u"--demo"_s, u"--screenshot"_s, u"/tmp/w.png"_s, u"--lang"_s,
                      u"en"_s, u"--scene"_s, u"overview"_s, u"--data-dir"_s, u"/tmp/d"_s});
    ASSERT_EQ(p.action, ParsedOptions::Action::Run);
    EXPECT_TRUE(p.options.demo);
    EXPECT_EQ(p.options.screenshotFile, u"/tmp/w.png"_s);
    EXPECT_EQ(p.options.language, u"en"_s);
    EXPECT_EQ(p.options.scene, u"overview"_s);
    EXPECT_EQ(p.options.dataDir, u"/tmp/d"_s);
    EXPECT_EQ(parseOptions({u"iocwall"_s, u"--version"_s}).action,
              ParsedOptions::Action::ShowVersion);
    EXPECT_EQ(parseOptions({u"iocwall"_s, u"--lang"_s, u"fr"_s}).action,
              ParsedOptions::Action::Error);
    EXPECT_EQ(parseOptions({u"iocwall"_s, u"--bogus"_s}).action, ParsedOptions::Action::Error);
}
