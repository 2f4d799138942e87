#pragma once

#include "hub/secretstore.h"
#include "hub/sourceconfig.h"
#include "model/recordbatch.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace iocwall {

class OAuth2Client;

// What one saved answer of a source's API maps to (iocwall-cli probe --file).
// A value type.
struct PayloadMapping {
    std::optional<RecordBatch> batch; // nullopt: not usable, see `error`
    QString error;                    // plain words: what was wrong and where
    // The source's settings (or the hint) are wrong, not the payload: the
    // technician fixes the source file.
    bool settingsProblem = false;
    QStringList warnings; // records left out: the count and the first problems

    static PayloadMapping unusable(const QString &error, bool settings = false)
    {
        PayloadMapping m;
        m.error = error;
        m.settingsProblem = settings;
        return m;
    }
};

// Which answer a saved payload is, for sources that send more than one kind
// of request.
struct PayloadHint {
    int request = 0; // json: the index in settings.requests
};

// Turns one external API into normalized records. Threading: created, polled
// and destroyed in the hub's thread; payloads are parsed there, never on the
// GUI thread.
//
// A subclass implements poll() with request() and body(); the base adds what
// every source needs: auth (API key, bearer, basic, OAuth2 client credentials
// with the token fetched before poll() runs), TLS with the source's extra CAs,
// timeouts and size limits (enforced by GuardedNetwork), a stripped UTF-8 BOM,
// plain-words errors naming the source and the URL path, and, for subclasses
// that opt in, conditional requests (ETag / Last-Modified).
class Connector : public QObject {
    Q_OBJECT
public:
    Connector(SourceConfig config, const SecretStore &secrets, QObject *parent = nullptr);
    ~Connector() override;

    const SourceConfig &config() const { return m_config; }

    // Starts one poll; exactly one of finished() or failed() follows.
    virtual void poll(QNetworkAccessManager &network) = 0;

    // Maps one saved answer of this source's API the way a poll maps it, with
    // no network at all: the same records, the same rules for skipped records.
    // Where a poll walks several requests (pages, next links, $expand, a
    // catalog first), the payload is one answer of one of them; which one is
    // said per type in docs/connectors.md. Threading: any thread; reads only
    // the settings. The default says the type cannot; every built-in type can.
    virtual PayloadMapping mapPayload(const QByteArray &payload, const PayloadHint &hint) const;

    // The hub's way in: fetches an OAuth2 token first when one is needed, then
    // poll(). Exactly one of finished() or failed() follows.
    void start(QNetworkAccessManager &network);
    // Called after failed(): when the failure was a 401 that a new OAuth2 token
    // may cure and this poll has not retried yet, starts again with a fresh
    // token and returns true (finished()/failed() follows); else false.
    bool retryWithNewToken(QNetworkAccessManager &network);

    // A short, secret-free excerpt of an error body for a message: the
    // "message"/"error" of a JSON body, or the text of an HTML page.
    static QString excerpt(const QByteArray &body, const QList<QByteArray> &redact = {});

Q_SIGNALS:
    void finished(const iocwall::RecordBatch &batch);
    void failed(const QString &error);

protected:
    // A request to baseUrl + path with the source's auth, TLS, timeout and
    // limits set (and conditional headers, when turned on).
    QNetworkRequest request(const QString &path,
                            const QList<std::pair<QString, QString>> &query = {}) const;
    // The same for an absolute URL (a next-page link). Credentials are only
    // attached when the URL is on the base URL's scheme, host and port.
    QNetworkRequest requestForUrl(const QUrl &url) const;
    // The reply's body when it succeeded (a UTF-8 BOM removed), else nullopt
    // and a plain-words error naming the source, the path and the cause. A 304
    // (conditional requests only) is a success with an empty body: see
    // notModified().
    static std::optional<QByteArray> body(QNetworkReply *reply, QString *error);
    // Missing secret: a config error worth saying before any request is sent.
    QString authProblem() const;

    // Conditional requests: request() sends If-None-Match / If-Modified-Since
    // for a URL answered before with an ETag / Last-Modified, so the subclass
    // must be ready for notModified() replies (keep what it parsed last time).
    void setConditionalRequests(bool on) { m_conditional = on; }
    static bool notModified(const QNetworkReply *reply);
    // Forgets the validators (e.g. after a poll whose results were discarded).
    void forgetValidators() { m_validators.clear(); }

    // "nguồn ID" plus the path: the start of a message about this source.
    QString where(const QString &path) const;
    // An empty batch of this source, fetched now.
    RecordBatch newBatch() const;

private:
    void begin(QNetworkAccessManager &network);
    void setAuthorization(QNetworkRequest &r) const;
    void remember(const QNetworkReply *reply);
    QList<QByteArray> secretsToRedact() const;

    struct Validators {
        QByteArray etag;
        QByteArray lastModified;
    };

    SourceConfig m_config;
    std::optional<QString> m_secret;
    std::optional<QSslConfiguration> m_ssl;
    OAuth2Client *m_oauth = nullptr; // a child
    QPointer<QNetworkAccessManager> m_network;
    QHash<QString, Validators> m_validators; // by URL
    bool m_conditional = false;
    bool m_sawUnauthorized = false;
    bool m_retried = false;
};

using ConnectorFactory =
    std::function<std::unique_ptr<Connector>(const SourceConfig &, const SecretStore &)>;

// Connector types by id. Adding a connector: one file pair and one line in
// registerBuiltinConnectors().
class ConnectorRegistry {
public:
    void add(const QString &type, ConnectorFactory factory)
    {
        m_factories[type] = std::move(factory);
    }
    std::unique_ptr<Connector> create(const SourceConfig &config, const SecretStore &secrets) const;
    QStringList types() const;

    static ConnectorRegistry builtin();

private:
    std::map<QString, ConnectorFactory> m_factories;
};

} // namespace iocwall
