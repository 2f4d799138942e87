// cameras.json: the two forms, the demo data file, and broken files whose
// every problem names the JSON path and what was expected.
#include "camera/cameraregistry.h"
#include "support/testutil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

QString write(QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(u"cameras.json"_s);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    return path;
}

// The problems of a file, one "path: message" per entry.
QStringList problems(const ConfigIssues &issues)
{
    QStringList out;
    for (const ConfigError &e : issues.errors())
        out.append(e.path + u": "_s + e.message);
    return out;
}

bool anyStartsWith(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines)
        if (line.startsWith(prefix))
            return true;
    return false;
}

} // namespace

TEST(CameraRegistry, ReadsAListedCamera)
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"cameras":[
        {"id":"nga-tu-mit-mot","name":"Ngã tư Mít Một","name_en":"Mit Mot Intersection",
         "area":"hiep-tan","kind":"giao-thong","main":"rtsp://10.0.0.5:554/main",
         "sub":"rtsp://10.0.0.5:554/sub","snapshot":"http://10.0.0.5/snap.jpg",
         "location":{"lat":11.2968,"lon":106.1552}},
        {"id":"cho","name":"Chợ Long Hoa","kind":"an-ninh-trat-tu","main":"http://10.0.0.6/mjpeg"}]})");
    ConfigIssues issues(path);
    const auto config = readCameraConfig(path, knownAreaCodes(), issues);
    ASSERT_TRUE(config) << issues.summary().toStdString();
    EXPECT_FALSE(config->source);
    ASSERT_EQ(config->cameras.size(), 2);
    const CameraInfo &c = config->cameras.at(0);
    EXPECT_EQ(c.name, u"Ngã tư Mít Một"_s);
    EXPECT_EQ(c.displayName(true), u"Mit Mot Intersection"_s);
    EXPECT_EQ(c.kind, CameraInfo::Kind::Traffic);
    EXPECT_EQ(c.streamFor(false), QUrl(u"rtsp://10.0.0.5:554/sub"_s));
    EXPECT_EQ(c.streamFor(true), QUrl(u"rtsp://10.0.0.5:554/main"_s));
    EXPECT_DOUBLE_EQ(c.latitude.value_or(0), 11.2968);
    const CameraInfo &second = config->cameras.at(1);
    EXPECT_EQ(second.displayName(true), u"Chợ Long Hoa"_s);
    EXPECT_EQ(second.streamFor(false), QUrl(u"http://10.0.0.6/mjpeg"_s));
    EXPECT_FALSE(second.latitude);

    // The last-good copy reads back to the same list.
    ConfigIssues again(u"copy"_s);
    const auto copy = readCameraList(cameraListJson(config->cameras), {}, again);
    ASSERT_TRUE(copy) << again.summary().toStdString();
    EXPECT_EQ(*copy, config->cameras);
}

TEST(CameraRegistry, BrokenCamerasNameEveryPathAndWhatWasExpected)
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"cameras":[
        {"id":"a","name":"A","kind":"giao-thong","main":"ftp://host/x"},
        {"id":"a","name":"B","kind":"cong-vien","main":"rtsp://h/x","area":"ha-noi"},
        {"id":"c d","kind":"mot-cua","main":"rtsp://h/y","location":{"lat":91,"lon":106}},
        "not a camera",
        {"id":"e","name":"E","kind":"khac","main":"rtsp://h/z","snapshot":"rtsp://h/snap"}]})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readCameraConfig(path, knownAreaCodes(), issues));
    const QStringList p = problems(issues);
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/0/main: cần một địa chỉ rtsp/rtsps/http/https/file"_s))
        << p.join(u'\n').toStdString();
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/1/id: mã camera \"a\" đã dùng ở /cameras/0"_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/1/kind: cần một trong giao-thong, an-ninh-trat-tu, "
                                 "mot-cua, khac, nhưng có \"cong-vien\""_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/1/area: không có địa bàn \"ha-noi\"; các mã có: "_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/2/id: cần chữ cái không dấu"_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/2/name: "_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/2/location/lat: "_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/3: cần một đối tượng camera"_s));
    EXPECT_TRUE(anyStartsWith(p, u"/cameras/4/snapshot: cần một địa chỉ http/https/file"_s));
    for (const ConfigError &e : issues.errors())
        EXPECT_EQ(e.file, path);
}

TEST(CameraRegistry, ReadsASourceWithItsAuth)
{
    QTemporaryDir dir;
    const QString path =
        write(dir, R"({"version":1,"source":{"url":"{simulator}/town/api/v1/cameras",
        "auth":{"type":"bearer","secret":"demo-town-token"},"timeout_s":5}})");
    ConfigIssues issues(path);
    const auto config =
        readCameraConfig(path, {}, issues, {{u"simulator"_s, u"http://127.0.0.1:9"_s}});
    ASSERT_TRUE(config) << issues.summary().toStdString();
    ASSERT_TRUE(config->source);
    EXPECT_TRUE(config->cameras.isEmpty());
    EXPECT_EQ(config->source->baseUrl, QUrl(u"http://127.0.0.1:9/town/api/v1/cameras"_s));
    EXPECT_EQ(config->source->auth, SourceConfig::AuthKind::Bearer);
    EXPECT_EQ(config->source->secretName, u"demo-town-token"_s);
    EXPECT_EQ(config->source->timeoutS, 5);
}

TEST(CameraRegistry, BrokenSourcePointsAtSourceFields)
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"source":{"url":"ftp://x",
        "auth":{"type":"bearer","secret":"s","token":"abc"},"interval":3}})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readCameraConfig(path, {}, issues));
    const QStringList p = problems(issues);
    EXPECT_TRUE(anyStartsWith(p, u"/source/url: cần một địa chỉ http:// hoặc https://"_s))
        << p.join(u'\n').toStdString();
    EXPECT_TRUE(anyStartsWith(p, u"/source/auth/token: "_s));
    EXPECT_TRUE(anyStartsWith(p, u"/source/interval: trường không được hỗ trợ"_s));
}

TEST(CameraRegistry, NeedsExactlyOneForm)
{
    QTemporaryDir dir;
    for (const QByteArray &json :
         {QByteArray(R"({"version":1})"),
          QByteArray(R"({"version":1,"cameras":[],"source":{"url":"http://x"}})")}) {
        const QString path = write(dir, json);
        ConfigIssues issues(path);
        EXPECT_FALSE(readCameraConfig(path, {}, issues));
        EXPECT_TRUE(issues.summary().contains(u"cần đúng một trong hai"_s))
            << issues.summary().toStdString();
    }
    const QString bad = write(dir, "{\"version\":1, \"cameras\": [");
    ConfigIssues issues(bad);
    EXPECT_FALSE(readCameraConfig(bad, {}, issues));
    EXPECT_FALSE(issues.isEmpty());
}

TEST(CameraRegistry, PayloadThatIsNotJsonSaysSo)
{
    ConfigIssues issues(u"http://127.0.0.1/cameras"_s);
    EXPECT_FALSE(readCameraList(QByteArray("<html>502</html>"), {}, issues));
    EXPECT_TRUE(issues.summary().contains(u"JSON không hợp lệ"_s))
        << issues.summary().toStdString();
}

TEST(CameraRegistry, DemoDataFileIsValidOnceFilled)
{
    QFile file(test::sourceDir() + u"/data/demo/cameras.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ConfigIssues issues(file.fileName());
    const auto cameras = readCameraList(
        file.readAll(), knownAreaCodes(), issues,
        {{u"rtsp"_s, u"rtsp://127.0.0.1:8554"_s}, {u"http"_s, u"http://127.0.0.1:8555"_s}});
    ASSERT_TRUE(cameras) << issues.summary().toStdString();
    EXPECT_GE(cameras->size(), 8);
    int rtsp = 0, mjpeg = 0, hls = 0;
    QSet<CameraInfo::Kind> kinds;
    for (const CameraInfo &c : *cameras) {
        rtsp += c.mainStream.scheme() == u"rtsp";
        mjpeg += c.mainStream.path().endsWith(u"/mjpeg");
        hls += c.mainStream.path().endsWith(u".m3u8");
        kinds.insert(c.kind);
        EXPECT_TRUE(c.latitude && c.longitude) << c.id.toStdString();
        EXPECT_FALSE(c.area.isEmpty()) << c.id.toStdString();
    }
    EXPECT_GT(rtsp, cameras->size() / 2);
    EXPECT_GE(mjpeg, 1);
    EXPECT_GE(hls, 1);
    EXPECT_GE(kinds.size(), 3);
}

TEST(CameraRegistry, KindsHaveVietnameseNames)
{
    EXPECT_EQ(cameraKindName(CameraInfo::Kind::Traffic), u"Giao thông"_s);
    EXPECT_EQ(cameraKindName(CameraInfo::Kind::PublicOrder), u"An ninh trật tự"_s);
    EXPECT_EQ(cameraKindName(CameraInfo::Kind::OneStopDesk), u"Bộ phận một cửa"_s);
    for (const QString &id : cameraKindIds())
        EXPECT_EQ(cameraKindId(cameraKindFromId(id).value()), id);
}
