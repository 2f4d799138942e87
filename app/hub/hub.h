#pragma once

#include "hub/connector.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace iocwall {

// Polls every source on its own interval (and on demand), retrying a failed
// source sooner with exponential backoff and jitter. Threading: lives in the
// hub thread together with its network manager and connectors; everything it
// produces leaves by queued signal as values.
class Hub : public QObject {
    Q_OBJECT
public:
    Hub(QList<SourceConfig> sources, SecretStore secrets, ConnectorRegistry registry,
        QObject *parent = nullptr);
    ~Hub() override;

    void start(); // call in the hub thread
    // Polls now unless a poll of the source is under way (then it answers).
    void pollNow(const QString &sourceId);
    void stop();
    bool isPolling(const QString &sourceId) const;

    static constexpr int kKeychainTimeoutMs = 1500;

    // The delay before the next attempt after `failures` failures in a row.
    static int retryDelayMs(int pollIntervalS, int failures, quint32 jitterSeed);

Q_SIGNALS:
    void batchReady(const iocwall::RecordBatch &batch);
    void healthChanged(const iocwall::SourceHealth &health);
    void firstRoundDone(); // every source has answered or failed once

private:
    struct Slot {
        std::unique_ptr<Connector> connector;
        QTimer *timer = nullptr;
        SourceHealth health;
        QString type;
        qint64 startedMs = 0;
        int failures = 0;
        bool answeredOnce = false;
        bool running = false;
    };
    void onFinished(const QString &id, const RecordBatch &batch);
    void onFailed(const QString &id, const QString &error);
    void schedule(Slot &slot, int delayMs);
    void checkFirstRound();

    QList<SourceConfig> m_configs;
    SecretStore m_secrets;
    ConnectorRegistry m_registry;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Slot *> m_slots;
    std::vector<std::unique_ptr<Slot>> m_owned;
    bool m_firstRoundSignalled = false;
};

} // namespace iocwall
