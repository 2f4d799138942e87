// The json connector over real HTTP on 127.0.0.1: the simulator described by
// configs alone (data/demo/sources-json) must give what the built-in ioc-rest
// connector gives, and a small server of our own serves paged answers.
#include "hub/connectors/jsonconnector.h"
#include "hub/guardednetwork.h"
#include "hub/iocapiconnector.h"
#include "sim/simserver.h"
#include "support/testutil.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    std::optional<RecordBatch> batch;
    QString error;
    QStringList warnings;
};

// One poll of `connector`, waited for.
Outcome pollOnce(Connector &connector)
{
    GuardedNetwork network;
    network.setProxy(QNetworkProxy::NoProxy); // a developer's http_proxy must not see these
    Outcome out;
    bool done = false;
    QObject::connect(&connector, &Connector::finished, &connector, [&](const RecordBatch &b) {
        out.batch = b;
        done = true;
    });
    QObject::connect(&connector, &Connector::failed, &connector, [&](const QString &e) {
        out.error = e;
        done = true;
    });
    if (auto *json = qobject_cast<JsonConnector *>(&connector))
        QObject::connect(json, &JsonConnector::warning, json,
                         [&](const QString &w) { out.warnings.append(w); });
    connector.start(network);
    EXPECT_TRUE(test::waitUntil([&] { return done; }, 60000));
    test::waitUntil([] { return false; }, 50); // let a warning() after finished() arrive
    return out;
}

SecretStore demoSecrets()
{
    SecretStore s;
    s.set(u"demo-province-token"_s, u"demo-province-token"_s);
    s.set(u"demo-town-token"_s, u"demo-town-token"_s);
    return s;
}

SourceConfig readSource(const QString &file, const QString &simulator)
{
    ConfigIssues issues(file);
    const auto config = readSourceConfig(file, issues, {{u"simulator"_s, simulator}});
    EXPECT_TRUE(config.has_value()) << issues.summary().toStdString();
    return config.value_or(SourceConfig{});
}

template <typename T> QList<T> sorted(QList<T> items, const std::function<QString(const T &)> &key)
{
    std::sort(items.begin(), items.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return items;
}

QString observationKey(const Observation &o)
{
    return o.indicator + u'|' + o.area + u'|' + o.time.toString(Qt::ISODate);
}

} // namespace

TEST(JsonConnector, SimulatorByConfigAloneMatchesTheIocRestConnector)
{
    // The simulator's clock is frozen so both connectors see the same values.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    SimServer::Options options;
    options.fixedNow =
        QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
    SimServer sim(options);
    QString error;
    ASSERT_TRUE(sim.start(&error)) << error.toStdString();
    const QString simUrl = sim.baseUrl().toString(QUrl::StripTrailingSlash);
    // Both ask for 35 days; compare the last 30 so the window's edge cannot differ.
    const QDateTime since = *options.fixedNow - std::chrono::hours(24 * 30);
    const QStringList indicators = {u"env.aqi"_s,      u"env.pm25"_s,        u"ns.revenue"_s,
                                    u"dvc.received"_s, u"dvc.ontime_rate"_s, u"pakn.overdue"_s};

    for (const QString &id : {u"province"_s, u"town"_s}) {
        const QString demo = test::sourceDir() + u"/data/demo/"_s;
        IocApiConnector rest(readSource(demo + u"sources/"_s + id + u".json"_s, simUrl),
                             demoSecrets());
        JsonConnector json(readSource(demo + u"sources-json/"_s + id + u".json"_s, simUrl),
                           demoSecrets());
        ASSERT_EQ(json.config().type, u"json"_s);
        const Outcome a = pollOnce(rest);
        const Outcome b = pollOnce(json);
        ASSERT_TRUE(a.batch) << a.error.toStdString();
        ASSERT_TRUE(b.batch) << b.error.toStdString();
        EXPECT_TRUE(b.warnings.isEmpty()) << b.warnings.join(u'\n').toStdString();
        EXPECT_EQ(b.batch->source, id);

        auto pick = [&](const QList<Observation> &all) {
            QList<Observation> out;
            for (const Observation &o : all)
                if (indicators.contains(o.indicator) && o.time >= since)
                    out.append(o);
            return sorted<Observation>(out, observationKey);
        };
        const QList<Observation> expected = pick(a.batch->observations);
        const QList<Observation> got = pick(b.batch->observations);
        EXPECT_GT(expected.size(), 100) << id.toStdString();
        ASSERT_EQ(got.size(), expected.size()) << id.toStdString();
        for (qsizetype i = 0; i < got.size(); ++i)
            ASSERT_EQ(got.at(i), expected.at(i)) << observationKey(got.at(i)).toStdString();
        for (const QString &indicator : indicators)
            EXPECT_EQ(a.batch->polledIndicators.contains(indicator),
                      b.batch->polledIndicators.contains(indicator))
                << indicator.toStdString();

        auto recent = [&](const QList<Report> &all) {
            QList<Report> out;
            for (const Report &r : all)
                if (r.created >= since)
                    out.append(r);
            return sorted<Report>(out, [](const Report &r) { return r.id; });
        };
        const QList<Report> expectedReports = recent(a.batch->reports);
        EXPECT_EQ(recent(b.batch->reports), expectedReports);
        if (id == u"town") {
            EXPECT_GT(expectedReports.size(), 10);
        }
    }
}

TEST(JsonConnector, WrongTokenFailsThePoll)
{
    SimServer sim{SimServer::Options{}};
    ASSERT_TRUE(sim.start());
    SecretStore secrets;
    secrets.set(u"demo-town-token"_s, u"wrong"_s);
    JsonConnector json(readSource(test::sourceDir() + u"/data/demo/sources-json/town.json"_s,
                                  sim.baseUrl().toString(QUrl::StripTrailingSlash)),
                       secrets);
    const Outcome o = pollOnce(json);
    EXPECT_FALSE(o.batch);
    EXPECT_TRUE(o.error.contains(u"401"_s)) << o.error.toStdString();
}

namespace {

// Seven items served in pages of three in four paging styles, plus a few
// misbehaving endpoints. Runs in the test's thread.
class PagedServer {
public:
    static constexpr int kItems = 7;

    bool start()
    {
        auto items = [](qsizetype from, qsizetype count) {
            QJsonArray out;
            for (qsizetype i = from; i < std::min<qsizetype>(from + count, kItems); ++i)
                out.append(QJsonObject{{u"n"_s, double(i)},
                                       {u"t"_s, u"2026-11-25T0%1:00:00Z"_s.arg(i)},
                                       {u"v"_s, u"%1,5"_s.arg(i)}});
            return out;
        };
        auto reply = [this](const QJsonObject &body) {
            ++requests;
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        auto arg = [](const QHttpServerRequest &r, const char *name) {
            return QUrlQuery(r.url()).queryItemValue(QString::fromLatin1(name));
        };
        http.route(u"/page"_s, [=](const QHttpServerRequest &r) {
            const int page = arg(r, "page").toInt(), size = arg(r, "per_page").toInt();
            return reply({{u"items"_s, items((page - 1) * size, size)}});
        });
        http.route(u"/offset"_s, [=](const QHttpServerRequest &r) {
            return reply({{u"items"_s, items(arg(r, "offset").toInt(), arg(r, "limit").toInt())}});
        });
        http.route(u"/cursor"_s, [=](const QHttpServerRequest &r) {
            const int at = arg(r, "after").isEmpty() ? 0 : arg(r, "after").mid(1).toInt();
            QJsonObject body{{u"items"_s, items(at, 3)}};
            body.insert(u"meta"_s,
                        QJsonObject{{u"next"_s, at + 3 < kItems ? QJsonValue(u"c%1"_s.arg(at + 3))
                                                                : QJsonValue()}});
            return reply(body);
        });
        http.route(u"/link"_s, [=](const QHttpServerRequest &r) {
            const int at = arg(r, "start").toInt();
            QJsonObject body{{u"items"_s, items(at, 3)}};
            if (at + 3 < kItems)
                body.insert(u"links"_s, QJsonObject{{u"next"_s, u"link?start=%1"_s.arg(at + 3)}});
            return reply(body);
        });
        http.route(u"/loop"_s, [=] {
            return reply({{u"items"_s, items(0, 1)}, {u"next"_s, u"again"_s}});
        });
        http.route(u"/foreign"_s, [=] {
            return reply({{u"items"_s, items(0, 1)}, {u"next"_s, u"http://192.0.2.1/steal"_s}});
        });
        http.route(u"/wrapped"_s, [=] {
            return reply({{u"items"_s, QJsonObject{{u"list"_s, items(0, 3)}}}});
        });
        http.route(u"/mixed"_s, [=] {
            QJsonArray list = items(0, 3);
            list.append(QJsonObject{{u"t"_s, u"không phải giờ"_s}, {u"v"_s, 1}});
            return reply({{u"items"_s, list}});
        });
        auto *tcp = new QTcpServer(&http);
        if (!tcp->listen(QHostAddress::LocalHost, 0))
            return false;
        http.bind(tcp);
        port = tcp->serverPort();
        return true;
    }

    SourceConfig source(const QString &path, const QJsonObject &paging) const
    {
        SourceConfig s;
        s.id = u"paged"_s;
        s.type = u"json"_s;
        s.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        s.timeoutS = 10;
        QJsonObject request{{u"path"_s, path},
                            {u"observations"_s, QJsonObject{{u"records"_s, u"/items/*"_s},
                                                            {u"indicator"_s, u"x.{n}"_s},
                                                            {u"area"_s, u"a"_s},
                                                            {u"time"_s, u"{t}"_s},
                                                            {u"value"_s, u"{v}"_s}}}};
        if (!paging.isEmpty())
            request.insert(u"paging"_s, paging);
        s.settings = QJsonObject{{u"requests"_s, QJsonArray{request}}};
        return s;
    }

    QHttpServer http;
    quint16 port = 0;
    int requests = 0;
};

QStringList indicatorsOf(const RecordBatch &batch)
{
    QStringList out;
    for (const Observation &o : batch.observations)
        out.append(o.indicator);
    return out;
}

const QStringList kAllSeven = {u"x.0"_s, u"x.1"_s, u"x.2"_s, u"x.3"_s,
                               u"x.4"_s, u"x.5"_s, u"x.6"_s};

} // namespace

TEST(JsonConnectorPaging, EveryStyleReadsAllPages)
{
    PagedServer server;
    ASSERT_TRUE(server.start());
    const QList<std::pair<QString, QJsonObject>> styles = {
        {u"/page"_s,
         QJsonObject{{u"type"_s, u"page"_s}, {u"size_param"_s, u"per_page"_s}, {u"size"_s, 3}}},
        {u"/offset"_s,
         QJsonObject{{u"type"_s, u"offset"_s}, {u"size_param"_s, u"limit"_s}, {u"size"_s, 3}}},
        {u"/cursor"_s, QJsonObject{{u"type"_s, u"cursor"_s},
                                   {u"param"_s, u"after"_s},
                                   {u"next"_s, u"/meta/next"_s}}},
        {u"/link"_s, QJsonObject{{u"type"_s, u"next_link"_s}, {u"next"_s, u"/links/next"_s}}},
    };
    for (const auto &[path, paging] : styles) {
        server.requests = 0;
        JsonConnector json(server.source(path, paging), SecretStore{});
        const Outcome o = pollOnce(json);
        ASSERT_TRUE(o.batch) << path.toStdString() << ": " << o.error.toStdString();
        EXPECT_EQ(indicatorsOf(*o.batch), kAllSeven) << path.toStdString();
        EXPECT_EQ(server.requests, 3) << path.toStdString();
        EXPECT_EQ(o.batch->observations.at(6).value, 6.5);
        EXPECT_TRUE(o.warnings.isEmpty()) << o.warnings.join(u'\n').toStdString();
    }
}

TEST(JsonConnectorPaging, HardPageLimitAndLoopsEndWithAWarning)
{
    PagedServer server;
    ASSERT_TRUE(server.start());
    JsonConnector limited(server.source(u"/page"_s, QJsonObject{{u"type"_s, u"page"_s},
                                                                {u"size_param"_s, u"per_page"_s},
                                                                {u"size"_s, 3},
                                                                {u"max_pages"_s, 2}}),
                          SecretStore{});
    const Outcome a = pollOnce(limited);
    ASSERT_TRUE(a.batch) << a.error.toStdString();
    EXPECT_EQ(a.batch->observations.size(), 6);
    ASSERT_EQ(a.warnings.size(), 1);
    EXPECT_TRUE(a.warnings.first().contains(u"max_pages"_s)) << a.warnings.first().toStdString();

    server.requests = 0;
    JsonConnector loop(
        server.source(u"/loop"_s, QJsonObject{{u"type"_s, u"cursor"_s}, {u"next"_s, u"/next"_s}}),
        SecretStore{});
    const Outcome b = pollOnce(loop);
    ASSERT_TRUE(b.batch) << b.error.toStdString();
    EXPECT_EQ(server.requests, 2); // the first page, then the repeated cursor once
    EXPECT_EQ(b.warnings.size(), 1);
}

TEST(JsonConnectorPaging, ANextLinkToAnotherHostFailsWithoutFollowingIt)
{
    PagedServer server;
    ASSERT_TRUE(server.start());
    JsonConnector json(server.source(u"/foreign"_s, QJsonObject{{u"type"_s, u"next_link"_s},
                                                                {u"next"_s, u"/next"_s}}),
                       SecretStore{});
    const Outcome o = pollOnce(json);
    EXPECT_FALSE(o.batch);
    EXPECT_TRUE(o.error.contains(u"127.0.0.1"_s)) << o.error.toStdString();
    EXPECT_EQ(server.requests, 1);
}

TEST(JsonConnectorPayloads, PartialSuccessWarnsWrongShapeFails)
{
    PagedServer server;
    ASSERT_TRUE(server.start());
    JsonConnector mixed(server.source(u"/mixed"_s, {}), SecretStore{});
    const Outcome a = pollOnce(mixed);
    ASSERT_TRUE(a.batch) << a.error.toStdString();
    EXPECT_EQ(a.batch->observations.size(), 3);
    ASSERT_EQ(a.warnings.size(), 1);
    EXPECT_TRUE(a.warnings.first().contains(u"/items/3"_s)) << a.warnings.first().toStdString();
    EXPECT_TRUE(a.warnings.first().contains(u"1/4"_s)) << a.warnings.first().toStdString();

    JsonConnector wrapped(server.source(u"/wrapped"_s, {}), SecretStore{});
    const Outcome b = pollOnce(wrapped);
    EXPECT_FALSE(b.batch);
    EXPECT_TRUE(b.error.contains(u"/items"_s) && b.error.contains(u"list"_s))
        << b.error.toStdString();

    JsonConnector missing(server.source(u"/nothing-here"_s, {}), SecretStore{});
    const Outcome c = pollOnce(missing);
    EXPECT_FALSE(c.batch);
    EXPECT_TRUE(c.error.contains(u"404"_s)) << c.error.toStdString();
}

TEST(JsonConnectorConfig, ABadMappingFailsEveryPollNamingTheField)
{
    SourceConfig s;
    s.id = u"bad"_s;
    s.type = u"json"_s;
    s.fileName = u"sources/bad.json"_s;
    s.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    s.settings = QJsonObject{{u"requests"_s, QJsonArray{QJsonObject{{u"path"_s, u"/x"_s}}}}};
    JsonConnector json(s, SecretStore{});
    EXPECT_FALSE(json.plan());
    const Outcome o = pollOnce(json);
    EXPECT_FALSE(o.batch);
    EXPECT_TRUE(o.error.contains(u"sources/bad.json: /settings/requests/0"_s))
        << o.error.toStdString();
}
