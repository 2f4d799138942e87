#include "sim/simserver.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using iocwall::SimModel;
using iocwall::SimServer;

namespace {

const QString kProvince = u"/province/api/v1"_s;
const QString kTown = u"/town/api/v1"_s;

struct Reply {
    int status = 0;
    QByteArray contentType;
    QJsonObject body;
};

class SimServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        SimServer::Options options;
        options.fixedNow = now;
        options.provinceToken = u"p-secret"_s;
        options.townToken = u"t-secret"_s;
        server = std::make_unique<SimServer>(options);
        QString error;
        ASSERT_TRUE(server->start(&error)) << qPrintable(error);
        network.setProxy(QNetworkProxy::NoProxy); // a developer's http_proxy must not see these
    }

    // GET path?query with the given bearer token (none when empty).
    Reply get(const QString &path, const QString &query = {}, const QString &token = {})
    {
        QUrl url = server->baseUrl();
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        EXPECT_TRUE(iocwall::test::waitUntil([&] { return reply->isFinished(); }));
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.body = QJsonDocument::fromJson(reply->readAll()).object();
        return out;
    }
    Reply town(const QString &path, const QString &query = {})
    {
        return get(kTown + path, query, u"t-secret"_s);
    }
    Reply province(const QString &path, const QString &query = {})
    {
        return get(kProvince + path, query, u"p-secret"_s);
    }

    static QStringList codesOf(const QJsonArray &items)
    {
        QStringList out;
        for (const QJsonValue &v : items)
            out.append(v.toObject().value(u"code"_s).toString());
        return out;
    }

    const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 37, 12), SimModel::zone());
    std::unique_ptr<SimServer> server;
    QNetworkAccessManager network;
};

} // namespace

TEST_F(SimServerTest, ListensOnAFreeLocalPortAndAnswersHealthWithoutAToken)
{
    EXPECT_NE(server->port(), 0);
    EXPECT_EQ(server->baseUrl().host(), u"127.0.0.1"_s);
    const Reply health = get(u"/health"_s);
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.contentType, "application/json");
    EXPECT_EQ(health.body.value(u"status"_s).toString(), u"ok"_s);
    EXPECT_EQ(health.body.value(u"now"_s).toString(), u"2026-11-25T10:37:12+07:00"_s);
    server->setFixedNow(now.toUTC().addSecs(3600));
    EXPECT_EQ(get(u"/health"_s).body.value(u"now"_s).toString(), u"2026-11-25T11:37:12+07:00"_s);
}

TEST_F(SimServerTest, RefusesAMissingWrongOrOtherApisToken)
{
    for (const auto &[path, token] :
         {std::pair{kTown, QString()}, std::pair{kTown, u"nope"_s}, std::pair{kTown, u"p-secret"_s},
          std::pair{kProvince, u"t-secret"_s}}) {
        const Reply r = get(path + u"/indicators"_s, {}, token);
        EXPECT_EQ(r.status, 401) << qPrintable(path + u' ' + token);
        EXPECT_EQ(r.body.value(u"error"_s).toString(), u"unauthorized"_s);
        EXPECT_FALSE(r.body.value(u"message"_s).toString().isEmpty());
    }
    EXPECT_EQ(get(kTown + u"/reports"_s, {}, u"p-secret"_s).status, 401);
    EXPECT_EQ(get(kProvince + u"/observations"_s, u"indicator=env.aqi"_s).status, 401);
}

TEST_F(SimServerTest, ServesEachApisOwnIndicatorsAndTheAreas)
{
    const Reply t = town(u"/indicators"_s);
    ASSERT_EQ(t.status, 200);
    EXPECT_EQ(codesOf(t.body.value(u"data"_s).toArray()),
              server->model().indicatorCodes(u"town"_s));
    EXPECT_EQ(codesOf(t.body.value(u"data"_s).toArray()).size(), 8);
    const QJsonObject first = t.body.value(u"data"_s).toArray().at(0).toObject();
    EXPECT_FALSE(first.contains(u"api"_s));
    for (const QString &field : {u"name"_s, u"name_en"_s, u"unit"_s, u"period"_s, u"aggregation"_s})
        EXPECT_TRUE(first.contains(field)) << qPrintable(field);

    const Reply p = province(u"/indicators"_s);
    EXPECT_EQ(codesOf(p.body.value(u"data"_s).toArray()),
              (QStringList{u"env.aqi"_s, u"env.pm25"_s, u"ns.revenue"_s, u"ns.revenue_rate"_s,
                           u"dtc.disbursement_rate"_s, u"env.pm10"_s, u"env.noise"_s,
                           u"env.rainfall"_s, u"env.wqi"_s, u"ns.spending"_s, u"ns.spending_rate"_s,
                           u"dtc.disbursed"_s, u"dn.new_businesses"_s}));

    const QJsonArray areas = province(u"/areas"_s).body.value(u"data"_s).toArray();
    ASSERT_EQ(areas.size(), 9);
    EXPECT_EQ(areas.at(0).toObject().value(u"code"_s).toString(), u"hoa-thanh"_s);
    EXPECT_EQ(areas.at(1).toObject().value(u"name"_s).toString(), u"Phường Long Hoa"_s);
    EXPECT_EQ(areas.at(1).toObject().value(u"parent"_s).toString(), u"hoa-thanh"_s);
    EXPECT_EQ(town(u"/areas"_s).body.value(u"data"_s).toArray(), areas);
}

TEST_F(SimServerTest, ObservationsAreTheModelsSeries)
{
    const QDateTime from = now.addDays(-6);
    const Reply r =
        town(u"/observations"_s,
             u"indicator=dvc.received&area=long-hoa&from=2026-11-19T10:37:12%2B07:00"_s);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.value(u"indicator"_s).toString(), u"dvc.received"_s);
    EXPECT_EQ(r.body.value(u"unit"_s).toString(), u"hồ sơ"_s);
    const QJsonArray data = r.body.value(u"data"_s).toArray();
    const auto series = server->model().series(u"dvc.received"_s, u"long-hoa"_s, from, now, now);
    ASSERT_EQ(data.size(), series.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data.at(i).toObject();
        EXPECT_EQ(o.value(u"area"_s).toString(), u"long-hoa"_s);
        EXPECT_EQ(o.value(u"time"_s).toString(), SimModel::formatTime(series[i].time));
        EXPECT_EQ(o.value(u"value"_s).toDouble(), series[i].value);
    }
    EXPECT_EQ(data.at(0).toObject().value(u"time"_s).toString(), u"2026-11-19T00:00:00+07:00"_s);
}

TEST_F(SimServerTest, ObservationsOfEveryAreaComeByAreaThenTime)
{
    // No zone: local time. A literal '+' would do as well; '+' decoded to a space, too.
    const Reply r =
        province(u"/observations"_s,
                 u"indicator=env.pm25&from=2026-11-25T00:00:00&to=2026-11-25T05:59:00"_s);
    ASSERT_EQ(r.status, 200);
    const QJsonArray data = r.body.value(u"data"_s).toArray();
    const QStringList areas = server->model().unitCodes();
    ASSERT_EQ(data.size(), areas.size() * 6);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data.at(i).toObject();
        EXPECT_EQ(o.value(u"area"_s).toString(), areas[i / 6]);
        EXPECT_EQ(o.value(u"time"_s).toString(),
                  u"2026-11-25T%1:00:00+07:00"_s.arg(i % 6, 2, 10, QChar(u'0')));
    }
    const Reply town = province(u"/observations"_s, u"indicator=ns.revenue"_s);
    const QJsonArray revenue = town.body.value(u"data"_s).toArray();
    EXPECT_EQ(revenue.size(), 31); // the last 30 days and today
    EXPECT_EQ(revenue.at(0).toObject().value(u"area"_s).toString(), u"hoa-thanh"_s);
    EXPECT_EQ(province(u"/observations"_s, u"indicator=ns.revenue&area=long-hoa"_s)
                  .body.value(u"data"_s)
                  .toArray()
                  .size(),
              0);
}

TEST_F(SimServerTest, BadParametersGive400NamingTheParameter)
{
    const QList<std::pair<QString, QString>> cases = {
        {u"from=yesterday"_s, u"from"_s},
        {u"to=2026-02-30T00:00:00"_s, u"to"_s},
        {u"from=2026-11-25&to=2026-11-20"_s, u"from"_s},
        {u"from=2025-01-01&to=2026-11-25"_s, u"from"_s},
    };
    for (const auto &[query, parameter] : cases) {
        const Reply r = town(u"/observations"_s, u"indicator=dvc.overdue&"_s + query);
        EXPECT_EQ(r.status, 400) << qPrintable(query);
        EXPECT_EQ(r.body.value(u"error"_s).toString(), u"bad_request"_s);
        EXPECT_EQ(r.body.value(u"parameter"_s).toString(), parameter) << qPrintable(query);
    }
    EXPECT_EQ(town(u"/observations"_s).body.value(u"parameter"_s).toString(), u"indicator"_s);
    EXPECT_EQ(town(u"/reports"_s, u"status=lost"_s).body.value(u"parameter"_s).toString(),
              u"status"_s);
}

TEST_F(SimServerTest, UnknownThingsGive404)
{
    const QList<Reply> replies = {
        town(u"/observations"_s, u"indicator=no.such"_s),
        town(u"/observations"_s, u"indicator=env.aqi"_s), // the province's, not the town's
        town(u"/observations"_s, u"indicator=dvc.received&area=atlantis"_s),
        province(u"/reports"_s),
        get(u"/town/api/v2/indicators"_s, {}, u"t-secret"_s),
        get(u"/"_s),
    };
    for (const Reply &r : replies) {
        EXPECT_EQ(r.status, 404);
        EXPECT_EQ(r.body.value(u"error"_s).toString(), u"not_found"_s);
    }
}

TEST_F(SimServerTest, ReportsAreTheModelsAndFilterByStatus)
{
    const Reply all = town(u"/reports"_s, u"from=2026-11-18"_s);
    ASSERT_EQ(all.status, 200);
    const QJsonArray data = all.body.value(u"data"_s).toArray();
    const auto reports = server->model().reports(*SimModel::parseTime(u"2026-11-18"_s), now);
    ASSERT_EQ(data.size(), reports.size());
    ASSERT_GT(data.size(), 50);
    const QJsonObject first = data.at(0).toObject();
    EXPECT_EQ(first.value(u"id"_s).toString(), reports[0].id);
    EXPECT_EQ(first.value(u"created"_s).toString(), SimModel::formatTime(reports[0].created));
    EXPECT_EQ(first.value(u"category_name"_s).toString(), reports[0].categoryName);
    EXPECT_EQ(first.value(u"lat"_s).toDouble(), reports[0].lat);
    for (const QString &field : {u"title"_s, u"status"_s, u"area"_s, u"updated"_s, u"deadline"_s,
                                 u"address"_s, u"lon"_s, u"agency"_s})
        EXPECT_TRUE(first.contains(field)) << qPrintable(field);

    const QJsonArray open = town(u"/reports"_s, u"from=2026-11-18&status=in_progress"_s)
                                .body.value(u"data"_s)
                                .toArray();
    EXPECT_GT(open.size(), 0);
    EXPECT_LT(open.size(), data.size());
    for (const QJsonValue &v : open)
        EXPECT_EQ(v.toObject().value(u"status"_s).toString(), u"in_progress"_s);

    const QJsonArray early =
        town(u"/reports"_s, u"from=2026-11-18&to=2026-11-19"_s).body.value(u"data"_s).toArray();
    for (const QJsonValue &v : early)
        EXPECT_LE(v.toObject().value(u"created"_s).toString(), u"2026-11-19T00:00:00+07:00"_s);
}

TEST_F(SimServerTest, OnlyGetIsAllowed)
{
    QNetworkRequest request(server->baseUrl().resolved(QUrl(u"/town/api/v1/indicators"_s)));
    request.setRawHeader("Authorization", "Bearer t-secret");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray("{}")));
    ASSERT_TRUE(iocwall::test::waitUntil([&] { return reply->isFinished(); }));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
}
