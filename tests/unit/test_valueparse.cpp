#include "util/valueparse.h"

#include "support/testutil.h"

#include <QJsonObject>
#include <QJsonValue>

#include <gtest/gtest.h>

#include <limits>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kVietnam(7 * 3600);

std::optional<double> num(const QString &s)
{
    return values::parseNumber(QStringView(s));
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

std::optional<QDateTime> time(const QString &s, const QTimeZone &zone = kVietnam)
{
    return values::parseTime(QStringView(s), zone);
}

} // namespace

TEST(ParseNumber, PlainAndSigned)
{
    EXPECT_EQ(num(u"42"_s), 42.0);
    EXPECT_EQ(num(u"-3.5"_s), -3.5);
    EXPECT_EQ(num(u"+7"_s), 7.0);
    EXPECT_EQ(num(u"- 7"_s), -7.0);
    EXPECT_EQ(num(u"0"_s), 0.0);
    EXPECT_EQ(num(u".5"_s), 0.5);
    EXPECT_EQ(num(u"5."_s), 5.0);
    EXPECT_EQ(num(u"1.5e3"_s), 1500.0);
    EXPECT_EQ(num(u"2E-2"_s), 0.02);
}

TEST(ParseNumber, DecimalCommaAndStraySpaces)
{
    EXPECT_EQ(num(u"12,5"_s), 12.5);
    EXPECT_EQ(num(u"  12,5 "_s), 12.5);
    EXPECT_EQ(num(u"\t95.3\n"_s), 95.3);
    EXPECT_EQ(num(u"-0,25"_s), -0.25);
    // A lone comma is the decimal one (the Vietnamese reading).
    EXPECT_EQ(num(u"1,234"_s), 1.234);
}

TEST(ParseNumber, ThousandsSeparatorsInEitherConvention)
{
    EXPECT_EQ(num(u"1.234,5"_s), 1234.5);
    EXPECT_EQ(num(u"1,234.5"_s), 1234.5);
    EXPECT_EQ(num(u"1 234"_s), 1234.0);
    EXPECT_EQ(num(u"1 234 567,25"_s), 1234567.25);
    EXPECT_EQ(num(u"1\u00a0234,5"_s), 1234.5);
    EXPECT_EQ(num(u"1.234.567"_s), 1234567.0);
    EXPECT_EQ(num(u"1,234,567"_s), 1234567.0);
    EXPECT_EQ(num(u"12.345.678,9"_s), 12345678.9);
}

TEST(ParseNumber, RefusesWhatIsNotAFiniteNumber)
{
    for (const QString &bad :
         {u""_s,      u"   "_s, u"NaN"_s,   u"nan"_s,     u"Infinity"_s,  u"-Infinity"_s,
          u"inf"_s,   u"abc"_s, u"12abc"_s, u"1,2,3"_s,   u"12 5"_s,      u"1.234,567.8"_s,
          u"1.5.5"_s, u"--5"_s, u"0x10"_s,  u"."_s,       u","_s,         u"-"_s,
          u"1e"_s,    u"e5"_s,  u"1e400"_s, u"12,34,5"_s, u"1234.567.8"_s})
        EXPECT_FALSE(num(bad).has_value()) << bad.toStdString();
}

TEST(ParseNumber, JsonValues)
{
    EXPECT_EQ(values::parseNumber(QJsonValue(12.5)), 12.5);
    EXPECT_EQ(values::parseNumber(QJsonValue(u"12,5"_s)), 12.5);
    EXPECT_FALSE(values::parseNumber(QJsonValue(true)).has_value());
    EXPECT_FALSE(values::parseNumber(QJsonValue()).has_value());
    EXPECT_FALSE(values::parseNumber(QJsonValue(QJsonValue::Undefined)).has_value());
    EXPECT_FALSE(values::parseNumber(QJsonValue(QJsonObject())).has_value());
    EXPECT_FALSE(values::parseNumber(QJsonValue(std::numeric_limits<double>::quiet_NaN())));
    EXPECT_FALSE(values::parseNumber(QJsonValue(std::numeric_limits<double>::infinity())));
    EXPECT_FALSE(values::parseNumber(QJsonValue(u"NaN"_s)).has_value());
}

TEST(ParseTime, IsoWithZone)
{
    EXPECT_EQ(time(u"2026-11-25T08:00:00+07:00"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25T01:00:00Z"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25T01:00:00z"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25T08:00:00+0700"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25T03:30:00-05:00"_s), utc(2026, 11, 25, 8, 30));
    EXPECT_EQ(time(u"2026-11-25 08:00:00+07:00"_s), utc(2026, 11, 25, 1));
    // The zone written wins over the default one.
    EXPECT_EQ(time(u"2026-11-25T01:00:00Z"_s, QTimeZone(3600)), utc(2026, 11, 25, 1));
}

TEST(ParseTime, IsoWithoutZoneIsInTheDefaultZone)
{
    EXPECT_EQ(time(u"2026-11-25T08:00:00"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25T08:00"_s), utc(2026, 11, 25, 1));
    EXPECT_EQ(time(u"2026-11-25"_s), utc(2026, 11, 24, 17));
    EXPECT_EQ(time(u"2026-11-25T08:00:00"_s, QTimeZone::utc()), utc(2026, 11, 25, 8));
}

TEST(ParseTime, IsoFractions)
{
    EXPECT_EQ(time(u"2026-11-25T01:00:00.250Z"_s), utc(2026, 11, 25, 1, 0, 0, 250));
    EXPECT_EQ(time(u"2026-11-25T01:00:00.5Z"_s), utc(2026, 11, 25, 1, 0, 0, 500));
    EXPECT_EQ(time(u"2026-11-25T01:00:00.123456Z"_s), utc(2026, 11, 25, 1, 0, 0, 123));
    EXPECT_EQ(time(u"2026-11-25T08:00:00,250+07:00"_s), utc(2026, 11, 25, 1, 0, 0, 250));
}

TEST(ParseTime, EpochSecondsAndMilliseconds)
{
    const QDateTime t = utc(2026, 11, 25, 1);
    const qint64 s = t.toSecsSinceEpoch();
    EXPECT_EQ(time(QString::number(s)), t);
    EXPECT_EQ(time(QString::number(s * 1000)), t);
    EXPECT_EQ(values::parseTime(QJsonValue(double(s)), kVietnam), t);
    EXPECT_EQ(values::parseTime(QJsonValue(double(s) * 1000 + 250), kVietnam), t.addMSecs(250));
    EXPECT_EQ(values::parseTime(QJsonValue(double(s) + 0.5), kVietnam), t.addMSecs(500));
    EXPECT_EQ(time(u"0"_s), utc(1970, 1, 1));
}

TEST(ParseTime, DayMonthYearInTheDefaultZone)
{
    EXPECT_EQ(time(u"25/11/2026"_s), utc(2026, 11, 24, 17));
    EXPECT_EQ(time(u"25/11/2026 08:15"_s), utc(2026, 11, 25, 1, 15));
    EXPECT_EQ(time(u"25/11/2026 08:15:30"_s), utc(2026, 11, 25, 1, 15, 30));
    EXPECT_EQ(time(u"05/01/2026 00:00"_s), utc(2026, 1, 4, 17));
    EXPECT_EQ(time(u"5/1/2026"_s), utc(2026, 1, 4, 17));
    EXPECT_EQ(time(u"25/11/2026 08:15"_s, QTimeZone::utc()), utc(2026, 11, 25, 8, 15));
}

TEST(ParseTime, ResultIsUtc)
{
    const auto t = time(u"2026-11-25T08:00:00+07:00"_s);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->timeSpec(), Qt::UTC);
    EXPECT_EQ(t->toString(Qt::ISODate), u"2026-11-25T01:00:00Z"_s);
    EXPECT_EQ(time(u"25/11/2026"_s)->timeSpec(), Qt::UTC);
}

TEST(ParseTime, RefusesWhatIsNoTime)
{
    for (const QString &bad :
         {u""_s, u"  "_s, u"yesterday"_s, u"2026-13-01"_s, u"2026-02-30"_s, u"2026-11-25T25:00"_s,
          u"32/01/2026"_s, u"25/13/2026"_s, u"25/11/26"_s, u"25/11/2026 8h"_s, u"25-11-2026"_s,
          u"2026-11-25T08:00:00+7"_s, u"2026/11/25"_s, u"12.5"_s, u"1e12"_s,
          u"99999999999999999999"_s})
        EXPECT_FALSE(time(bad).has_value()) << bad.toStdString();
    EXPECT_FALSE(values::parseTime(QJsonValue(true), kVietnam).has_value());
    EXPECT_FALSE(values::parseTime(QJsonValue(), kVietnam).has_value());
    EXPECT_FALSE(values::parseTime(QJsonValue(std::numeric_limits<double>::infinity()), kVietnam));
    EXPECT_FALSE(values::parseTime(QJsonValue(1e300), kVietnam).has_value());
}
