// Auth and TLS against local servers on 127.0.0.1: HTTP basic, OAuth2 client
// credentials (a token endpoint that counts what it issues, expiry, a 401 that
// one new token cures and one it does not), and HTTPS with a source's own CA.
#include "hub/hub.h"
#include "support/testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

// The smallest connector: one GET of /thing through request() and body(), as
// the json and standards connectors do.
class ThingConnector : public Connector {
public:
    using Connector::Connector;
    void poll(QNetworkAccessManager &network) override
    {
        QNetworkReply *reply = network.get(request(u"/thing"_s));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            QString error;
            if (!body(reply, &error))
                return Q_EMIT failed(error);
            RecordBatch batch;
            batch.source = config().id;
            Q_EMIT finished(batch);
        });
    }
};

// A resource at /thing behind basic auth or bearer tokens from /token.
struct AuthServer {
    QHttpServer http;
    quint16 port = 0;
    int issued = 0;
    int expiresInS = 3600;
    bool rejectAll = false;
    QSet<QByteArray> valid;
    QString lastScope;

    AuthServer()
    {
        http.route(u"/token"_s, [this](const QHttpServerRequest &r) {
            const QUrlQuery form(QString::fromUtf8(r.body()));
            const QByteArray expected =
                "Basic " + QByteArray("wall-client:oauth-s3cret").toBase64();
            if (r.value("Authorization") != expected ||
                form.queryItemValue(u"grant_type"_s) != u"client_credentials")
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"invalid_client"_s}},
                                           QHttpServerResponse::StatusCode::Unauthorized);
            lastScope = form.queryItemValue(u"scope"_s);
            const QByteArray token = "tok-" + QByteArray::number(++issued);
            valid.insert(token);
            return QHttpServerResponse(QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                                   {u"token_type"_s, u"Bearer"_s},
                                                   {u"expires_in"_s, expiresInS}});
        });
        http.route(u"/api/thing"_s, [this](const QHttpServerRequest &r) {
            const QByteArray auth = r.value("Authorization");
            const bool basicOk = auth == "Basic " + QByteArray("ioc-reader:basic-pw").toBase64();
            const bool bearerOk = auth.startsWith("Bearer ") && valid.contains(auth.mid(7));
            if (rejectAll || !(basicOk || bearerOk))
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"invalid_token"_s}},
                                           QHttpServerResponse::StatusCode::Unauthorized);
            return QHttpServerResponse(QJsonObject{{u"ok"_s, true}});
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path, const QString &scheme = u"http"_s) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(port);
        u.setPath(path);
        return u;
    }
};

SourceConfig source(const AuthServer &server, SourceConfig::AuthKind auth)
{
    SourceConfig s;
    s.id = u"guarded"_s;
    s.type = u"thing"_s;
    s.baseUrl = server.url(u"/api"_s);
    s.auth = auth;
    s.pollIntervalS = 600;
    s.timeoutS = 2;
    s.maxRequestS = 5;
    return s;
}

struct Polling {
    std::unique_ptr<Hub> hub;
    QList<SourceHealth> health;

    Polling(const SourceConfig &config, const SecretStore &secrets)
    {
        ConnectorRegistry registry;
        registry.add(u"thing"_s, [](const SourceConfig &c, const SecretStore &s) {
            return std::make_unique<ThingConnector>(c, s);
        });
        hub = std::make_unique<Hub>(QList<SourceConfig>{config}, secrets, registry);
        QObject::connect(hub.get(), &Hub::healthChanged, hub.get(),
                         [this](const SourceHealth &h) { health.append(h); });
        hub->start();
        test::waitUntil([&] { return !health.isEmpty(); }, 10000);
    }
    SourceHealth poll()
    {
        const qsizetype before = health.size();
        hub->pollNow(u"guarded"_s);
        if (!test::waitUntil([&] { return health.size() > before; }, 10000))
            return {};
        return health.last();
    }
    SourceHealth last() const { return health.isEmpty() ? SourceHealth{} : health.last(); }
};

} // namespace

TEST(Auth, BasicWithThePasswordFromTheEnvironment)
{
    AuthServer server;
    ASSERT_NE(server.port, 0);
    SourceConfig config = source(server, SourceConfig::AuthKind::Basic);
    config.username = u"ioc-reader"_s;
    config.secretName = u"basic-pw"_s;
    qputenv("IOCWALL_SECRET_BASIC_PW", "basic-pw");
    {
        Polling p(config, SecretStore{});
        EXPECT_TRUE(p.last().ok()) << p.last().lastError.toStdString();
    }
    qputenv("IOCWALL_SECRET_BASIC_PW", "wrong-pw");
    {
        Polling p(config, SecretStore{});
        EXPECT_FALSE(p.last().ok());
        EXPECT_TRUE(p.last().lastError.contains(u"HTTP 401"_s)) << p.last().lastError.toStdString();
        EXPECT_TRUE(p.last().lastError.contains(u"/api/thing"_s));
        EXPECT_FALSE(p.last().lastError.contains(u"wrong-pw"_s));
    }
    qunsetenv("IOCWALL_SECRET_BASIC_PW");
    {
        Polling p(config, SecretStore{});
        EXPECT_TRUE(p.last().lastError.contains(u"IOCWALL_SECRET_BASIC_PW"_s))
            << p.last().lastError.toStdString();
    }
}

TEST(Auth, OAuth2TokenFetchedCachedRefreshedOnExpiryAndOnceOn401)
{
    AuthServer server;
    SourceConfig config = source(server, SourceConfig::AuthKind::OAuth2ClientCredentials);
    config.tokenUrl = server.url(u"/token"_s);
    config.clientId = u"wall-client"_s;
    config.scope = u"ioc.read"_s;
    config.secretName = u"oauth-client"_s;
    SecretStore secrets;
    secrets.set(u"oauth-client"_s, u"oauth-s3cret"_s);

    Polling p(config, secrets);
    ASSERT_TRUE(p.last().ok()) << p.last().lastError.toStdString();
    EXPECT_EQ(server.issued, 1); // fetched before the first request
    EXPECT_EQ(server.lastScope, u"ioc.read"_s);
    EXPECT_TRUE(p.poll().ok());
    EXPECT_EQ(server.issued, 1); // cached

    // The server revokes its tokens: the 401 costs one new token, no error.
    server.valid.clear();
    EXPECT_TRUE(p.poll().ok()) << p.last().lastError.toStdString();
    EXPECT_EQ(server.issued, 2);

    // Short-lived tokens are fetched again once they are about to expire.
    server.expiresInS = 1;
    server.valid.clear();
    EXPECT_TRUE(p.poll().ok());
    EXPECT_EQ(server.issued, 3);
    QElapsedTimer clock;
    clock.start();
    test::waitUntil([&] { return clock.elapsed() > 1100; }, 3000); // let the token age
    EXPECT_TRUE(p.poll().ok());
    EXPECT_EQ(server.issued, 4);

    // A 401 that a new token does not cure: one refresh, then the error.
    server.expiresInS = 3600;
    EXPECT_TRUE(p.poll().ok());
    const int before = server.issued;
    server.rejectAll = true;
    const SourceHealth denied = p.poll();
    EXPECT_FALSE(denied.ok());
    EXPECT_TRUE(denied.lastError.contains(u"HTTP 401"_s)) << denied.lastError.toStdString();
    EXPECT_EQ(server.issued, before + 1);
    EXPECT_FALSE(denied.lastError.contains(u"tok-"_s));
    EXPECT_FALSE(denied.lastError.contains(u"oauth-s3cret"_s));
}

TEST(Auth, OAuth2TokenEndpointRefusal)
{
    AuthServer server;
    SourceConfig config = source(server, SourceConfig::AuthKind::OAuth2ClientCredentials);
    config.tokenUrl = server.url(u"/token"_s);
    config.clientId = u"wall-client"_s;
    config.secretName = u"oauth-client"_s;
    SecretStore secrets;
    secrets.set(u"oauth-client"_s, u"not-the-secret"_s);
    Polling p(config, secrets);
    const QString e = p.last().lastError;
    EXPECT_TRUE(e.contains(u"không lấy được mã truy cập OAuth2"_s)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"/token"_s) && e.contains(u"HTTP 401"_s) &&
                e.contains(u"invalid_client"_s))
        << e.toStdString();
    EXPECT_FALSE(e.contains(u"not-the-secret"_s));
    EXPECT_EQ(server.issued, 0);
}

TEST(Tls, ExtraCaBundleLetsAPollThroughAndItsAbsenceIsAClearError)
{
    const QString dir = test::sourceDir() + u"/tests/fixtures/tls/"_s;
    QFile certFile(dir + u"server.pem"_s), keyFile(dir + u"server.key"_s);
    ASSERT_TRUE(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    ASSERT_FALSE(cert.isNull());
    ASSERT_FALSE(key.isNull());

    QHttpServer https;
    https.sslSetup(cert, key);
    https.route(u"/api/thing"_s, [] { return QHttpServerResponse(QJsonObject{{u"ok"_s, true}}); });
    const quint16 port = https.listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);

    SourceConfig config;
    config.id = u"guarded"_s;
    config.type = u"thing"_s;
    config.baseUrl = QUrl(u"https://127.0.0.1:%1/api"_s.arg(port));
    config.timeoutS = 2;
    {
        Polling p(config, SecretStore{});
        const QString e = p.last().lastError;
        EXPECT_FALSE(p.last().ok());
        EXPECT_TRUE(e.contains(u"không xác minh được chứng chỉ TLS"_s)) << e.toStdString();
        EXPECT_TRUE(e.contains(u"ca_bundle"_s));
    }
    config.caBundle = dir + u"ca.pem"_s;
    {
        Polling p(config, SecretStore{});
        EXPECT_TRUE(p.last().ok()) << p.last().lastError.toStdString();
    }
}
