#include "connector.h"


#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

Connector::Connector(SourceConfig config, const SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.auth != SourceConfig::AuthKind::None)
        m_secret = secrets.value(m_config.secretName);
}

QString Connector::authProblem() const
{
    if (m_config.auth == SourceConfig::AuthKind::None || m_secret)
        return {};
    return Connector::tr("chưa có bí mật \"%1\" cho nguồn %2 (đặt biến môi trường %3)")
        .arg(m_config.secretName, m_config.id, SecretStore::environmentName(m_config.secretName));
}

QNetworkRequest Connector::request(const QString &path,
                                   const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);
    QNetworkRequest r(url);
    r.setTransferTimeout(m_config.timeoutS * 1000);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setMaximumRedirectsAllowed(5);
    r.setRawHeader("Accept", "application/json");
    if (m_secret) {
        if (m_config.auth == SourceConfig::AuthKind::Bearer)
            r.setRawHeader("Authorization", "Bearer " + m_secret->toUtf8());
        else if (m_config.auth == SourceConfig::AuthKind::ApiKeyHeader)
            r.setRawHeader(m_config.apiKeyHeader.toLatin1(), m_secret->toUtf8());
    }
    return r;
}

std::optional<QByteArray> Connector::body(QNetworkReply *reply, QString *error)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->url().path();
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        *error = Connector::tr("hết thời gian chờ khi gọi %1").arg(where);
        return std::nullopt;
    }
    if (status == 401 || status == 403) {
        *error =
            Connector::tr("máy chủ từ chối quyền truy cập (HTTP %1) ở %2: kiểm tra mã truy cập")
                .arg(status)
                .arg(where);
        return std::nullopt;
    }
    if (status >= 400) {
        *error = Connector::tr("máy chủ trả lỗi HTTP %1 ở %2").arg(status).arg(where);
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError) {
        *error = Connector::tr("không kết nối được tới %1: %2")
                     .arg(reply->url().host(), reply->errorString());
        return std::nullopt;
    }
    return reply->readAll();
}

std::unique_ptr<Connector> ConnectorRegistry::create(const SourceConfig &config,
                                                     const SecretStore &secrets) const
{
    const auto it = m_factories.find(config.type);
    if (it == m_factories.end())
        return nullptr;
    return it->second(config, secrets);
}

QStringList ConnectorRegistry::types() const
{
    QStringList out;
    for (const auto &[type, factory] : m_factories)
        out.append(type);
    return out;
}

} // namespace iocwall
