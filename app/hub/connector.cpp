#include "connector.h"

#include "hub/guardednetwork.h"
#include "hub/oauth2.h"
#include "hub/tls.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

constexpr qsizetype kExcerptChars = 160;

// The connector that made a request: set by request(), read back by the static
// body() so that it can name the source and keep the validators.
Connector *origin(const QNetworkReply *reply)
{
    return qobject_cast<Connector *>(reply->request().originatingObject());
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

Connector::Connector(SourceConfig config, const SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ssl(sslConfigurationFor(m_config))
{
    if (m_config.auth != SourceConfig::AuthKind::None)
        m_secret = secrets.value(m_config.secretName);
    if (m_config.auth == SourceConfig::AuthKind::OAuth2ClientCredentials && m_secret) {
        m_oauth =
            new OAuth2Client({m_config.id, m_config.tokenUrl, m_config.clientId, *m_secret,
                              m_config.scope, m_config.clientAuthInBody, m_config.timeoutS, m_ssl},
                             this);
        connect(m_oauth, &OAuth2Client::ready, this, [this] {
            if (m_network)
                poll(*m_network);
            else
                Q_EMIT failed(Connector::tr("nguồn %1: mất kết nối mạng nội bộ của bộ thu thập")
                                  .arg(m_config.id));
        });
        connect(m_oauth, &OAuth2Client::failed, this, &Connector::failed);
    }
}

Connector::~Connector() = default;

QString Connector::authProblem() const
{
    if (m_config.auth == SourceConfig::AuthKind::None || m_secret)
        return {};
    return Connector::tr("chưa có bí mật \"%1\" cho nguồn %2 (lưu trong kho khóa của hệ thống, "
                         "dịch vụ \"iocwall\", hoặc đặt biến môi trường %3)")
        .arg(m_config.secretName, m_config.id, SecretStore::environmentName(m_config.secretName));
}

QString Connector::where(const QString &path) const
{
    return Connector::tr("nguồn %1, %2").arg(m_config.id, path);
}

PayloadMapping Connector::mapPayload(const QByteArray &, const PayloadHint &) const
{
    return PayloadMapping::unusable(
        Connector::tr("loại nguồn \"%1\" chưa đọc được dữ liệu lưu sẵn").arg(m_config.type), true);
}

RecordBatch Connector::newBatch() const
{
    RecordBatch batch;
    batch.source = m_config.id;
    batch.fetchedAt = QDateTime::currentDateTimeUtc();
    return batch;
}

void Connector::start(QNetworkAccessManager &network)
{
    m_retried = false;
    begin(network);
}

bool Connector::retryWithNewToken(QNetworkAccessManager &network)
{
    if (!m_oauth || !m_sawUnauthorized || m_retried)
        return false;
    m_retried = true;
    m_oauth->invalidate();
    begin(network);
    return true;
}

void Connector::begin(QNetworkAccessManager &network)
{
    m_sawUnauthorized = false;
    m_network = &network;
    if (const QString problem = authProblem(); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return;
    }
    if (m_oauth && !m_oauth->hasValidToken()) {
        m_oauth->fetch(network); // ready() polls
        return;
    }
    poll(network);
}

void Connector::setAuthorization(QNetworkRequest &r) const
{
    if (!m_secret)
        return;
    switch (m_config.auth) {
    case SourceConfig::AuthKind::None:
        break;
    case SourceConfig::AuthKind::Bearer:
        r.setRawHeader("Authorization", "Bearer " + m_secret->toUtf8());
        break;
    case SourceConfig::AuthKind::ApiKeyHeader:
        r.setRawHeader(m_config.apiKeyHeader.toLatin1(), m_secret->toUtf8());
        break;
    case SourceConfig::AuthKind::Basic:
        r.setRawHeader("Authorization",
                       "Basic " +
                           (m_config.username.toUtf8() + ':' + m_secret->toUtf8()).toBase64());
        break;
    case SourceConfig::AuthKind::OAuth2ClientCredentials:
        if (m_oauth && !m_oauth->authorizationHeader().isEmpty())
            r.setRawHeader("Authorization", m_oauth->authorizationHeader());
        break;
    }
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
    return requestForUrl(url);
}

QNetworkRequest Connector::requestForUrl(const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setOriginatingObject(const_cast<Connector *>(this));
    r.setTransferTimeout(m_config.timeoutS * 1000);
    r.setAttribute(GuardedNetwork::kDeadlineMs, m_config.maxRequestS * 1000);
    r.setAttribute(GuardedNetwork::kMaxBytes, qint64(m_config.maxResponseMb) * 1024 * 1024);
    // Redirects stay on the same origin or go to a safer one; a loop ends
    // after five hops with TooManyRedirectsError.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setMaximumRedirectsAllowed(5);
    r.setRawHeader("Accept", "application/json");
    if (m_ssl)
        r.setSslConfiguration(*m_ssl);
    if (sameOrigin(url, m_config.baseUrl))
        setAuthorization(r);
    if (m_conditional) {
        const auto it = m_validators.constFind(url.toString(QUrl::FullyEncoded));
        if (it != m_validators.cend()) {
            if (!it->etag.isEmpty())
                r.setRawHeader("If-None-Match", it->etag);
            if (!it->lastModified.isEmpty())
                r.setRawHeader("If-Modified-Since", it->lastModified);
        }
    }
    return r;
}

bool Connector::notModified(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 304;
}

void Connector::remember(const QNetworkReply *reply)
{
    if (!m_conditional)
        return;
    Validators v{reply->rawHeader("ETag"), reply->rawHeader("Last-Modified")};
    const QString key = reply->request().url().toString(QUrl::FullyEncoded);
    if (v.etag.isEmpty() && v.lastModified.isEmpty())
        m_validators.remove(key);
    else
        m_validators.insert(key, v);
}

QList<QByteArray> Connector::secretsToRedact() const
{
    QList<QByteArray> out;
    if (m_secret)
        out.append(m_secret->toUtf8());
    if (m_oauth)
        out.append(m_oauth->secrets());
    return out;
}

QString Connector::excerpt(const QByteArray &body, const QList<QByteArray> &redact)
{
    QByteArray head = body.left(4096);
    for (const QByteArray &secret : redact)
        if (secret.size() >= 4)
            head.replace(secret, "***");
    QString text;
    const QJsonObject o = QJsonDocument::fromJson(head).object();
    for (const QString &key : {u"message"_s, u"error_description"_s, u"error"_s, u"detail"_s}) {
        if (o.value(key).isString()) {
            text = o.value(key).toString();
            break;
        }
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(head);
        static const QRegularExpression markup(u"<(script|style)[^>]*>.*?</\\1>|<[^>]*>"_s,
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::DotMatchesEverythingOption);
        if (text.trimmed().startsWith(u'<'))
            text.replace(markup, u" "_s);
    }
    text = text.simplified();
    if (text.size() > kExcerptChars)
        text = text.left(kExcerptChars) + u'…';
    return text;
}

std::optional<QByteArray> Connector::body(QNetworkReply *reply, QString *error)
{
    Connector *self = origin(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = reply->request().url().path(); // never the query: it may hold a key
    const QString at = self ? self->where(path) : path;
    const SourceConfig *config = self ? &self->m_config : nullptr;
    const auto detail = [&](const QByteArray &bytes) {
        const QString text = excerpt(bytes, self ? self->secretsToRedact() : QList<QByteArray>{});
        return text.isEmpty() ? QString() : u": «%1»"_s.arg(text);
    };
    switch (GuardedNetwork::abortReason(reply)) {
    case GuardedNetwork::AbortReason::TooLarge:
        *error = Connector::tr("%1: phản hồi lớn hơn giới hạn %2 MB (max_response_mb), không đọc")
                     .arg(at)
                     .arg(config ? config->maxResponseMb : 0);
        return std::nullopt;
    case GuardedNetwork::AbortReason::Deadline:
        *error = Connector::tr("%1: máy chủ trả lời quá chậm, chưa xong sau %2 giây "
                               "(max_request_s)")
                     .arg(at)
                     .arg(config ? config->maxRequestS : 0);
        return std::nullopt;
    case GuardedNetwork::AbortReason::None:
        break;
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        *error = Connector::tr("%1: hết thời gian chờ (%2 giây không nhận được dữ liệu)")
                     .arg(at)
                     .arg(config ? config->timeoutS : 0);
        return std::nullopt;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        *error = Connector::tr("%1: máy chủ chuyển hướng vòng quanh hoặc sang địa chỉ kém an toàn "
                               "hơn (%2)")
                     .arg(at, reply->errorString());
        return std::nullopt;
    case QNetworkReply::SslHandshakeFailedError:
        *error =
            Connector::tr("%1: không xác minh được chứng chỉ TLS của %2 (%3); nếu máy chủ dùng "
                          "CA riêng, khai báo tệp CA ở \"tls\": {\"ca_bundle\": ...}")
                .arg(at, reply->url().host(), reply->errorString());
        return std::nullopt;
    default:
        break;
    }
    if (status == 401 || status == 403) {
        if (self && status == 401)
            self->m_sawUnauthorized = true;
        *error = Connector::tr("%1: máy chủ từ chối quyền truy cập (HTTP %2): kiểm tra mã truy "
                               "cập hoặc tài khoản%3")
                     .arg(at)
                     .arg(status)
                     .arg(detail(reply->readAll()));
        return std::nullopt;
    }
    if (status >= 400) {
        *error = Connector::tr("%1: máy chủ trả lỗi HTTP %2%3")
                     .arg(at)
                     .arg(status)
                     .arg(detail(reply->readAll()));
        return std::nullopt;
    }
    if (status >= 300 && status != 304) {
        *error = Connector::tr("%1: máy chủ chuyển hướng (HTTP %2) mà không cho địa chỉ dùng được")
                     .arg(at)
                     .arg(status);
        return std::nullopt;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        *error = Connector::tr("%1: không kết nối được tới %2: %3")
                     .arg(at, reply->url().host(), reply->errorString());
        return std::nullopt;
    default:
        *error = Connector::tr("%1: lỗi mạng khi nhận dữ liệu: %2").arg(at, reply->errorString());
        return std::nullopt;
    }
    if (self)
        self->remember(reply);
    if (status == 304)
        return QByteArray();
    QByteArray bytes = reply->readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 BOM: JSON parsers refuse it
        bytes.remove(0, 3);
    return bytes;
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
