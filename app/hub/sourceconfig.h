#pragma once

#include "util/configerror.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace iocwall {

// One data source as a technician describes it in sources/<id>.json. Secrets
// are never in the file: `auth.secret` names one, looked up in the SecretStore.
struct SourceConfig {
    enum class AuthKind { None, Bearer, ApiKeyHeader };
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
};

// Reads one source file. `substitutions` replaces {name} placeholders in the
// base URL (the demo points its sources at the built-in simulator this way).
std::optional<SourceConfig> readSourceConfig(const QString &fileName, ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions = {});

} // namespace iocwall
