#include "runtime/configset.h"
#include "support/testutil.h"
#include "wall/scene.h"
#include "wall/tiletypes.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

TileTypeSpecs types()
{
    TileTypeSpec kpi;
    kpi.id = u"kpi"_s;
    kpi.properties = {{u"show_target"_s, PropertySpec::Kind::Boolean, true, {}, {}, {}}};
    TileTypeSpec line;
    line.id = u"line"_s;
    line.maxIndicators = 3;
    line.properties = {{u"line_width"_s, PropertySpec::Kind::Number, 0.1, 0.02, 0.5, {}}};
    return {{kpi.id, kpi}, {line.id, line}};
}

QString errorsOf(const char *json)
{
    ConfigIssues issues(u"scenes/test.json"_s);
    const auto scene =
        sceneFromJson(QJsonDocument::fromJson(json).object(), WallGeometry{}, types(), issues);
    EXPECT_FALSE(scene.has_value());
    return issues.summary();
}

} // namespace

TEST(Scene, TheShippedOverviewIsValid)
{
    ConfigIssues issues(u"overview.json"_s);
    const auto scene = readScene(test::sourceDir() + u"/data/scenes/overview.json"_s,
                                 WallGeometry{}, builtinTileTypes(), issues);
    ASSERT_TRUE(scene.has_value()) << issues.summary().toStdString();
    EXPECT_GE(scene->tiles.size(), 12);
    EXPECT_EQ(scene->name, u"Tổng quan"_s);
    // Some tiles span two screens.
    const bool spansSeam =
        std::any_of(scene->tiles.begin(), scene->tiles.end(), [&](const TileSpec &t) {
            return t.column / scene->columnsPerScreen !=
                   (t.column + t.columnSpan - 1) / scene->columnsPerScreen;
        });
    EXPECT_TRUE(spansSeam);
}

TEST(Scene, DefaultsAreFilledFromTheTypeSpec)
{
    ConfigIssues issues(u"s.json"_s);
    const auto scene =
        sceneFromJson(QJsonDocument::fromJson(R"({"version":1,"id":"x","name":"X","tiles":[
          {"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"dvc.received"}}]})")
                          .object(),
                      WallGeometry{}, types(), issues);
    ASSERT_TRUE(scene) << issues.summary().toStdString();
    EXPECT_EQ(scene->tiles.first().props.value(u"show_target"_s), QVariant(true));
    EXPECT_EQ(scene->tiles.first().binding.indicators, QStringList{u"dvc.received"_s});
    EXPECT_EQ(scene->tiles.first().binding.period, u"day"_s);
}

TEST(Scene, ErrorsNameFilePathAndExpectation)
{
    const QString e = errorsOf(R"({"version":1,"id":"x","name":"X","tiles":[
        {"id":"a","type":"kpi","col":0,"row":0,"binding":{"indicator":"i"}},
        {"id":"a","type":"pie","col":1,"row":0},
        {"id":"c","type":"kpi","col":0,"row":0,"binding":{"indicator":"i"}},
        {"id":"d","type":"line","col":99,"row":0,"binding":{"indicator":"i"},"props":{"line_width":"thick"}},
        {"id":"e","type":"kpi","col":3,"row":1,"binding":{"indicator":"i","period":"fortnight"},"props":{"colour":1}}
      ]})");
    EXPECT_TRUE(e.contains(u"scenes/test.json: /tiles/1/id: mã ô \"a\" bị trùng"_s))
        << e.toStdString();
    EXPECT_TRUE(
        e.contains(u"/tiles/1/type: kiểu ô \"pie\" không tồn tại; các kiểu có: kpi, line"_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/2: ô \"c\" chồng lên ô \"a\""_s)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/3/col: cần một số nguyên từ 0 đến 11"_s)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/3/props/line_width: cần một số từ 0.02 đến 0.5"_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/4/binding/period"_s)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/4/props/colour"_s)) << e.toStdString();
}

// The built-in types: a table's columns are a list of known names; a tile
// whose indicator is optional still takes no more than its type allows.
TEST(Scene, ListPropsAndOptionalIndicatorsAreChecked)
{
    ConfigIssues issues(u"scenes/test.json"_s);
    const auto scene = sceneFromJson(QJsonDocument::fromJson(R"({"version":2,"id":"x","name":"X",
      "tiles":[
        {"id":"t","type":"table","col":0,"row":0,"props":{"columns":"area, agency,colour"}},
        {"id":"m","type":"map","col":1,"row":0,"binding":{"indicators":["a","b"]}},
        {"id":"p","type":"pie","col":2,"row":0,"binding":{"indicators":["a"]}},
        {"id":"ok","type":"table","col":3,"row":0,"props":{"columns":"id, days_late"}}
      ]})")
                                         .object(),
                                     WallGeometry{}, builtinTileTypes(), issues);
    EXPECT_FALSE(scene.has_value());
    const QString e = issues.summary();
    EXPECT_TRUE(e.contains(u"/tiles/0/props/columns: cần các giá trị trong id, title, category, "
                           u"area, agency, address, deadline, days_late, cách nhau bằng dấu "
                           u"phẩy, nhưng có \"colour\""_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles/1/binding/indicators: kiểu ô này nhận tối đa 1 chỉ tiêu, "
                           u"nhưng có 2"_s))
        << e.toStdString();
    EXPECT_TRUE(
        e.contains(u"/tiles/2/binding/indicators: kiểu ô này không dùng chỉ tiêu, nhưng có 1"_s))
        << e.toStdString();
    EXPECT_FALSE(e.contains(u"/tiles/3"_s)) << e.toStdString();
}

TEST(Scene, MissingRequiredFields)
{
    const QString e = errorsOf(R"({"version":2,"tiles":{}})");
    EXPECT_TRUE(e.contains(u"/id: thiếu trường bắt buộc"_s)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tiles: cần một mảng, nhưng có một đối tượng"_s)) << e.toStdString();
}

TEST(Scene, AFutureVersionIsRefusedWithAClearMessage)
{
    const QString e = errorsOf(R"({"version":7,"tiles":{}})");
    EXPECT_EQ(e, u"scenes/test.json: /version: tệp cảnh phiên bản 7 mới hơn chương trình này "
                 "(đọc được đến phiên bản 2); hãy cập nhật iocwall"_s)
        << e.toStdString();
    const QString missing = errorsOf(R"({"id":"x","tiles":[]})");
    EXPECT_TRUE(missing.contains(u"/version: thiếu trường bắt buộc"_s)) << missing.toStdString();
    const QString text = errorsOf(R"({"version":"2","id":"x","tiles":[]})");
    EXPECT_TRUE(text.contains(u"/version: cần số phiên bản nguyên từ 1 đến 2, nhưng có chuỗi"_s))
        << text.toStdString();
}

TEST(Scene, SyntaxErrorGivesLineAndColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"version\": 1,\n  \"id\": \"x\"\n  \"name\": \"X\"\n}\n");
    f.close();
    ConfigIssues issues(path);
    EXPECT_FALSE(readScene(path, WallGeometry{}, types(), issues));
    const QString e = issues.summary();
    EXPECT_TRUE(e.startsWith(path + u": JSON không hợp lệ ở dòng 4"_s)) << e.toStdString();
    ConfigIssues missing(dir.filePath(u"none.json"_s));
    EXPECT_FALSE(readScene(dir.filePath(u"none.json"_s), WallGeometry{}, types(), missing));
    EXPECT_TRUE(missing.summary().contains(u"không mở được tệp"_s));
}

TEST(Retention, CacheJsonIsReadAndChecked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.json"_s);
    auto write = [&](const QByteArray &bytes) {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    };
    write(R"({"version":1,"raw_days":7,"hourly_days":90})");
    ConfigIssues ok(path);
    const auto p = readRetention(path, ok);
    ASSERT_TRUE(p) << ok.summary().toStdString();
    EXPECT_EQ(p->rawDays, 7);
    EXPECT_EQ(p->hourlyDays, 90);
    EXPECT_EQ(p->revisionDays, 90);
    write(R"({"version":1,"raw_days":30,"hourly_days":10})");
    ConfigIssues bad(path);
    EXPECT_FALSE(readRetention(path, bad));
    EXPECT_TRUE(
        bad.summary().contains(path + u": /hourly_days: cần lớn hơn hoặc bằng raw_days (30)"_s))
        << bad.summary().toStdString();
}
