// The CSV and CKAN readers: RFC 4180 splitting, delimiter detection, column
// mapping (long and wide tables), decimal comma, BOM, and broken input.
#include "hub/connectors/csvconnector.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

csv::Column name(const QString &n)
{
    return {csv::Column::Kind::Name, n, -1};
}

csv::Mapping longMapping()
{
    csv::Mapping m;
    m.indicator = name(u"Mã chỉ tiêu"_s);
    m.area = name(u"Địa bàn"_s);
    m.time = name(u"Thời điểm"_s);
    m.value = name(u"Giá trị"_s);
    m.unit = name(u"Đơn vị"_s);
    m.source = u"csv-test"_s;
    return m;
}

csv::Mapping wideMapping()
{
    csv::Mapping m;
    m.area = {csv::Column::Kind::Index, {}, 0};
    m.time = name(u"Ngày"_s);
    m.values = {{name(u"Hồ sơ tiếp nhận"_s), u"dvc.received"_s, u"hồ sơ"_s},
                {name(u"Hồ sơ giải quyết"_s), u"dvc.resolved"_s, u"hồ sơ"_s},
                {name(u"tỷ lệ đúng hạn (%)"_s), u"dvc.ontime_rate"_s, u"%"_s}};
    m.areaMap = {{u"Phường Long Hoa"_s, u"long-hoa"_s},
                 {u"Phường Hiệp Tân"_s, u"hiep-tan"_s},
                 {u"Xã Trường Hòa"_s, u"truong-hoa"_s}};
    m.decimalComma = true;
    m.source = u"csv-test"_s;
    return m;
}

} // namespace

TEST(Csv, Rfc4180QuotesDelimitersAndLineBreaks)
{
    QString error;
    const auto t = csv::parseCsv(test::readFixture(u"csv/aqi-long.csv"_s), {}, true, &error);
    ASSERT_TRUE(t) << error.toStdString();
    EXPECT_EQ(t->header.size(), 6);
    ASSERT_EQ(t->rows.size(), 4);
    EXPECT_EQ(t->rows.at(1).at(5), u"Trạm tạm, đặt tại UBND phường"_s);
    EXPECT_EQ(t->rows.at(2).at(5),
              u"Ghi chú nhiều dòng:\nthiết bị được hiệu chuẩn \"lại\" ngày 20/11"_s);
    EXPECT_EQ(t->lines.at(3), 6); // the row after the two-line field starts on line 6
}

TEST(Csv, DelimiterDetection)
{
    EXPECT_EQ(csv::detectDelimiter(u"a,b,c"), u',');
    EXPECT_EQ(csv::detectDelimiter(u"a;b;\"c,d,e,f\""), u';'); // commas inside quotes do not count
    EXPECT_EQ(csv::detectDelimiter(u"a\tb\tc,d"), u'\t');
    QString error;
    const auto t = csv::parseCsv("x\ty\n1\t2\n", {}, true, &error);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->rows.first(), (QStringList{u"1"_s, u"2"_s}));
}

TEST(Csv, LongTableToObservations)
{
    QString error;
    const auto t = csv::parseCsv(test::readFixture(u"csv/aqi-long.csv"_s), {}, true, &error);
    ASSERT_TRUE(t);
    const auto r = csv::mapTable(*t, longMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->skipped, 0) << r->problems.join(u'\n').toStdString();
    ASSERT_EQ(r->observations.size(), 4);
    EXPECT_EQ(r->observations.at(0),
              (Observation{u"env.pm25"_s, u"long-hoa"_s, utc("2024-11-25T01:00:00Z"), 27.4,
                           u"µg/m³"_s, u"csv-test"_s}));
    EXPECT_EQ(r->observations.at(3).time, utc("2024-11-25T01:00:00Z")); // no zone: UTC+7
}

TEST(Csv, WideTableWithBomSemicolonAndDecimalComma)
{
    QString error;
    const auto t =
        csv::parseCsv(test::readFixture(u"csv/dvc-wide-semicolon.csv"_s), {}, true, &error);
    ASSERT_TRUE(t) << error.toStdString();
    EXPECT_EQ(t->header.first(), u"Phường/xã"_s); // the BOM is not part of the name
    const auto r = csv::mapTable(*t, wideMapping(), &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 8); // the blank cell is a gap
    EXPECT_EQ(r->skipped, 0);
    EXPECT_EQ(r->observations.at(0).indicator, u"dvc.received"_s);
    EXPECT_DOUBLE_EQ(r->observations.at(0).value, 1234);
    EXPECT_DOUBLE_EQ(r->observations.at(2).value, 97.5);
    EXPECT_EQ(r->observations.at(2).unit, u"%"_s);
    EXPECT_EQ(r->observations.at(0).time, utc("2024-10-31T17:00:00Z")); // 01/11/2024 at UTC+7
    EXPECT_EQ(r->observations.last().area, u"truong-hoa"_s);
}

TEST(Csv, ConstantsAndIndexes)
{
    QString error;
    const auto t = csv::parseCsv("long-hoa,2024-11-25T00:00:00Z,5\n", u',', false, &error);
    ASSERT_TRUE(t);
    csv::Mapping m;
    m.indicator = {csv::Column::Kind::Constant, u"env.noise"_s, -1};
    m.unit = {csv::Column::Kind::Constant, u"dB"_s, -1};
    m.area = {csv::Column::Kind::Index, {}, 0};
    m.time = {csv::Column::Kind::Index, {}, 1};
    m.value = {csv::Column::Kind::Index, {}, 2};
    const auto r = csv::mapTable(*t, m, &error);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->observations.size(), 1);
    EXPECT_EQ(r->observations.first().indicator, u"env.noise"_s);
    EXPECT_EQ(r->observations.first().unit, u"dB"_s);
}

TEST(Csv, BrokenInput)
{
    QString error;
    EXPECT_FALSE(csv::parseCsv("a,b\n1,\"unterminated\n2,3\n", {}, true, &error));
    EXPECT_TRUE(error.contains(u"dòng 2"_s)) << error.toStdString();
    EXPECT_FALSE(csv::parseCsv("a,b\n\xC4\x91\xFF,1\n", {}, true, &error)); // not UTF-8
    EXPECT_TRUE(error.contains(u"UTF-8"_s)) << error.toStdString();

    const auto empty = csv::parseCsv("", {}, true, &error);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->rows.isEmpty());

    // A named column the file does not have: the error lists what it has.
    const auto t =
        csv::parseCsv("Area,Time,Value\nlong-hoa,2024-11-25T00:00:00Z,1\n", {}, true, &error);
    ASSERT_TRUE(t);
    EXPECT_FALSE(csv::mapTable(*t, longMapping(), &error));
    EXPECT_TRUE(error.contains(u"Mã chỉ tiêu"_s) && error.contains(u"Area | Time | Value"_s))
        << error.toStdString();

    // Bad cells are skipped naming line and column; the good rows stay.
    const auto bad = csv::parseCsv("Mã chỉ tiêu,Địa bàn,Thời điểm,Giá trị,Đơn vị\n"
                                   "env.aqi,long-hoa,2024-11-25T00:00:00Z,50,\n"
                                   "env.aqi,long-hoa,2024-11-25T01:00:00Z,NaN,\n"
                                   "env.aqi,long-hoa,hôm qua,51,\n"
                                   "env.aqi,long-hoa\n"
                                   "env.aqi,,2024-11-25T02:00:00Z,52,\n",
                                   {}, true, &error);
    ASSERT_TRUE(bad);
    const auto r = csv::mapTable(*bad, longMapping(), &error);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->observations.size(), 1);
    EXPECT_EQ(r->skipped, 4);
    const QString all = r->problems.join(u'\n');
    EXPECT_TRUE(all.contains(u"dòng 3"_s) && all.contains(u"NaN"_s) && all.contains(u"hôm qua"_s) &&
                all.contains(u"dòng 5"_s) && all.contains(u"dòng 6"_s))
        << all.toStdString();
}

TEST(Csv, CkanDatastoreSearch)
{
    QString error;
    csv::CkanPage page;
    const auto t = csv::parseCkan(test::readFixture(u"csv/ckan-page1.json"_s), &page, &error);
    ASSERT_TRUE(t) << error.toStdString();
    EXPECT_EQ(page.total, 3);
    EXPECT_EQ(page.records, 2);
    EXPECT_TRUE(page.next.contains(u"offset=2"_s));
    csv::Mapping m;
    m.indicator = name(u"ma_chi_tieu"_s);
    m.area = name(u"dia_ban"_s);
    m.time = name(u"thoi_diem"_s);
    m.value = name(u"gia_tri"_s);
    m.areaMap = {{u"Phường Long Hoa"_s, u"long-hoa"_s}, {u"Phường Hiệp Tân"_s, u"hiep-tan"_s}};
    const auto r = csv::mapTable(*t, m, &error);
    ASSERT_TRUE(r) << error.toStdString();
    ASSERT_EQ(r->observations.size(), 2);
    EXPECT_DOUBLE_EQ(r->observations.at(0).value, 41.5);
    EXPECT_DOUBLE_EQ(r->observations.at(1).value, 30.5); // numeric text
    EXPECT_EQ(r->observations.at(1).area, u"hiep-tan"_s);

    EXPECT_FALSE(csv::parseCkan(R"({"help": "...", "success": false, "error": {
        "message": "Not found: Resource \"x\" was not found.", "__type": "Not Found Error"}})",
                                &page, &error));
    EXPECT_TRUE(error.contains(u"Not Found Error"_s)) << error.toStdString();
    EXPECT_FALSE(csv::parseCkan(R"({"success": true, "result": {"records": {}}})", &page, &error));
    EXPECT_TRUE(error.contains(u"records"_s));
    EXPECT_FALSE(csv::parseCkan("[1,2]", &page, &error));
}

TEST(Csv, SettingsProblemsNameThePath)
{
    SourceConfig config;
    config.settings = QJsonDocument::fromJson(R"({"format": "ckan", "delimiter": "||",
        "columns": {"area": true, "value": "Giá trị"}, "values": [{"indicator": "x"}]})")
                          .object();
    ConfigIssues issues;
    CsvConnector::readSettings(config, issues);
    QStringList paths;
    for (const ConfigError &e : issues.errors())
        paths.append(e.path);
    for (const auto path :
         {u"/settings/resource_id", u"/settings/delimiter", u"/settings/columns/area",
          u"/settings/columns/time", u"/settings/values/0/column"})
        EXPECT_TRUE(paths.contains(QStringView(path).toString())) << paths.join(u' ').toStdString();
}
