#include "wallruntime.h"

#include "hub/hub.h"
#include "sim/simserver.h"
#include "store/cachedatabase.h"
#include "store/dataservice.h"
#include "store/storewriter.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace iocwall {

QString defaultCachePath(const QString &dataDir)
{
    const QString dir = dataDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                            : dataDir;
    return QDir(dir).filePath(u"cache.sqlite"_s);
}

WallRuntime::WallRuntime(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
    qRegisterMetaType<RecordBatch>();
    qRegisterMetaType<SourceHealth>();
    qRegisterMetaType<TileQuery>();
    qRegisterMetaType<TileData>();
    m_writerThread.setObjectName(u"iocwall-writer"_s);
    m_readerThread.setObjectName(u"iocwall-reader"_s);
    m_hubThread.setObjectName(u"iocwall-hub"_s);
    m_simThread.setObjectName(u"iocwall-simulator"_s);
}

WallRuntime::~WallRuntime()
{
    // Stop the producers first, then the cache, each object deleted in its own thread.
    auto finish = [](QThread &thread, QObject *object) {
        if (!thread.isRunning())
            return;
        if (object)
            QMetaObject::invokeMethod(
                object, [object] { delete object; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    };
    finish(m_hubThread, m_hub);
    finish(m_simThread, m_sim);
    finish(m_writerThread, m_writer);
    finish(m_readerThread, m_data);
}

QString WallRuntime::startSimulator(QString *error, const QString &cameraRtspBase,
                                    const QString &cameraHttpBase)
{
    // Made here, started inside its thread so that its sockets live there.
    SimServer::Options options;
    if (!cameraRtspBase.isEmpty())
        options.cameraRtspBase = cameraRtspBase;
    if (!cameraHttpBase.isEmpty())
        options.cameraHttpBase = cameraHttpBase;
    auto *sim = new SimServer(options);
    sim->moveToThread(&m_simThread);
    m_simThread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        sim, [&] { ok = sim->start(error); }, Qt::BlockingQueuedConnection);
    m_sim = sim;
    if (!ok)
        return {};
    QString url = sim->baseUrl().toString();
    if (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool WallRuntime::openCache(QString *error, QString *notice, const RetentionPolicy &retention)
{
    const CacheDatabase::Prepared prepared = CacheDatabase::prepare(m_cachePath);
    if (notice)
        *notice = prepared.notice;
    if (!prepared.ok) {
        if (error)
            *error = prepared.error;
        return false;
    }
    m_writer = new StoreWriter(m_cachePath);
    m_writer->setRetention(retention);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::started, m_writer, &StoreWriter::open);
    connect(m_writer, &StoreWriter::committed, this,
            [this](const QString &, const QStringList &indicators, qsizetype) {
                Q_EMIT dataChanged(indicators);
            });
    connect(m_writer, &StoreWriter::reportsCommitted, this,
            [this](const QString &) { Q_EMIT reportsChanged(); });
    connect(m_writer, &StoreWriter::writeFailed, this,
            [this](const QString &source, const QString &message) {
                Q_EMIT problem(source + u": "_s + message);
            });
    m_writerThread.start();

    m_data = new DataService(m_cachePath);
    m_data->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::started, m_data, &DataService::open);
    connect(m_data, &DataService::answered, this, &WallRuntime::answered);
    connect(m_data, &DataService::healthRead, this, &WallRuntime::healthRead);
    m_readerThread.start();
    return true;
}

void WallRuntime::startSources(const QList<SourceConfig> &sources, const SecretStore &secrets)
{
    m_hub = new Hub(sources, secrets, ConnectorRegistry::builtin());
    m_hub->moveToThread(&m_hubThread);
    connect(&m_hubThread, &QThread::started, m_hub, &Hub::start);
    if (m_writer) {
        connect(m_hub, &Hub::batchReady, m_writer, &StoreWriter::write);
        connect(m_hub, &Hub::healthChanged, m_writer, &StoreWriter::writeHealth);
    }
    connect(m_hub, &Hub::healthChanged, this, &WallRuntime::healthChanged);
    // The first round is done for the wall once the writer has committed it:
    // a queued hop through the writer's thread keeps that order.
    connect(m_hub, &Hub::firstRoundDone, m_writer ? static_cast<QObject *>(m_writer) : this,
            [this] {
                QMetaObject::invokeMethod(this, &WallRuntime::firstRoundDone, Qt::QueuedConnection);
            });
    m_hubThread.start();
}

void WallRuntime::query(const TileQuery &query)
{
    if (m_data)
        QMetaObject::invokeMethod(
            m_data, [data = m_data, query] { data->query(query); }, Qt::QueuedConnection);
}

void WallRuntime::queryHealth()
{
    if (m_data)
        QMetaObject::invokeMethod(m_data, &DataService::queryHealth, Qt::QueuedConnection);
}

void WallRuntime::pollNow(const QString &sourceId)
{
    if (m_hub)
        QMetaObject::invokeMethod(
            m_hub, [hub = m_hub, sourceId] { hub->pollNow(sourceId); }, Qt::QueuedConnection);
}

} // namespace iocwall
