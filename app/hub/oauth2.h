#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace iocwall {

// OAuth2 client-credentials tokens for one source (RFC 6749, section 4.4):
// fetched before the first request, kept in memory only, fetched again when
// it is about to expire (expires_in) or when the connector saw a 401. Neither
// the client secret nor a token is ever put into a message or a log.
// Threading: lives and works in the hub's thread, like its connector.
class OAuth2Client : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString sourceId; // for messages
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret;
        QString scope;
        bool clientAuthInBody = false; // else HTTP basic (the RFC's preferred way)
        int timeoutS = 15;
        std::optional<QSslConfiguration> ssl; // extra CAs of the source
    };

    explicit OAuth2Client(Settings settings, QObject *parent = nullptr);

    // A token that stays valid for a little while yet (a fifth of its life or
    // 30 s, whichever is less), so a request sent now does not race its expiry.
    bool hasValidToken() const;
    QByteArray authorizationHeader() const; // "Bearer <token>", empty without one
    void invalidate();
    // Asks the token endpoint; ready() or failed() follows. One fetch at a time.
    void fetch(QNetworkAccessManager &network);
    // What a message may never show (the token, the secret), for redaction.
    QList<QByteArray> secrets() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &error);

private:
    void onReply(QNetworkReply *reply);

    Settings m_settings;
    QByteArray m_token;
    QDateTime m_refreshAfter; // invalid: no expiry given
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace iocwall
