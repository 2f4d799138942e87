// iocwall-cli probe and check, run as the built program: probe against the
// simulator on 127.0.0.1 and on saved payloads, check on good and broken
// configuration folders.
#include "sim/simserver.h"
#include "support/clirun.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

using test::CliRun;

CliRun cli(const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return test::runCli(args, env);
}

QString fixture(const QString &name)
{
    return test::sourceDir() + u"/tests/fixtures/json/"_s + name;
}

QString demoSource(const QString &folder, const QString &id)
{
    return test::sourceDir() + u"/data/demo/"_s + folder + u'/' + id + u".json"_s;
}

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

} // namespace

TEST(CliProbe, JsonSourceAgainstTheSimulatorWithTheTokenFromTheEnvironment)
{
    SimServer sim{SimServer::Options{}};
    QString error;
    ASSERT_TRUE(sim.start(&error)) << error.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IOCWALL_SECRET_DEMO_PROVINCE_TOKEN"_s, u"demo-province-token"_s);
    const QString simulator = u"simulator="_s + sim.baseUrl().toString(QUrl::StripTrailingSlash);
    const CliRun r =
        cli({u"probe"_s, demoSource(u"sources-json"_s, u"province"_s), u"--var"_s, simulator}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_GT(r.lines.size(), 1000);
    EXPECT_TRUE(r.lines.first().startsWith(
        uR"({"kind":"observation","indicator":"env.aqi","area":"long-hoa","time":")"_s))
        << r.lines.first().toStdString();
    for (const QString &line : r.lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        ASSERT_EQ(o.value(u"kind"_s).toString(), u"observation"_s) << line.toStdString();
        EXPECT_TRUE(o.value(u"time"_s).toString().endsWith(u'Z'));
        EXPECT_TRUE(o.value(u"value"_s).isDouble());
        EXPECT_EQ(o.value(u"source"_s).toString(), u"province"_s);
    }
}

TEST(CliProbe, AnyConnectorTypeReportsAndAFailedPoll)
{
    SimServer sim{SimServer::Options{}};
    ASSERT_TRUE(sim.start());
    const QString simulator = u"simulator="_s + sim.baseUrl().toString(QUrl::StripTrailingSlash);
    // The built-in ioc-rest type, with reports, the token given on the command line.
    const CliRun rest = cli({u"probe"_s, demoSource(u"sources"_s, u"town"_s), u"--var"_s, simulator,
                             u"--secret"_s, u"demo-town-token=demo-town-token"_s});
    ASSERT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    const auto report = std::find_if(rest.lines.begin(), rest.lines.end(), [](const QString &l) {
        return l.startsWith(uR"({"kind":"report","id":"PA-)"_s);
    });
    ASSERT_NE(report, rest.lines.end());
    const QJsonObject o = QJsonDocument::fromJson(report->toUtf8()).object();
    EXPECT_TRUE(o.value(u"lat"_s).isDouble());
    EXPECT_TRUE(o.value(u"time"_s).toString().endsWith(u'Z'));

    const CliRun wrong = cli({u"probe"_s, demoSource(u"sources-json"_s, u"town"_s), u"--var"_s,
                              simulator, u"--secret"_s, u"demo-town-token=wrong"_s});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.lines.isEmpty());
    EXPECT_TRUE(wrong.err.contains(u"401"_s)) << wrong.err.toStdString();

    const CliRun noSecret =
        cli({u"probe"_s, demoSource(u"sources-json"_s, u"town"_s), u"--var"_s, simulator});
    EXPECT_EQ(noSecret.exitCode, 1);
    EXPECT_TRUE(noSecret.err.contains(u"IOCWALL_SECRET_DEMO_TOWN_TOKEN"_s))
        << noSecret.err.toStdString();
}

TEST(CliProbe, SavedPayloadWithoutNetwork)
{
    const CliRun r = cli({u"probe"_s, fixture(u"stations-source.json"_s), u"--file"_s,
                          fixture(u"stations-payload.json"_s)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(
        r.lines,
        (QStringList{
            uR"({"kind":"observation","indicator":"aqi.S1","area":"long-hoa","time":"2026-11-25T01:00:00Z","value":55,"unit":"AQI","source":"stations"})"_s,
            uR"({"kind":"observation","indicator":"env.pm25","area":"long-hoa","time":"2026-11-25T01:00:00Z","value":20.5,"unit":"µg/m³","source":"stations"})"_s,
            uR"({"kind":"observation","indicator":"aqi.S1","area":"long-hoa","time":"2026-11-25T02:00:00Z","value":61,"unit":"AQI","source":"stations"})"_s}));
    // The record with "NaN" is named on stderr.
    EXPECT_TRUE(r.err.contains(u"/result/stations/0/readings/2"_s)) << r.err.toStdString();

    const CliRun wrapped = cli({u"probe"_s, fixture(u"stations-source.json"_s), u"--file"_s,
                                fixture(u"wrapped-payload.json"_s)});
    EXPECT_EQ(wrapped.exitCode, 1);
    EXPECT_TRUE(wrapped.lines.isEmpty());
    EXPECT_TRUE(wrapped.err.contains(u"/result"_s)) << wrapped.err.toStdString();

    // --request beyond the source's requests is a wrong command line.
    const CliRun beyond = cli({u"probe"_s, fixture(u"stations-source.json"_s), u"--file"_s,
                               fixture(u"stations-payload.json"_s), u"--request"_s, u"3"_s});
    EXPECT_EQ(beyond.exitCode, 2);
    EXPECT_TRUE(beyond.err.contains(u"nguồn chỉ có 1 yêu cầu"_s)) << beyond.err.toStdString();

    const CliRun usage = cli({u"probe"_s});
    EXPECT_EQ(usage.exitCode, 2);
}

TEST(CliCheck, GoodFolderPasses)
{
    QTemporaryDir dir;
    const QString data = test::sourceDir() + u"/data/"_s;
    ASSERT_TRUE(copyFile(data + u"wall.json"_s, dir.filePath(u"wall.json"_s)));
    ASSERT_TRUE(
        copyFile(data + u"scenes/overview.json"_s, dir.filePath(u"scenes/overview.json"_s)));
    for (const QString &id : {u"province"_s, u"town"_s})
        ASSERT_TRUE(copyFile(demoSource(u"sources-json"_s, id),
                             dir.filePath(u"sources/"_s + id + u".json"_s)));
    ASSERT_TRUE(
        copyFile(demoSource(u"sources"_s, u"town"_s), dir.filePath(u"sources/town-rest.json"_s)));
    const CliRun r = cli({u"check"_s, dir.path()});
    EXPECT_EQ(r.exitCode, 0) << r.lines.join(u'\n').toStdString();
    EXPECT_TRUE(r.lines.isEmpty());
}

TEST(CliCheck, BrokenFolderNamesFilePathAndExpectation)
{
    const QString dir = fixture(u"broken-config"_s);
    const CliRun r = cli({u"check"_s, dir});
    EXPECT_EQ(r.exitCode, 1);
    const QString out = r.lines.join(u'\n');
    for (const QString &expected :
         {u"/scenes/overview.json: /tiles/1/type: "_s, u"/scenes/overview.json: /tiles/1/col: "_s,
          u"/sources/town.json: /settings/requests/0/query/indicator: "_s,
          u"/sources/town.json: /settings/requests/0/observations/records: "_s,
          u"/sources/town.json: /settings/requests/0/observations/time: "_s,
          u"/sources/unknown.json: /type: "_s})
        EXPECT_TRUE(out.contains(expected)) << expected.toStdString() << "\n" << out.toStdString();
    // Tile props are checked against the type's spec, known to the core.
    EXPECT_TRUE(out.contains(u"/tiles/0/props/show_target: "_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"/tiles/0/props/colour: "_s)) << out.toStdString();
    EXPECT_EQ(r.lines.size(), 9) << out.toStdString();

    QTemporaryDir badWall;
    QFile wall(badWall.filePath(u"wall.json"_s));
    ASSERT_TRUE(wall.open(QIODevice::WriteOnly));
    wall.write("{\"version\": 1, \"rows\": ");
    wall.close();
    const CliRun w = cli({u"check"_s, badWall.path()});
    EXPECT_EQ(w.exitCode, 1);
    EXPECT_TRUE(w.lines.join(u'\n').contains(u"wall.json: "_s));
    EXPECT_EQ(cli({u"check"_s, badWall.filePath(u"nowhere"_s)}).exitCode, 2);
}
