#pragma once

#include "hub/sourceconfig.h"
#include "model/recordbatch.h"
#include "store/maintenance.h"
#include "store/tiledata.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace iocwall {

class DataService;
class Hub;
class SecretStore;
class SimServer;
class StoreWriter;

// The running core behind a wall: the cache (one writer thread, one reader
// thread), the hub polling the sources (its own thread) and, for the demo, the
// built-in simulator (its own thread). Threading: the object itself belongs to
// the GUI thread; it reaches its workers only by queued calls and signals, so
// nothing here blocks the GUI on the network or on SQLite.
class WallRuntime : public QObject {
    Q_OBJECT
public:
    explicit WallRuntime(QString cachePath, QObject *parent = nullptr);
    ~WallRuntime() override;

    // Starts the built-in simulator on a free 127.0.0.1 port; returns its URL
    // (http://127.0.0.1:PORT) or an empty string and `error`. Its camera list
    // points at the demo stream server at the given bases when they are set.
    QString startSimulator(QString *error, const QString &cameraRtspBase = {},
                           const QString &cameraHttpBase = {});

    // Prepares the cache file (setting a damaged one aside) and starts the
    // writer and reader threads. False only when no cache can be had at all.
    bool openCache(QString *error, QString *notice, const RetentionPolicy &retention = {});

    // Starts polling. Call after openCache().
    void startSources(const QList<SourceConfig> &sources, const SecretStore &secrets);

    void query(const TileQuery &query);
    void queryHealth();
    void pollNow(const QString &sourceId);
    const QString &cachePath() const { return m_cachePath; }
    bool hasSources() const { return m_hub != nullptr; }

Q_SIGNALS:
    void answered(const iocwall::TileData &data);
    void dataChanged(const QStringList &indicators);
    void reportsChanged(); // new or changed 1022 reports are in the cache
    void healthChanged(const iocwall::SourceHealth &health);
    void healthRead(const QList<iocwall::SourceHealth> &health);
    void firstRoundDone();
    void problem(const QString &message);

private:
    QString m_cachePath;
    QThread m_writerThread;
    QThread m_readerThread;
    QThread m_hubThread;
    QThread m_simThread;
    StoreWriter *m_writer = nullptr;
    DataService *m_data = nullptr;
    Hub *m_hub = nullptr;
    SimServer *m_sim = nullptr;
};

// The default place of the cache file: <data dir>/cache.sqlite.
QString defaultCachePath(const QString &dataDir);

} // namespace iocwall
