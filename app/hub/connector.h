#pragma once

#include "hub/secretstore.h"
#include "hub/sourceconfig.h"
#include "model/recordbatch.h"

#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace iocwall {

// Turns one external API into normalized records. Threading: created, polled
// and destroyed in the hub's thread; payloads are parsed there, never on the
// GUI thread.
class Connector : public QObject {
    Q_OBJECT
public:
    Connector(SourceConfig config, const SecretStore &secrets, QObject *parent = nullptr);

    const SourceConfig &config() const { return m_config; }

    // Starts one poll; exactly one of finished() or failed() follows.
    virtual void poll(QNetworkAccessManager &network) = 0;

Q_SIGNALS:
    void finished(const iocwall::RecordBatch &batch);
    void failed(const QString &error);

protected:
    // A request to baseUrl + path with the source's auth and timeout set.
    QNetworkRequest request(const QString &path,
                            const QList<std::pair<QString, QString>> &query = {}) const;
    // The reply's body when it succeeded, else nullopt and a plain-words error.
    static std::optional<QByteArray> body(QNetworkReply *reply, QString *error);
    // Missing secret: a config error worth saying before any request is sent.
    QString authProblem() const;

private:
    SourceConfig m_config;
    std::optional<QString> m_secret;
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
