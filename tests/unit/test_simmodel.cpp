#include "sim/simmodel.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using iocwall::SimModel;
using iocwall::SimPoint;
using iocwall::SimReport;

namespace {

QString dataRoot()
{
    return iocwall::test::sourceDir() + u"/data"_s;
}

QDateTime at(const QString &iso)
{
    return *SimModel::parseTime(iso);
}

// Wednesday morning, mid-way through a working day.
const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(10, 37), SimModel::zone());

const SimModel &demo()
{
    static const SimModel model(dataRoot());
    return model;
}

QList<double> valuesOf(const QList<SimPoint> &points)
{
    QList<double> out;
    for (const SimPoint &p : points)
        out.append(p.value);
    return out;
}

bool isWhole(double v)
{
    return v == std::floor(v);
}

} // namespace

TEST(SimModel, LoadsTheDemoDataFromTheSourceFolderAndTheResources)
{
    for (const QString &root : {dataRoot(), SimModel::defaultDataRoot()}) {
        const SimModel model(root);
        ASSERT_TRUE(model.isValid()) << qPrintable(model.errors().value(0).toString());
        EXPECT_EQ(model.townCode(), u"hoa-thanh"_s);
        EXPECT_EQ(model.unitCodes().size(), 8);
        EXPECT_EQ(model.areasJson().size(), 9);
        EXPECT_EQ(model.indicatorCodes(u"town"_s).size(), 8);
        EXPECT_EQ(model.indicatorCodes(u"province"_s).size(), 13);
    }
    const QJsonArray town = demo().catalogJson(u"town"_s);
    for (const QJsonValue &entry : town) {
        EXPECT_FALSE(entry.toObject().contains(u"api"_s));
        EXPECT_FALSE(entry.toObject().value(u"name"_s).toString().isEmpty());
    }
    EXPECT_EQ(demo().periodOf(u"env.aqi"_s), u"hour"_s);
    EXPECT_EQ(demo().unitOf(u"env.pm25"_s), u"µg/m³"_s);
}

TEST(SimModel, ReportsABrokenDataFileWithItsFileAndField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &file : {u"areas/hoa-thanh.json"_s, u"demo/indicators.json"_s,
                                u"demo/profiles.json"_s, u"demo/reports.json"_s}) {
        QDir(dir.path()).mkpath(QFileInfo(file).path());
        ASSERT_TRUE(QFile::copy(dataRoot() + u'/' + file, dir.filePath(file)));
    }
    QFile profiles(dir.filePath(u"demo/profiles.json"_s));
    ASSERT_TRUE(profiles.open(QIODevice::ReadWrite));
    QJsonObject root = QJsonDocument::fromJson(profiles.readAll()).object();
    QJsonObject all = root.value(u"profiles"_s).toObject();
    all.remove(u"env.pm25"_s);
    root.insert(u"profiles"_s, all);
    profiles.resize(0);
    profiles.write(QJsonDocument(root).toJson());
    profiles.close();

    const SimModel model(dir.path());
    ASSERT_FALSE(model.isValid());
    QString message;
    for (const auto &e : model.errors())
        message += e.toString() + u'\n';
    EXPECT_TRUE(message.contains(u"profiles.json"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"env.pm25"_s)) << qPrintable(message);
    EXPECT_TRUE(model.indicatorCodes().isEmpty());
}

TEST(SimModel, SameSeedGivesSameValuesAndAnotherSeedOthers)
{
    const SimModel again(dataRoot(), SimModel::kDefaultSeed);
    const SimModel other(dataRoot(), 7);
    const QDateTime from = kNow.addDays(-20);
    for (const QString &code : demo().indicatorCodes()) {
        const QString area = demo().areasOf(code).constFirst();
        const auto mine = demo().series(code, area, from, kNow, kNow);
        EXPECT_EQ(mine, again.series(code, area, from, kNow, kNow)) << qPrintable(code);
        EXPECT_NE(valuesOf(mine), valuesOf(other.series(code, area, from, kNow, kNow)))
            << qPrintable(code);
    }
    EXPECT_EQ(demo().reports(kNow.addDays(-3), kNow), again.reports(kNow.addDays(-3), kNow));
    EXPECT_NE(demo().reports(kNow.addDays(-3), kNow), other.reports(kNow.addDays(-3), kNow));
}

TEST(SimModel, PastBucketsNeverChangeAsNowAdvances)
{
    const QDateTime from = kNow.addDays(-10);
    const QDateTime later = kNow.addDays(3).addSecs(7 * 60 + 13);
    for (const QString &code : demo().indicatorCodes()) {
        for (const QString &area : demo().areasOf(code)) {
            const auto before = demo().series(code, area, from, kNow, kNow);
            const auto after = demo().series(code, area, from, kNow, later);
            ASSERT_EQ(before.size(), after.size());
            // All but the last: that one was the bucket holding kNow, incomplete then.
            for (qsizetype i = 0; i + 1 < before.size(); ++i)
                ASSERT_EQ(before[i], after[i]) << qPrintable(code + u' ' + area) << " bucket " << i;
        }
    }
}

TEST(SimModel, TheCurrentBucketMovesWithNow)
{
    // A level: the current hour's PM2.5 takes many values over an hour.
    QSet<double> pm25;
    for (int minute = 0; minute < 60; ++minute) {
        const QDateTime now = kNow.addSecs(minute * 60);
        pm25.insert(demo().series(u"env.pm25"_s, u"long-hoa"_s, now, now, now).constLast().value);
    }
    EXPECT_GT(pm25.size(), 5);

    // A count: today's applications grow through the working day to the day's total.
    const QDateTime midnight = QDateTime(kNow.date(), QTime(0, 0), SimModel::zone());
    const double total =
        demo()
            .series(u"dvc.received"_s, u"long-hoa"_s, midnight, midnight, midnight.addDays(1))
            .constFirst()
            .value;
    double previous = 0.0;
    for (int hour = 6; hour <= 18; ++hour) {
        const QDateTime now = midnight.addSecs(hour * 3600);
        const double v =
            demo().series(u"dvc.received"_s, u"long-hoa"_s, now, now, now).constLast().value;
        EXPECT_GE(v, previous);
        EXPECT_LE(v, total);
        previous = v;
    }
    EXPECT_EQ(previous, total);
    EXPECT_GT(total, 10);
}

TEST(SimModel, BucketsAlignToLocalMidnightsAndHours)
{
    const QDateTime from = at(u"2026-11-20T10:30:00+07:00"_s);
    const auto days = demo().series(u"dvc.received"_s, u"hiep-tan"_s, from, kNow, kNow);
    ASSERT_EQ(days.size(), 6);
    EXPECT_EQ(days.constFirst().time, at(u"2026-11-20T00:00:00+07:00"_s));
    EXPECT_EQ(days.constFirst().time,
              QDateTime(QDate(2026, 11, 19), QTime(17, 0), QTimeZone::utc()));
    EXPECT_EQ(SimModel::formatTime(days.constLast().time), u"2026-11-25T00:00:00+07:00"_s);
    for (qsizetype i = 1; i < days.size(); ++i)
        EXPECT_EQ(days[i - 1].time.secsTo(days[i].time), 86400);

    const auto hours = demo().series(u"env.aqi"_s, u"hiep-tan"_s, from, kNow, kNow);
    ASSERT_EQ(hours.size(), 5 * 24 + 1); // 20th 10:00 through 25th 10:00
    EXPECT_EQ(hours.constFirst().time, at(u"2026-11-20T10:00:00"_s));
    EXPECT_EQ(hours.constLast().time, at(u"2026-11-25T10:00:00+07:00"_s));

    // A UTC instant just before local midnight still belongs to the day before.
    const auto edge = demo().series(u"dvc.received"_s, u"hiep-tan"_s, at(u"2026-11-24T16:59:59Z"_s),
                                    at(u"2026-11-24T17:00:00Z"_s), kNow);
    ASSERT_EQ(edge.size(), 2);
    EXPECT_EQ(edge[0].time, at(u"2026-11-24"_s));
}

TEST(SimModel, RangesEndAtToOrNowAndUnknownsGiveNothing)
{
    const auto until =
        demo().series(u"dvc.resolved"_s, u"long-hoa"_s, kNow.addDays(-5), kNow.addDays(-2), kNow);
    ASSERT_EQ(until.size(), 4);
    EXPECT_EQ(until.constLast().time, at(u"2026-11-23"_s));
    const auto capped =
        demo().series(u"dvc.resolved"_s, u"long-hoa"_s, kNow.addDays(-1), kNow.addDays(9), kNow);
    EXPECT_EQ(capped.size(), 2);
    EXPECT_TRUE(
        demo()
            .series(u"dvc.resolved"_s, u"long-hoa"_s, kNow.addDays(1), kNow.addDays(2), kNow)
            .isEmpty());
    EXPECT_TRUE(
        demo().series(u"dvc.resolved"_s, u"nowhere"_s, kNow.addDays(-1), kNow, kNow).isEmpty());
    EXPECT_TRUE(demo().series(u"no.such"_s, u"long-hoa"_s, kNow.addDays(-1), kNow, kNow).isEmpty());
}

TEST(SimModel, TownLevelIndicatorsHaveOnlyTheTown)
{
    for (const QString &code :
         {u"ns.revenue"_s, u"ns.revenue_rate"_s, u"dtc.disbursement_rate"_s}) {
        EXPECT_EQ(demo().areasOf(code), QStringList{u"hoa-thanh"_s});
        EXPECT_TRUE(demo().series(code, u"long-hoa"_s, kNow.addDays(-3), kNow, kNow).isEmpty());
    }
    for (const QString &code : {u"dvc.received"_s, u"pakn.overdue"_s, u"env.aqi"_s}) {
        EXPECT_EQ(demo().areasOf(code), demo().unitCodes());
        EXPECT_TRUE(demo().series(code, u"hoa-thanh"_s, kNow.addDays(-3), kNow, kNow).isEmpty());
    }
}

TEST(SimModel, EveryIndicatorHasPlausibleValues)
{
    const QDateTime from = kNow.addDays(-90);
    for (const QString &code : demo().indicatorCodes()) {
        for (const QString &area : demo().areasOf(code)) {
            const auto points = demo().series(code, area, from, kNow, kNow);
            ASSERT_FALSE(points.isEmpty()) << qPrintable(code);
            for (const SimPoint &p : points) {
                ASSERT_TRUE(std::isfinite(p.value) && p.value >= 0.0)
                    << qPrintable(code + u' ' + area);
                if (demo().unitOf(code) == u"%") {
                    ASSERT_LE(p.value, 100.0) << qPrintable(code + u' ' + area);
                }
                if (code.endsWith(u"received") || code.endsWith(u"resolved") ||
                    code.endsWith(u"overdue")) {
                    ASSERT_TRUE(isWhole(p.value)) << qPrintable(code);
                }
            }
        }
    }
    // Town-wide daily applications of a weekday, for ~150 000 people.
    double received = 0.0;
    for (const QString &area : demo().unitCodes())
        received +=
            demo()
                .series(u"dvc.received"_s, area, at(u"2026-11-24"_s), at(u"2026-11-24"_s), kNow)[0]
                .value;
    EXPECT_GT(received, 80);
    EXPECT_LT(received, 400);
    // AQI follows PM2.5 through the VN_AQI breakpoints.
    const auto pm = demo().series(u"env.pm25"_s, u"long-hoa"_s, from, kNow, kNow);
    const auto aqi = demo().series(u"env.aqi"_s, u"long-hoa"_s, from, kNow, kNow);
    ASSERT_EQ(pm.size(), aqi.size());
    for (qsizetype i = 0; i < pm.size(); ++i) {
        // Rounded to a whole AQI, 25.2 µg/m³ still reads 50.
        EXPECT_EQ(pm[i].value <= 25.2, aqi[i].value <= 50.0) << pm[i].value << " " << aqi[i].value;
        EXPECT_LE(pm[i].value, 300.0);
    }
}

TEST(SimModel, RevenueAccumulatesFromTheFirstOfJanuary)
{
    const auto revenue =
        demo().series(u"ns.revenue"_s, u"hoa-thanh"_s, at(u"2025-12-01"_s), kNow, kNow);
    const auto rate =
        demo().series(u"ns.revenue_rate"_s, u"hoa-thanh"_s, at(u"2025-12-01"_s), kNow, kNow);
    ASSERT_EQ(revenue.size(), rate.size());
    for (qsizetype i = 1; i < revenue.size(); ++i) {
        if (revenue[i].time.toTimeZone(SimModel::zone()).date().dayOfYear() == 1) {
            EXPECT_GT(revenue[i - 1].value, 450.0); // 31 December: about the year's plan
            EXPECT_LT(revenue[i].value, 10.0);
        } else {
            EXPECT_GE(revenue[i].value, revenue[i - 1].value);
        }
        EXPECT_NEAR(rate[i].value, revenue[i].value / 520.0 * 100.0, 0.051);
    }
    EXPECT_GT(revenue.constLast().value, 300.0); // late November
}

TEST(SimModel, ReportsHaveStableIdsAndStatusesFromTheirAge)
{
    const auto reports = demo().reports(kNow.addDays(-14), kNow);
    ASSERT_GT(reports.size(), 100);
    static const QRegularExpression id(u"^PA-\\d{8}-\\d{3}$"_s);
    static const QStringList statuses{u"received"_s, u"in_progress"_s, u"resolved"_s, u"overdue"_s};
    QSet<QString> ids;
    QSet<QString> seen;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const SimReport &r = reports[i];
        EXPECT_TRUE(id.match(r.id).hasMatch()) << qPrintable(r.id);
        EXPECT_TRUE(r.id.contains(r.created.toTimeZone(SimModel::zone()).toString(u"yyyyMMdd"_s)));
        ids.insert(r.id);
        seen.insert(r.status);
        EXPECT_TRUE(statuses.contains(r.status)) << qPrintable(r.status);
        EXPECT_GT(r.deadline, r.created);
        EXPECT_LE(r.updated, kNow);
        EXPECT_GE(r.updated, r.created);
        EXPECT_EQ(r.status == u"overdue",
                  r.status != u"resolved" && r.status != u"received" && kNow > r.deadline);
        EXPECT_FALSE(r.title.contains(u'{')) << qPrintable(r.title);
        EXPECT_TRUE(demo().unitCodes().contains(r.area));
        EXPECT_NEAR(r.lat, 11.28, 0.1);
        EXPECT_NEAR(r.lon, 106.13, 0.1);
        if (i > 0) {
            EXPECT_LE(reports[i - 1].created, r.created);
        }
    }
    EXPECT_EQ(ids.size(), reports.size());
    EXPECT_EQ(seen.size(), 4);

    // The same report, looked at later and from a shorter range: same identity, later status.
    const auto later = demo().reports(kNow.addDays(-2), kNow.addDays(30));
    const SimReport &first = later.constFirst();
    const auto it = std::find_if(reports.begin(), reports.end(),
                                 [&](const SimReport &r) { return r.id == first.id; });
    ASSERT_NE(it, reports.end());
    EXPECT_EQ(it->title, first.title);
    EXPECT_EQ(it->created, first.created);
    EXPECT_EQ(it->deadline, first.deadline);
    EXPECT_EQ(it->address, first.address);
    EXPECT_EQ(first.status, u"resolved"_s);
}

TEST(SimModel, FieldReportIndicatorsAgreeWithTheReports)
{
    const QDateTime day = at(u"2026-11-23"_s);
    const auto reports = demo().reports(kNow.addDays(-60), kNow);
    for (const QString &area : demo().unitCodes()) {
        const double received = demo().series(u"pakn.received"_s, area, day, day, kNow)[0].value;
        const auto sameDay = std::count_if(reports.begin(), reports.end(), [&](const SimReport &r) {
            return r.area == area && r.created >= day && r.created < day.addDays(1);
        });
        EXPECT_EQ(received, double(sameDay)) << qPrintable(area);
        const double overdue = demo().series(u"pakn.overdue"_s, area, kNow, kNow, kNow)[0].value;
        const auto open = std::count_if(reports.begin(), reports.end(), [&](const SimReport &r) {
            return r.area == area && r.status == u"overdue";
        });
        EXPECT_EQ(overdue, double(open)) << qPrintable(area);
    }
}

TEST(SimModel, ParsesIsoTimesWithAndWithoutAnOffset)
{
    const QDateTime local = QDateTime(QDate(2026, 11, 25), QTime(8, 0), SimModel::zone());
    EXPECT_EQ(at(u"2026-11-25T08:00:00+07:00"_s), local);
    EXPECT_EQ(at(u"2026-11-25T08:00:00"_s), local);
    EXPECT_EQ(at(u"2026-11-25T01:00:00Z"_s), local);
    EXPECT_EQ(at(u"2026-11-25T08:00:00 07:00"_s), local);
    EXPECT_EQ(at(u"2026-11-25"_s), local.addSecs(-8 * 3600));
    EXPECT_FALSE(SimModel::parseTime(u"yesterday"_s));
    EXPECT_FALSE(SimModel::parseTime(u"2026-13-01"_s));
    EXPECT_EQ(SimModel::formatTime(local.toUTC()), u"2026-11-25T08:00:00+07:00"_s);
}
