#pragma once

#include "util/configerror.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace iocwall {

// One data source as a technician describes it in sources/<id>.json. Secrets
// are never in the file: `auth.secret` names one, looked up in the SecretStore.
//
//   "auth": {"type": "none" | "api_key" | "bearer" | "basic" | "oauth2", "secret": NAME,
//            "header": "X-API-Key"            (api_key)
//            "username": "..."               (basic; the password is the secret)
//            "token_url": "https://...",     (oauth2 client credentials; the client
//            "client_id": "...",              secret is the secret)
//            "scope": "...", "client_auth": "basic" | "body"}
//   "tls": {"ca_bundle": "ca.pem"}  extra CAs (PEM), relative to the file's folder;
//                                    verification itself can never be turned off
//   "timeout_s": 15                  no byte for this long ends a request
//   "max_request_s": 120             a whole request (drip-feeding servers)
//   "max_response_mb": 200           a larger body is refused, never parsed
struct SourceConfig {
    enum class AuthKind { None, Bearer, ApiKeyHeader, Basic, OAuth2ClientCredentials };
    QString id;
    QString name;
    QString type; // connector type id, e.g. "ioc-rest"
    QUrl baseUrl;
    AuthKind auth = AuthKind::None;
    QString secretName;
    QString apiKeyHeader = QStringLiteral("X-API-Key");
    int pollIntervalS = 60;
    int timeoutS = 15;
    QJsonObject settings; // type-specific
    QString fileName;     // where it came from, for messages

    // Additions for basic / OAuth2, TLS and the request guards.
    QString username;              // basic
    QUrl tokenUrl;                 // oauth2
    QString clientId;              // oauth2
    QString scope;                 // oauth2, may be empty
    bool clientAuthInBody = false; // oauth2: client id/secret as form fields, not basic auth
    QString caBundle;              // absolute path of an extra CA bundle (PEM), or empty
    int maxRequestS = 120;
    int maxResponseMb = 200;
};

// Reads one source file. `substitutions` replaces {name} placeholders in the
// base URL (the demo points its sources at the built-in simulator this way).
std::optional<SourceConfig> readSourceConfig(const QString &fileName, ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions = {});

// The same for a source described by a JSON object read from `fileName` (an
// embedded source, e.g. the "source" of cameras.json); paths are the object's own.
std::optional<SourceConfig> readSourceObject(const QJsonObject &object, const QString &fileName,
                                             ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions = {});

// The fields of "auth" and "tls" that would put a secret in the file or turn TLS
// verification off: the reader refuses them with a message saying what to do.
const QStringList &forbiddenSecretFields();
const QStringList &forbiddenTlsFields();

} // namespace iocwall
