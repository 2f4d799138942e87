// iocwall-cli probe --file, run as the built program on the saved payloads of
// tests/fixtures/<type>/ for every connector type: the records come out as the
// JSON lines an online probe prints, with no network at all (every source file
// points at 127.0.0.1:9, where nothing listens), and a malformed payload is
// refused on stderr with a non-zero exit code.
#include "support/clirun.h"
#include "support/testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;
using test::CliRun;

namespace {

QString fixture(const QString &relativePath)
{
    return test::sourceDir() + u"/tests/fixtures/"_s + relativePath;
}

CliRun probeFile(const QString &source, const QString &payload, const QStringList &more = {})
{
    return test::runCli(QStringList{u"probe"_s, fixture(source), u"--file"_s, fixture(payload)} +
                        more);
}

QList<QJsonObject> records(const CliRun &r)
{
    QList<QJsonObject> out;
    for (const QString &line : r.lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        out.append(doc.object());
    }
    return out;
}

// The observation of `indicator` in `area` at `time`, or an empty object.
QJsonObject find(const QList<QJsonObject> &list, const QString &indicator, const QString &area,
                 const QString &time = {})
{
    for (const QJsonObject &o : list)
        if (o.value(u"indicator"_s).toString() == indicator &&
            o.value(u"area"_s).toString() == area &&
            (time.isEmpty() || o.value(u"time"_s).toString() == time))
            return o;
    return {};
}

// Every line a well-formed observation of `source`.
void expectObservations(const QList<QJsonObject> &list, const QString &source)
{
    for (const QJsonObject &o : list) {
        EXPECT_EQ(o.value(u"kind"_s).toString(), u"observation"_s);
        EXPECT_EQ(o.value(u"source"_s).toString(), source);
        EXPECT_TRUE(o.value(u"time"_s).toString().endsWith(u'Z'));
        EXPECT_TRUE(o.value(u"value"_s).isDouble());
        EXPECT_FALSE(o.value(u"area"_s).toString().isEmpty());
    }
}

} // namespace

TEST(CliProbeFile, NgsiV2NormalizedAndKeyValues)
{
    const CliRun r = probeFile(u"ngsi/v2-source.json"_s, u"ngsi/v2-normalized.json"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> list = records(r);
    ASSERT_EQ(list.size(), 8) << r.lines.join(u'\n').toStdString();
    expectObservations(list, u"air-v2"_s);
    const QJsonObject pm25 = find(list, u"env.pm25"_s, u"long-hoa"_s);
    EXPECT_DOUBLE_EQ(pm25.value(u"value"_s).toDouble(), 27.4);
    EXPECT_EQ(pm25.value(u"unit"_s).toString(), u"µg/m³"_s); // unitCode GQ
    EXPECT_EQ(pm25.value(u"time"_s).toString(), u"2024-11-25T01:00:00Z"_s);
    EXPECT_EQ(find(list, u"env.aqi"_s, u"truong-hoa"_s).value(u"unit"_s).toString(), u"AQI"_s);
    EXPECT_TRUE(r.err.contains(u"8 quan trắc, 0 phản ánh"_s)) << r.err.toStdString();

    const CliRun kv = probeFile(u"ngsi/v2-source.json"_s, u"ngsi/v2-keyvalues.json"_s);
    ASSERT_EQ(kv.exitCode, 0) << kv.err.toStdString();
    const QList<QJsonObject> kvList = records(kv);
    EXPECT_FALSE(kvList.isEmpty());
    expectObservations(kvList, u"air-v2"_s);
    EXPECT_DOUBLE_EQ(find(kvList, u"env.pm25"_s, u"long-hoa"_s).value(u"value"_s).toDouble(), 27.4);
}

TEST(CliProbeFile, NgsiLdNormalizedKeyValuesAndTemporal)
{
    const CliRun r = probeFile(u"ngsi/ld-source.json"_s, u"ngsi/ld-normalized.json"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> list = records(r);
    ASSERT_EQ(list.size(), 6) << r.lines.join(u'\n').toStdString();
    expectObservations(list, u"water-ld"_s);
    const QJsonObject oxygen = find(list, u"water.do"_s, u"long-thanh-bac"_s);
    EXPECT_EQ(oxygen.value(u"time"_s).toString(), u"2024-11-25T00:30:00Z"_s);
    EXPECT_EQ(oxygen.value(u"unit"_s).toString(), u"mg/L"_s);

    const CliRun kv = probeFile(u"ngsi/ld-source.json"_s, u"ngsi/ld-keyvalues.json"_s);
    ASSERT_EQ(kv.exitCode, 0) << kv.err.toStdString();
    ASSERT_EQ(kv.lines.size(), 2);
    EXPECT_DOUBLE_EQ(
        find(records(kv), u"water.ph"_s, u"long-thanh-bac"_s).value(u"value"_s).toDouble(), 7.2);

    // Both temporal representations give the very same lines.
    const CliRun values =
        probeFile(u"ngsi/ld-temporal-source.json"_s, u"ngsi/ld-temporal-values.json"_s);
    const CliRun normalized =
        probeFile(u"ngsi/ld-temporal-source.json"_s, u"ngsi/ld-temporal-normalized.json"_s);
    ASSERT_EQ(values.exitCode, 0) << values.err.toStdString();
    ASSERT_EQ(normalized.exitCode, 0) << normalized.err.toStdString();
    ASSERT_EQ(values.lines.size(), 3);
    EXPECT_EQ(values.lines, normalized.lines);
    const QJsonObject last =
        find(records(values), u"env.noise"_s, u"long-hoa"_s, u"2024-11-25T02:00:00Z"_s);
    EXPECT_DOUBLE_EQ(last.value(u"value"_s).toDouble(), 71.5);
    EXPECT_EQ(last.value(u"unit"_s).toString(), u"dB"_s);
}

TEST(CliProbeFile, NgsiQuantumLeapSeries)
{
    const CliRun one =
        probeFile(u"ngsi/quantumleap-source.json"_s, u"ngsi/quantumleap-entity-attr.json"_s);
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    ASSERT_EQ(one.lines.size(), 3); // the null is a gap
    expectObservations(records(one), u"air-ql"_s);
    EXPECT_EQ(records(one).first().value(u"area"_s).toString(), u"long-hoa"_s);

    const CliRun type =
        probeFile(u"ngsi/quantumleap-source.json"_s, u"ngsi/quantumleap-type-attr.json"_s);
    ASSERT_EQ(type.exitCode, 0) << type.err.toStdString();
    ASSERT_EQ(type.lines.size(), 4);
    EXPECT_DOUBLE_EQ(find(records(type), u"env.pm25"_s, u"hiep-tan"_s).value(u"value"_s).toDouble(),
                     18.0);
}

TEST(CliProbeFile, Open311JsonAndXmlGiveTheSameReports)
{
    const CliRun json = probeFile(u"open311/source-json.json"_s, u"open311/requests.json"_s);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QList<QJsonObject> list = records(json);
    ASSERT_EQ(list.size(), 4);
    for (const QJsonObject &o : list) {
        EXPECT_EQ(o.value(u"kind"_s).toString(), u"report"_s);
        EXPECT_TRUE(o.value(u"id"_s).toString().startsWith(u"PA-"_s));
        EXPECT_TRUE(o.value(u"created"_s).toString().endsWith(u'Z'));
        EXPECT_EQ(o.value(u"source"_s).toString(), u"pa1022"_s);
    }
    EXPECT_EQ(list.at(0).value(u"id"_s).toString(), u"PA-20241120-001"_s);
    EXPECT_EQ(list.at(0).value(u"status"_s).toString(), u"overdue"_s);
    EXPECT_EQ(list.at(1).value(u"area"_s).toString(), u"hiep-tan"_s);
    EXPECT_EQ(list.at(3).value(u"category"_s).toString(), u"giao-thong"_s);
    EXPECT_TRUE(json.err.contains(u"0 quan trắc, 4 phản ánh"_s)) << json.err.toStdString();

    const CliRun xml = probeFile(u"open311/source-xml.json"_s, u"open311/requests.xml"_s);
    ASSERT_EQ(xml.exitCode, 0) << xml.err.toStdString();
    const QList<QJsonObject> xmlList = records(xml);
    ASSERT_EQ(xmlList.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        EXPECT_EQ(xmlList.at(i).value(u"id"_s), list.at(i).value(u"id"_s));
        EXPECT_EQ(xmlList.at(i).value(u"status"_s), list.at(i).value(u"status"_s));
    }
}

TEST(CliProbeFile, SensorThingsPageAndAClearNoForADataArray)
{
    const CliRun r = probeFile(u"sensorthings/source.json"_s, u"sensorthings/things-page1.json"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> list = records(r);
    ASSERT_EQ(list.size(), 5);
    expectObservations(list, u"sta"_s);
    // The page links to a next one, which a saved payload cannot follow: said on stderr.
    EXPECT_TRUE(r.err.contains(u"@iot.nextLink"_s)) << r.err.toStdString();

    const CliRun array =
        probeFile(u"sensorthings/source.json"_s, u"sensorthings/dataarray-21.json"_s);
    EXPECT_EQ(array.exitCode, 1);
    EXPECT_TRUE(array.lines.isEmpty());
    EXPECT_TRUE(array.err.contains(u"dataArray"_s)) << array.err.toStdString();
    EXPECT_TRUE(array.err.contains(u"/Things"_s)) << array.err.toStdString();
}

TEST(CliProbeFile, CsvFileAndCkanPage)
{
    const CliRun r = probeFile(u"csv/aqi-long-source.json"_s, u"csv/aqi-long.csv"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> list = records(r);
    ASSERT_EQ(list.size(), 4);
    expectObservations(list, u"aqi-csv"_s);
    const QJsonObject pm25 = find(list, u"env.pm25"_s, u"long-hoa"_s);
    EXPECT_EQ(pm25.value(u"time"_s).toString(), u"2024-11-25T01:00:00Z"_s); // 08:00 +07:00
    EXPECT_EQ(pm25.value(u"unit"_s).toString(), u"µg/m³"_s);

    const CliRun ckan = probeFile(u"csv/ckan-source.json"_s, u"csv/ckan-page1.json"_s);
    ASSERT_EQ(ckan.exitCode, 0) << ckan.err.toStdString();
    const QList<QJsonObject> page = records(ckan);
    ASSERT_EQ(page.size(), 2);
    expectObservations(page, u"opendata"_s);
    EXPECT_DOUBLE_EQ(find(page, u"env.pm10"_s, u"long-hoa"_s).value(u"value"_s).toDouble(), 41.5);
}

TEST(CliProbeFile, IocRestObservationsReportsAndCatalog)
{
    const CliRun r = probeFile(u"ioc-rest/source.json"_s, u"ioc-rest/observations.json"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString(); // no secret needed: nothing is sent
    EXPECT_EQ(
        r.lines,
        (QStringList{
            uR"({"kind":"observation","indicator":"dvc.received","area":"long-hoa","time":"2026-11-22T17:00:00Z","value":48,"unit":"hồ sơ","source":"town"})"_s,
            uR"({"kind":"observation","indicator":"dvc.received","area":"long-hoa","time":"2026-11-23T17:00:00Z","value":42,"unit":"hồ sơ","source":"town"})"_s,
            uR"({"kind":"observation","indicator":"dvc.received","area":"long-hoa","time":"2026-11-24T17:00:00Z","value":17,"unit":"hồ sơ","source":"town"})"_s}));

    const CliRun reports = probeFile(u"ioc-rest/source.json"_s, u"ioc-rest/reports.json"_s);
    ASSERT_EQ(reports.exitCode, 0) << reports.err.toStdString();
    ASSERT_EQ(reports.lines.size(), 1);
    const QJsonObject report = records(reports).first();
    EXPECT_EQ(report.value(u"kind"_s).toString(), u"report"_s);
    EXPECT_EQ(report.value(u"id"_s).toString(), u"PA-20261125-001"_s);
    EXPECT_EQ(report.value(u"status"_s).toString(), u"in_progress"_s);
    EXPECT_EQ(report.value(u"deadline"_s).toString(), u"2026-12-01T22:38:03Z"_s);
    EXPECT_DOUBLE_EQ(report.value(u"lat"_s).toDouble(), 11.283022);

    // A catalog has no records to print; stderr says what it held.
    const CliRun catalog = probeFile(u"ioc-rest/source.json"_s, u"ioc-rest/indicators.json"_s);
    EXPECT_EQ(catalog.exitCode, 0) << catalog.err.toStdString();
    EXPECT_TRUE(catalog.lines.isEmpty());
    EXPECT_TRUE(catalog.err.contains(u"1 chỉ tiêu trong danh mục"_s)) << catalog.err.toStdString();
}

TEST(CliProbeFile, MalformedPayloadsAreRefusedOnStderr)
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    struct Case {
        QString source;
        QString payload;
        QString expected; // in stderr
    };
    const QList<Case> cases = {
        {u"ngsi/v2-source.json"_s, write(u"ngsi.json"_s, R"([{"id": "x", "pm25": {"value": 1)"),
         u"JSON"_s},
        {u"ngsi/v2-source.json"_s, write(u"wrapped.json"_s, R"({"entities": []})"), u"entities"_s},
        {u"open311/source-xml.json"_s, write(u"requests.xml"_s, "<service_requests><request>"),
         u"XML"_s},
        {u"sensorthings/source.json"_s, write(u"things.json"_s, ""), u"rỗng"_s},
        {u"csv/aqi-long-source.json"_s, write(u"aqi.csv"_s, "a,b\n1,\"2"), u"dòng 2"_s},
        {u"ioc-rest/source.json"_s, write(u"obs.json"_s, R"({"indicator": "x", "data": [NaN]})"),
         u"NaN"_s},
        {u"json/stations-source.json"_s, write(u"stations.json"_s, "{\"result\": "), u"JSON"_s},
    };
    for (const Case &c : cases) {
        const CliRun r = test::runCli({u"probe"_s, fixture(c.source), u"--file"_s, c.payload});
        EXPECT_EQ(r.exitCode, 1) << c.source.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.lines.isEmpty()) << c.source.toStdString();
        // The message names the payload file and what was wrong.
        EXPECT_TRUE(r.err.contains(c.payload)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.expected))
            << c.source.toStdString() << ": " << r.err.toStdString();
    }

    // A payload file that is not there is a wrong command line.
    const CliRun missing = test::runCli({u"probe"_s, fixture(u"ngsi/v2-source.json"_s), u"--file"_s,
                                         dir.filePath(u"nowhere.json"_s)});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"nowhere.json"_s)) << missing.err.toStdString();
}

TEST(CliProbeFile, HelpSaysASavedPayloadIsOnePage)
{
    const CliRun r = test::runCli({u"probe"_s, u"--help"_s});
    EXPECT_EQ(r.exitCode, 0);
    const QString help = r.lines.join(u'\n');
    EXPECT_TRUE(help.contains(u"--file PAYLOAD"_s)) << help.toStdString();
    EXPECT_TRUE(help.contains(u"một trang"_s)) << help.toStdString();
}
