#include "sourceconfig.h"

#include "util/jsonfields.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace iocwall {

const QStringList &forbiddenSecretFields()
{
    static const QStringList fields{u"token"_s,         u"password"_s,     u"passwd"_s,
                                    u"client_secret"_s, u"access_token"_s, u"refresh_token"_s,
                                    u"api_key"_s,       u"apikey"_s,       u"secret_value"_s};
    return fields;
}

const QStringList &forbiddenTlsFields()
{
    static const QStringList fields{u"verify"_s,           u"insecure"_s,          u"verify_peer"_s,
                                    u"ignore_errors"_s,    u"ignore_ssl_errors"_s, u"skip_verify"_s,
                                    u"allow_self_signed"_s};
    return fields;
}

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && QStringList{u"http"_s, u"https"_s}.contains(url.scheme()) &&
           !url.host().isEmpty();
}

void readAuth(FieldReader &root, SourceConfig &s)
{
    ConfigIssues &issues = root.issues();
    const QJsonObject authJson = root.object(u"auth"_s, Need::Optional);
    FieldReader auth(authJson, u"/auth"_s, issues);
    const QString kind = auth.string(u"type"_s, Need::Optional, u"none"_s);
    static const QHash<QString, SourceConfig::AuthKind> kinds{
        {u"none"_s, SourceConfig::AuthKind::None},
        {u"bearer"_s, SourceConfig::AuthKind::Bearer},
        {u"api_key"_s, SourceConfig::AuthKind::ApiKeyHeader},
        {u"basic"_s, SourceConfig::AuthKind::Basic},
        {u"oauth2"_s, SourceConfig::AuthKind::OAuth2ClientCredentials}};
    if (const auto it = kinds.constFind(kind); it != kinds.cend())
        s.auth = *it;
    else
        issues.add(u"/auth/type"_s,
                   FieldReader::tr("cần none, api_key, bearer, basic hoặc oauth2, nhưng có \"%1\"")
                       .arg(kind));
    for (const QString &field : forbiddenSecretFields())
        if (authJson.contains(field))
            issues.add(u"/auth/"_s + field,
                       FieldReader::tr("không ghi bí mật vào tệp cấu hình; dùng \"secret\" để đặt "
                                       "tên bí mật (lưu trong kho khóa hoặc biến môi trường)"));
    if (s.auth != SourceConfig::AuthKind::None)
        s.secretName = auth.string(u"secret"_s);
    s.apiKeyHeader = auth.string(u"header"_s, Need::Optional, s.apiKeyHeader);
    if (s.auth == SourceConfig::AuthKind::Basic)
        s.username = auth.string(u"username"_s);
    if (s.auth == SourceConfig::AuthKind::OAuth2ClientCredentials) {
        const QString tokenUrl = auth.string(u"token_url"_s);
        s.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
        if (!tokenUrl.isEmpty() && !isHttpUrl(s.tokenUrl))
            issues.add(
                u"/auth/token_url"_s,
                FieldReader::tr("cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có \"%1\"")
                    .arg(tokenUrl));
        s.clientId = auth.string(u"client_id"_s);
        s.scope = auth.string(u"scope"_s, Need::Optional);
        const QString clientAuth = auth.string(u"client_auth"_s, Need::Optional, u"basic"_s);
        if (clientAuth != u"basic" && clientAuth != u"body")
            issues.add(u"/auth/client_auth"_s,
                       FieldReader::tr("cần basic hoặc body, nhưng có \"%1\"").arg(clientAuth));
        s.clientAuthInBody = clientAuth == u"body";
    }
}

void readTls(FieldReader &root, SourceConfig &s)
{
    ConfigIssues &issues = root.issues();
    const QJsonObject tlsJson = root.object(u"tls"_s, Need::Optional);
    FieldReader tls(tlsJson, u"/tls"_s, issues);
    for (auto it = tlsJson.begin(); it != tlsJson.end(); ++it) {
        if (forbiddenTlsFields().contains(it.key()))
            issues.add(u"/tls/"_s + it.key(),
                       FieldReader::tr("không thể tắt kiểm tra chứng chỉ TLS; nếu máy chủ dùng CA "
                                       "riêng (PKI của tỉnh), khai báo tệp CA bằng \"ca_bundle\""));
        else if (it.key() != u"ca_bundle")
            issues.add(u"/tls/"_s + it.key(),
                       FieldReader::tr("trường không được hỗ trợ; chỉ có \"ca_bundle\""));
    }
    const QString bundle = tls.string(u"ca_bundle"_s, Need::Optional);
    if (bundle.isEmpty())
        return;
    const QString path = QFileInfo(s.fileName).dir().absoluteFilePath(bundle);
    if (!QFileInfo(path).isFile()) {
        issues.add(u"/tls/ca_bundle"_s,
                   FieldReader::tr("không có tệp CA \"%1\"").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
        issues.add(u"/tls/ca_bundle"_s, FieldReader::tr("tệp \"%1\" không chứa chứng chỉ PEM nào")
                                            .arg(QDir::toNativeSeparators(path)));
        return;
    }
    s.caBundle = path;
}

} // namespace

std::optional<SourceConfig> readSourceConfig(const QString &fileName, ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    return readSourceObject(doc->object(), fileName, issues, substitutions);
}

std::optional<SourceConfig> readSourceObject(const QJsonObject &object, const QString &fileName,
                                             ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions)
{
    const qsizetype before = issues.errors().size();
    FieldReader root(object, {}, issues);
    SourceConfig s;
    s.fileName = fileName;
    root.integer(u"version"_s, Need::Required, 1, 1, 1);
    s.id = root.string(u"id"_s);
    s.name = root.string(u"name"_s, Need::Optional, s.id);
    s.type = root.string(u"type"_s);
    QString url = root.string(u"base_url"_s);
    for (auto it = substitutions.begin(); it != substitutions.end(); ++it)
        url.replace(u'{' + it.key() + u'}', it.value());
    s.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !isHttpUrl(s.baseUrl))
        issues.add(root.pathOf(u"base_url"_s),
                   FieldReader::tr("cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có \"%1\"")
                       .arg(url));
    s.pollIntervalS = root.integer(u"poll_interval_s"_s, Need::Optional, s.pollIntervalS, 5, 86400);
    s.timeoutS = root.integer(u"timeout_s"_s, Need::Optional, s.timeoutS, 1, 600);
    s.maxRequestS = root.integer(u"max_request_s"_s, Need::Optional, s.maxRequestS, 1, 3600);
    s.maxResponseMb = root.integer(u"max_response_mb"_s, Need::Optional, s.maxResponseMb, 1, 2048);
    readAuth(root, s);
    readTls(root, s);
    s.settings = root.object(u"settings"_s, Need::Optional);
    if (issues.errors().size() != before)
        return std::nullopt;
    return s;
}

} // namespace iocwall
