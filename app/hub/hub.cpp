#include "hub.h"

#include "hub/guardednetwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

Hub::Hub(QList<SourceConfig> sources, SecretStore secrets, ConnectorRegistry registry,
         QObject *parent)
    : QObject(parent)
    , m_configs(std::move(sources))
    , m_secrets(std::move(secrets))
    , m_registry(std::move(registry))
{
}

Hub::~Hub() = default;

int Hub::retryDelayMs(int pollIntervalS, int failures, quint32 jitterSeed)
{
    // 2 s, 4 s, 8 s ... never later than the normal interval, plus up to 20% jitter
    // so that many walls do not hammer a recovering API in step.
    const qint64 base =
        std::min<qint64>(qint64(pollIntervalS) * 1000, 1000LL << std::min(failures, 16));
    const qint64 jitter = QRandomGenerator(jitterSeed).bounded(int(base / 5) + 1);
    return int(base + jitter);
}

void Hub::start()
{
    m_network = new GuardedNetwork(this);
    // The keychain is asked once, here in the hub's thread and with a short
    // deadline, so a machine without a keychain service never holds up polling.
    QStringList secretNames;
    for (const SourceConfig &config : std::as_const(m_configs))
        if (config.auth != SourceConfig::AuthKind::None)
            secretNames.append(config.secretName);
    m_secrets.loadFromKeychain(secretNames, kKeychainTimeoutMs);
    for (const SourceConfig &config : std::as_const(m_configs)) {
        auto slot = std::make_unique<Slot>();
        slot->health.source = config.id;
        slot->health.name = config.name;
        slot->type = config.type;
        slot->connector = m_registry.create(config, m_secrets);
        slot->timer = new QTimer(this);
        slot->timer->setSingleShot(true);
        const QString id = config.id;
        connect(slot->timer, &QTimer::timeout, this, [this, id] { pollNow(id); });
        if (slot->connector) {
            slot->connector->setParent(nullptr);
            connect(slot->connector.get(), &Connector::finished, this,
                    [this, id](const RecordBatch &batch) { onFinished(id, batch); });
            connect(slot->connector.get(), &Connector::failed, this,
                    [this, id](const QString &error) { onFailed(id, error); });
        }
        m_slots.insert(id, slot.get());
        m_owned.push_back(std::move(slot));
    }
    for (const SourceConfig &config : std::as_const(m_configs))
        pollNow(config.id);
    checkFirstRound();
}

void Hub::stop()
{
    for (auto &slot : m_owned)
        slot->timer->stop();
}

void Hub::pollNow(const QString &sourceId)
{
    Slot *slot = m_slots.value(sourceId);
    if (!slot)
        return;
    if (slot->running)
        return; // never two polls of one source at once; the one under way answers
    slot->timer->stop();
    slot->health.lastAttempt = QDateTime::currentDateTimeUtc();
    if (!slot->connector) {
        onFailed(sourceId,
                 tr("không có bộ kết nối loại \"%1\" (nguồn %2)").arg(slot->type, sourceId));
        return;
    }
    slot->running = true;
    slot->startedMs = QDateTime::currentMSecsSinceEpoch();
    slot->connector->start(*m_network);
}

bool Hub::isPolling(const QString &sourceId) const
{
    const Slot *slot = m_slots.value(sourceId);
    return slot && slot->running;
}

void Hub::onFinished(const QString &id, const RecordBatch &batch)
{
    Slot &slot = *m_slots.value(id);
    slot.running = false;
    slot.failures = 0;
    slot.health.lastSuccess = QDateTime::currentDateTimeUtc();
    slot.health.latencyMs = int(QDateTime::currentMSecsSinceEpoch() - slot.startedMs);
    slot.health.records = batch.recordCount();
    slot.health.skippedRecords = batch.skippedRecords;
    slot.health.skippedReason = batch.skippedReason;
    schedule(slot, slot.connector->config().pollIntervalS * 1000);
    Q_EMIT batchReady(batch);
    Q_EMIT healthChanged(slot.health);
    slot.answeredOnce = true;
    checkFirstRound();
}

void Hub::onFailed(const QString &id, const QString &error)
{
    Slot &slot = *m_slots.value(id);
    // An expired or revoked OAuth2 token: one new token, one more try, before
    // the failure counts.
    if (slot.connector && slot.running && slot.connector->retryWithNewToken(*m_network))
        return;
    slot.running = false;
    ++slot.failures;
    slot.health.lastErrorAt = QDateTime::currentDateTimeUtc();
    slot.health.lastError = error;
    const int interval = slot.connector ? slot.connector->config().pollIntervalS : 60;
    schedule(slot, retryDelayMs(interval, slot.failures, QRandomGenerator::global()->generate()));
    qWarning().noquote() << "iocwall:" << error; // the message names the source; never a secret
    Q_EMIT healthChanged(slot.health);
    slot.answeredOnce = true;
    checkFirstRound();
}

void Hub::schedule(Slot &slot, int delayMs)
{
    slot.health.nextPoll = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    slot.timer->start(delayMs);
}

void Hub::checkFirstRound()
{
    if (m_firstRoundSignalled)
        return;
    for (const auto &slot : m_owned)
        if (!slot->answeredOnce)
            return;
    m_firstRoundSignalled = true;
    Q_EMIT firstRoundDone();
}

} // namespace iocwall
