#include "hub/hub.h"
#include "hub/secretstore.h"
#include "hub/sourceconfig.h"

#include <QFile>
#include <QTemporaryDir>

#include "support/testutil.h"

#include <gtest/gtest.h>

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
    EXPECT_TRUE(e.contains(u"/auth: không ghi bí mật vào tệp cấu hình"_s)) << e.toStdString();
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
