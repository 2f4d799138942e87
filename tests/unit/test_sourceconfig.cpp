#include "hub/hub.h"
#include "hub/secretstore.h"
#include "hub/sourceconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {
QString write(QTemporaryDir &dir, const char *json)
{
    const QString path = dir.filePath(u"source.json"_s);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(json);
    return path;
}
} // namespace

TEST(SourceConfig, ReadsAndSubstitutesTheSimulatorUrl)
{
    QTemporaryDir dir;
    const QString path = write(
        dir, R"({"version":1,"id":"town","type":"ioc-rest","base_url":"{simulator}/town/api/v1",
        "auth":{"type":"bearer","secret":"town-token"},"poll_interval_s":30})");
    ConfigIssues issues(path);
    const auto s = readSourceConfig(path, issues, {{u"simulator"_s, u"http://127.0.0.1:9999"_s}});
    ASSERT_TRUE(s) << issues.summary().toStdString();
    EXPECT_EQ(s->baseUrl, QUrl(u"http://127.0.0.1:9999/town/api/v1"_s));
    EXPECT_EQ(s->auth, SourceConfig::AuthKind::Bearer);
    EXPECT_EQ(s->secretName, u"town-token"_s);
    EXPECT_EQ(s->pollIntervalS, 30);
}

TEST(SourceConfig, RefusesSecretsInTheFileAndBadUrls)
{
    QTemporaryDir dir;
    const QString path =
        write(dir, R"({"version":1,"id":"x","type":"ioc-rest","base_url":"ftp://host",
        "auth":{"type":"bearer","secret":"s","token":"abc"}})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readSourceConfig(path, issues));
    const QString e = issues.summary();
    EXPECT_TRUE(e.contains(u"/base_url: cần một địa chỉ http:// hoặc https://"_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/auth/token: không ghi bí mật vào tệp cấu hình"_s)) << e.toStdString();
}

TEST(SourceConfig, RefusesEverySecretField)
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"id":"x","type":"json","base_url":"https://h",
        "auth":{"type":"oauth2","secret":"s","token_url":"https://h/token","client_id":"c",
                "client_secret":"abc","password":"p","access_token":"t"}})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readSourceConfig(path, issues));
    const QString e = issues.summary();
    for (const char *field : {"client_secret", "password", "access_token"})
        EXPECT_TRUE(e.contains(u"/auth/"_s + QLatin1StringView(field) + u": không ghi bí mật"_s))
            << field << ": " << e.toStdString();
    EXPECT_FALSE(e.contains(u"abc"_s)) << "a message must not repeat the secret";
}

TEST(SourceConfig, ReadsBasicAndOAuth2)
{
    QTemporaryDir dir;
    QString path = write(dir, R"({"version":1,"id":"b","type":"json","base_url":"https://h/api",
        "auth":{"type":"basic","username":"ioc-reader","secret":"b-pass"}})");
    ConfigIssues issues(path);
    auto s = readSourceConfig(path, issues);
    ASSERT_TRUE(s) << issues.summary().toStdString();
    EXPECT_EQ(s->auth, SourceConfig::AuthKind::Basic);
    EXPECT_EQ(s->username, u"ioc-reader"_s);
    EXPECT_EQ(s->secretName, u"b-pass"_s);

    path = write(dir, R"({"version":1,"id":"o","type":"json","base_url":"https://h/api",
        "auth":{"type":"oauth2","secret":"o-secret","token_url":"https://h/oauth/token",
                "client_id":"wall","scope":"read","client_auth":"body"},
        "timeout_s":5,"max_request_s":30,"max_response_mb":10})");
    ConfigIssues issues2(path);
    s = readSourceConfig(path, issues2);
    ASSERT_TRUE(s) << issues2.summary().toStdString();
    EXPECT_EQ(s->auth, SourceConfig::AuthKind::OAuth2ClientCredentials);
    EXPECT_EQ(s->tokenUrl, QUrl(u"https://h/oauth/token"_s));
    EXPECT_EQ(s->clientId, u"wall"_s);
    EXPECT_EQ(s->scope, u"read"_s);
    EXPECT_TRUE(s->clientAuthInBody);
    EXPECT_EQ(s->maxRequestS, 30);
    EXPECT_EQ(s->maxResponseMb, 10);

    path = write(dir, R"({"version":1,"id":"o","type":"json","base_url":"https://h/api",
        "auth":{"type":"oauth2","secret":"o-secret","token_url":"token"}})");
    ConfigIssues issues3(path);
    EXPECT_FALSE(readSourceConfig(path, issues3));
    EXPECT_TRUE(issues3.summary().contains(u"/auth/token_url: cần một địa chỉ http://"_s));
    EXPECT_TRUE(issues3.summary().contains(u"/auth/client_id: thiếu trường bắt buộc"_s))
        << issues3.summary().toStdString();
}

TEST(SourceConfig, TlsVerificationCannotBeTurnedOff)
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({"version":1,"id":"x","type":"json","base_url":"https://h",
        "tls":{"verify":false,"insecure":true,"ca_bundle":"missing.pem"}})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readSourceConfig(path, issues));
    const QString e = issues.summary();
    EXPECT_TRUE(e.contains(u"/tls/verify: không thể tắt kiểm tra chứng chỉ TLS"_s))
        << e.toStdString();
    EXPECT_TRUE(e.contains(u"/tls/insecure: không thể tắt kiểm tra chứng chỉ TLS"_s));
    EXPECT_TRUE(e.contains(u"/tls/ca_bundle: không có tệp CA"_s));
}

TEST(SourceConfig, CaBundleIsRelativeToTheFileAndMustHoldCertificates)
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"not-a-cert.pem"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("hello\n");
    bad.close();
    const QString path = write(dir, R"({"version":1,"id":"x","type":"json","base_url":"https://h",
        "tls":{"ca_bundle":"not-a-cert.pem"}})");
    ConfigIssues issues(path);
    EXPECT_FALSE(readSourceConfig(path, issues));
    EXPECT_TRUE(issues.summary().contains(u"không chứa chứng chỉ PEM nào"_s))
        << issues.summary().toStdString();
}

TEST(SecretStore, KeychainLookupFailsFastWithoutAKeychainService)
{
    // This machine (and CI) has no keychain daemon: the lookup must come back
    // within its deadline, find nothing, and leave the environment as fallback.
    SecretStore secrets;
    qputenv("IOCWALL_SECRET_KC_PROBE", "from-env");
    QElapsedTimer clock;
    clock.start();
    const int found = secrets.loadFromKeychain({u"kc-probe"_s}, 1500);
    EXPECT_LT(clock.elapsed(), 3000);
    if (found == 0) { // a developer's desktop may have a keychain, but not this entry
        EXPECT_EQ(secrets.value(u"kc-probe"_s), u"from-env"_s);
    }
    qunsetenv("IOCWALL_SECRET_KC_PROBE");
    std::printf("[          ] keychain lookup answered in %lld ms (found %d)\n",
                qint64(clock.elapsed()), found);
}

TEST(SecretStore, InProcessThenEnvironment)
{
    SecretStore secrets;
    EXPECT_FALSE(secrets.value(u"province-token"_s));
    qputenv("IOCWALL_SECRET_PROVINCE_TOKEN", "from-env");
    EXPECT_EQ(secrets.value(u"province-token"_s), u"from-env"_s);
    secrets.set(u"province-token"_s, u"set"_s);
    EXPECT_EQ(secrets.value(u"province-token"_s), u"set"_s);
    qunsetenv("IOCWALL_SECRET_PROVINCE_TOKEN");
}

TEST(Hub, RetryDelayBacksOffUpToTheInterval)
{
    EXPECT_GE(Hub::retryDelayMs(60, 1, 1), 2000);
    EXPECT_LE(Hub::retryDelayMs(60, 1, 1), 2400);
    EXPECT_GE(Hub::retryDelayMs(60, 3, 1), 8000);
    EXPECT_LE(Hub::retryDelayMs(60, 10, 1), 72000); // never beyond the interval plus 20%
    EXPECT_GE(Hub::retryDelayMs(60, 10, 1), 60000);
}
