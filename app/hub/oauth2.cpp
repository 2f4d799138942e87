#include "oauth2.h"

#include "hub/connector.h"
#include "hub/guardednetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

OAuth2Client::OAuth2Client(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

bool OAuth2Client::hasValidToken() const
{
    return !m_token.isEmpty() &&
           (!m_refreshAfter.isValid() || QDateTime::currentDateTimeUtc() < m_refreshAfter);
}

QByteArray OAuth2Client::authorizationHeader() const
{
    return m_token.isEmpty() ? QByteArray() : "Bearer " + m_token;
}

void OAuth2Client::invalidate()
{
    m_token.clear();
    m_refreshAfter = {};
}

QList<QByteArray> OAuth2Client::secrets() const
{
    return {m_token, m_settings.clientSecret.toUtf8()};
}

void OAuth2Client::fetch(QNetworkAccessManager &network)
{
    if (m_inFlight)
        return; // the answer under way serves this caller too
    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_settings.timeoutS * 1000);
    request.setAttribute(GuardedNetwork::kDeadlineMs, m_settings.timeoutS * 2000);
    request.setAttribute(GuardedNetwork::kMaxBytes, 1 << 20);
    // A token endpoint that redirects is refused: the secret would follow it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_settings.ssl)
        request.setSslConfiguration(*m_settings.ssl);
    QUrlQuery form;
    const auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"grant_type"_s, u"client_credentials"_s);
    if (!m_settings.scope.isEmpty())
        add(u"scope"_s, m_settings.scope);
    if (m_settings.clientAuthInBody) {
        add(u"client_id"_s, m_settings.clientId);
        add(u"client_secret"_s, m_settings.clientSecret);
    } else {
        const QByteArray pair = QUrl::toPercentEncoding(m_settings.clientId) + ':' +
                                QUrl::toPercentEncoding(m_settings.clientSecret);
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void OAuth2Client::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const QString path = m_settings.tokenUrl.path();
    QString error;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        Q_EMIT failed(Connector::tr("nguồn %1: máy chủ cấp mã OAuth2 ở %2 chuyển hướng (HTTP "
                                    "%3); cần địa chỉ token_url trực tiếp")
                          .arg(m_settings.sourceId, path)
                          .arg(status));
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (status >= 400 || reply->error() != QNetworkReply::NoError) {
        const QString why = status >= 400 ? u"HTTP %1"_s.arg(status) : reply->errorString();
        const QString detail = Connector::excerpt(bytes, secrets());
        Q_EMIT failed(Connector::tr("nguồn %1: không lấy được mã truy cập OAuth2 từ %2: %3%4")
                          .arg(m_settings.sourceId, path, why,
                               detail.isEmpty() ? QString() : u" (%1)"_s.arg(detail)));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QString token = o.value(u"access_token"_s).toString();
    const QString type = o.value(u"token_type"_s).toString(u"bearer"_s);
    if (token.isEmpty() || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
        Q_EMIT failed(Connector::tr("nguồn %1: phản hồi của máy chủ cấp mã OAuth2 (%2) không có "
                                    "access_token kiểu Bearer")
                          .arg(m_settings.sourceId, path));
        return;
    }
    m_token = token.toUtf8();
    m_refreshAfter = {};
    const QJsonValue expires = o.value(u"expires_in"_s); // some servers send it as a string
    if (const double expiresS =
            expires.isString() ? expires.toString().toDouble() : expires.toDouble(-1);
        expiresS > 0) {
        const qint64 lifeMs = qint64(expiresS * 1000);
        const qint64 marginMs = std::min<qint64>(30000, lifeMs / 5);
        m_refreshAfter = QDateTime::currentDateTimeUtc().addMSecs(lifeMs - marginMs);
    }
    Q_EMIT ready();
}

} // namespace iocwall
