#include "sourceconfig.h"

#include "util/jsonfields.h"

using namespace Qt::StringLiterals;

namespace iocwall {

std::optional<SourceConfig> readSourceConfig(const QString &fileName, ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    const qsizetype before = issues.errors().size();
    FieldReader root(doc->object(), {}, issues);
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
    if (!url.isEmpty() &&
        (!s.baseUrl.isValid() || !QStringList{u"http"_s, u"https"_s}.contains(s.baseUrl.scheme())))
        issues.add(root.pathOf(u"base_url"_s),
                   FieldReader::tr("cần một địa chỉ http:// hoặc https:// hợp lệ, nhưng có \"%1\"")
                       .arg(url));
    s.pollIntervalS = root.integer(u"poll_interval_s"_s, Need::Optional, s.pollIntervalS, 5, 86400);
    s.timeoutS = root.integer(u"timeout_s"_s, Need::Optional, s.timeoutS, 1, 600);
    const QJsonObject authJson = root.object(u"auth"_s, Need::Optional);
    FieldReader auth(authJson, u"/auth"_s, issues);
    const QString kind = auth.string(u"type"_s, Need::Optional, u"none"_s);
    if (kind == u"bearer")
        s.auth = SourceConfig::AuthKind::Bearer;
    else if (kind == u"api_key")
        s.auth = SourceConfig::AuthKind::ApiKeyHeader;
    else if (kind != u"none")
        issues.add(u"/auth/type"_s,
                   FieldReader::tr("cần none, bearer hoặc api_key, nhưng có \"%1\"").arg(kind));
    if (s.auth != SourceConfig::AuthKind::None) {
        s.secretName = auth.string(u"secret"_s);
        if (authJson.contains(u"token"_s) || authJson.contains(u"password"_s))
            issues.add(u"/auth"_s,
                       FieldReader::tr(
                           "không ghi bí mật vào tệp cấu hình; dùng \"secret\" để đặt tên bí mật"));
    }
    s.apiKeyHeader = auth.string(u"header"_s, Need::Optional, s.apiKeyHeader);
    s.settings = root.object(u"settings"_s, Need::Optional);
    if (issues.errors().size() != before)
        return std::nullopt;
    return s;
}

} // namespace iocwall
