// The camera list end to end: the simulator's /town/api/v1/cameras, the wall's
// loader (fetch, last good list kept through an outage and a bad answer),
// `iocwall-cli check` on cameras.json, and the demo stream server in-process.
#include "camera/cameralistloader.h"
#include "camera/cameraregistry.h"
#include "camsim/camstreamthread.h"
#include "sim/simserver.h"
#include "support/fixtureserver.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

struct Fetched {
    int status = 0;
    QByteArray body;
};

Fetched get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QPointer<QNetworkReply> reply = network.get(request);
    EXPECT_TRUE(test::waitUntil([&] { return reply->isFinished(); }, 30000));
    Fetched f{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return f;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QByteArray sourceFile(const QUrl &url)
{
    return R"({"version":1,"source":{"url":")" + url.toEncoded() +
           R"(","auth":{"type":"bearer","secret":"cams"},"timeout_s":5}})";
}

const QByteArray kGoodList = R"({"version":1,"cameras":[
    {"id":"a","name":"Ngã tư Mít Một","kind":"giao-thong","area":"hiep-tan","main":"rtsp://10.1.1.1/a"},
    {"id":"b","name":"Chợ Long Hoa","kind":"an-ninh-trat-tu","main":"http://10.1.1.2/mjpeg"}]})";

} // namespace

TEST(SimCameras, TownApiServesTheDemoListWithStreamUrlsFilled)
{
    SimServer::Options options;
    options.cameraRtspBase = u"rtsp://127.0.0.1:18554"_s;
    options.cameraHttpBase = u"http://127.0.0.1:18555"_s;
    SimServer sim(options);
    QString error;
    ASSERT_TRUE(sim.start(&error)) << error.toStdString();
    QNetworkAccessManager network;
    const QUrl url = sim.baseUrl().resolved(QUrl(u"/town/api/v1/cameras"_s));
    EXPECT_EQ(get(network, url).status, 401);
    EXPECT_EQ(get(network, url, "demo-province-token").status, 401);
    const Fetched f = get(network, url, "demo-town-token");
    ASSERT_EQ(f.status, 200);
    EXPECT_FALSE(f.body.contains("{rtsp}") || f.body.contains("{http}"));
    ConfigIssues issues(url.toString());
    const auto cameras = readCameraList(f.body, knownAreaCodes(), issues);
    ASSERT_TRUE(cameras) << issues.summary().toStdString();
    EXPECT_GE(cameras->size(), 8);
    const CameraInfo *mitMot = CameraRegistry(*cameras).find(u"nga-tu-mit-mot"_s);
    ASSERT_TRUE(mitMot);
    EXPECT_EQ(mitMot->mainStream, QUrl(u"rtsp://127.0.0.1:18554/cam/nga-tu-mit-mot/main"_s));
    EXPECT_EQ(mitMot->snapshot, QUrl(u"http://127.0.0.1:18555/cam/nga-tu-mit-mot/snapshot.jpg"_s));
}

TEST(CameraListLoader, ListedFileGivesItsCamerasAtOnce)
{
    QTemporaryDir dir;
    const QString file = writeFile(dir.filePath(u"cameras.json"_s), kGoodList);
    CameraListLoader loader(dir.filePath(u"last-good.json"_s));
    QList<ConfigError> errors;
    ASSERT_TRUE(loader.load(file, knownAreaCodes(), SecretStore(), &errors));
    EXPECT_FALSE(loader.isFetched());
    EXPECT_EQ(loader.cameras().size(), 2);
    EXPECT_FALSE(QFileInfo::exists(loader.lastGoodFile()));
}

TEST(CameraListLoader, FetchesKeepsTheLastGoodListThroughOutagesAndBadAnswers)
{
    test::FixtureServer api;
    ASSERT_TRUE(api.start());
    api.serve(u"/good"_s, test::FixtureServer::json(kGoodList));
    api.serve(
        u"/bad"_s,
        test::FixtureServer::json(
            R"({"version":1,"cameras":[{"id":"x","name":"X","kind":"ufo","main":"rtsp://h/x"}]})"));
    api.serve(u"/down"_s, test::FixtureServer::json(R"({"error":"maintenance"})", 503));
    QTemporaryDir dir;
    const QString lastGood = dir.filePath(u"data/cameras-last-good.json"_s);
    SecretStore secrets;
    secrets.set(u"cams"_s, u"s3cret"_s);

    {
        CameraListLoader loader(lastGood);
        QSignalSpy changed(&loader, &CameraListLoader::camerasChanged);
        const QString file =
            writeFile(dir.filePath(u"good/cameras.json"_s), sourceFile(api.url(u"/good"_s)));
        QList<ConfigError> errors;
        ASSERT_TRUE(loader.load(file, knownAreaCodes(), secrets, &errors));
        EXPECT_TRUE(loader.isFetched());
        ASSERT_TRUE(test::waitUntil([&] { return changed.count() == 1; }));
        EXPECT_EQ(loader.cameras().size(), 2);
        EXPECT_EQ(api.requests().last().header("Authorization"), "Bearer s3cret");
        EXPECT_TRUE(QFileInfo::exists(lastGood));
    }
    for (const QString &path : {u"/bad"_s, u"/down"_s}) {
        CameraListLoader loader(lastGood);
        QSignalSpy problem(&loader, &CameraListLoader::problem);
        const QString file =
            writeFile(dir.filePath(path.mid(1) + u"/cameras.json"_s), sourceFile(api.url(path)));
        ASSERT_TRUE(loader.load(file, knownAreaCodes(), secrets, nullptr));
        // The saved list is there before any answer, and stays after a bad one.
        EXPECT_EQ(loader.cameras().size(), 2);
        ASSERT_TRUE(test::waitUntil([&] { return problem.count() == 1; }));
        EXPECT_EQ(loader.cameras().size(), 2);
        const QString message = problem.first().first().toString();
        EXPECT_TRUE(message.contains(u"dùng danh sách đã lưu (2 camera)"_s))
            << message.toStdString();
        if (path == u"/bad")
            EXPECT_TRUE(message.contains(u"/cameras/0/kind"_s)) << message.toStdString();
        else
            EXPECT_TRUE(message.contains(u"503"_s)) << message.toStdString();
        EXPECT_FALSE(message.contains(u"s3cret"_s));
    }
}

TEST(CameraListLoader, WrongFileChangesNothing)
{
    QTemporaryDir dir;
    const QString file =
        writeFile(dir.filePath(u"cameras.json"_s), R"({"version":2,"cameras":[{"id":"a"}]})");
    CameraListLoader loader(dir.filePath(u"last-good.json"_s));
    QList<ConfigError> errors;
    EXPECT_FALSE(loader.load(file, knownAreaCodes(), SecretStore(), &errors));
    EXPECT_TRUE(loader.cameras().isEmpty());
    QStringList paths;
    for (const ConfigError &e : errors)
        paths.append(e.path);
    EXPECT_TRUE(paths.contains(u"/version"_s)) << paths.join(u' ').toStdString();
    EXPECT_TRUE(paths.contains(u"/cameras/0/main"_s)) << paths.join(u' ').toStdString();
}

TEST(CliCheck, ValidatesCamerasJson)
{
    QTemporaryDir dir;
    const QString data = test::sourceDir() + u"/data/"_s;
    ASSERT_TRUE(QFile::copy(data + u"wall.json"_s, dir.filePath(u"wall.json"_s)));
    QDir().mkpath(dir.filePath(u"scenes"_s));
    ASSERT_TRUE(
        QFile::copy(data + u"scenes/overview.json"_s, dir.filePath(u"scenes/overview.json"_s)));
    const auto check = [&dir] {
        QProcess p;
        p.start(test::binaryDir() + u"/app/iocwall-cli"_s, {u"check"_s, dir.path()});
        EXPECT_TRUE(p.waitForFinished(120000));
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    QFile::copy(data + u"demo/cameras-source.json"_s, dir.filePath(u"cameras.json"_s));
    const auto [goodCode, goodOut] = check();
    EXPECT_EQ(goodCode, 0) << goodOut.toStdString();

    writeFile(
        dir.filePath(u"cameras.json"_s),
        R"({"version":1,"cameras":[{"id":"a","name":"A","kind":"ufo","main":"rtsp://h/a"}]})");
    const auto [badCode, badOut] = check();
    EXPECT_EQ(badCode, 1);
    EXPECT_TRUE(badOut.contains(u"cameras.json: /cameras/0/kind: cần một trong giao-thong"_s))
        << badOut.toStdString();
}

TEST(CamStreamThread, ServesInProcessAndStopsCleanly)
{
    for (int round = 0; round < 2; ++round) {
        CamStreamThread streams;
        QString error;
        ASSERT_TRUE(streams.start({0, 0, generatedSimCameras(1)}, &error)) << error.toStdString();
        EXPECT_TRUE(streams.rtspBase().startsWith(u"rtsp://127.0.0.1:"_s));
        QNetworkAccessManager network;
        const Fetched snapshot =
            get(network, QUrl(streams.httpBase() + u"/cam/cam-1/snapshot.jpg"_s));
        EXPECT_EQ(snapshot.status, 200);
        EXPECT_EQ(QImage::fromData(snapshot.body, "JPEG").size(), QSize(640, 360));
        streams.stop();
        EXPECT_FALSE(streams.isRunning());
    }
}
