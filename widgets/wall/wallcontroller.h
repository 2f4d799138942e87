#pragma once

#include "runtime/configset.h"
#include "wall/wallscene.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;

namespace iocwall {

class WallRuntime;

// Keeps the scenes of a wall fed: asks the cache for every tile of the scene
// on show, again when the data behind a tile changed, and re-derives the
// freshness of every tile as time passes. Scenes are built once and kept.
// Switching never shows an empty frame: a scene not shown before is built and
// answered from the cache while the old one stays on the wall, and is swapped
// in when every tile has its answer (or after kSwapWaitMs at the latest).
// Switching back asks the cache only for tiles whose data changed while the
// scene was hidden. Threading: GUI thread; talks to the runtime by signals.
class WallController : public QObject {
    Q_OBJECT
public:
    WallController(WallRuntime &runtime, ConfigSet config, TileRegistry registry,
                   TileContext context, QObject *parent = nullptr);
    ~WallController() override;

    static constexpr int kSwapWaitMs = 1500;

    const ConfigSet &config() const { return m_config; }
    int currentIndex() const { return m_current; }
    // The scene on show (null before the first showScene()).
    WallScene *currentScene() { return m_shown; }
    // The scene being prepared to replace it, if any (-1: none).
    int pendingIndex() const { return m_pending; }
    WallScene *scene(int index);
    // The scene if it has been built (never builds it).
    WallScene *builtScene(int index) const
    {
        return index >= 0 && index < int(m_scenes.size()) ? m_scenes[index].get() : nullptr;
    }
    // The longest a switch waits for the cache before showing what it has.
    void setSwapWaitMs(int ms) { m_swapTimer.setInterval(ms); }
    // How many questions this controller has asked the cache so far.
    quint64 queriesSent() const { return m_generation; }

    // The scale the wall is painted at (device pixels per canvas unit: 1 on
    // full-screen outputs, less in a preview). Tiles of scenes off the wall
    // are rendered into their paint caches at it while the wall is idle, so
    // that a switch only copies them; a new scale renders them again.
    void setPaintScale(double scale);
    double paintScale() const { return m_paintScale; }
    // Tiles still waiting to be rendered ahead of being shown.
    qsizetype warmQueueSize() const { return m_warmQueue.size(); }
    // Bytes held by the paint caches of the scenes off the wall; kept within
    // wall.json's paint_cache_mb by dropping those of the scenes shown longest ago.
    qsizetype offWallCacheBytes() const;
    void setPaintCacheBudget(qsizetype bytes) { m_cacheBudget = bytes; }

    void showScene(int index);
    // Builds the scenes not yet built and answers them from the cache, one per
    // turn of the event loop, so that later switches only swap and paint.
    void prepareAllScenes();
    void stepScene(int delta);
    // Asks again for every tile of the current scene; returns the generation
    // that the answers will carry (see answeredSince()).
    quint64 refreshAll();
    bool answeredSince(quint64 generation) const;

    // Builds every scene anew (e.g. the camera list changed under the tiles)
    // and shows the current one again.
    void rebuildScenes();

    // Watches the scene files of a folder configuration; a changed file that
    // fails validation is reported and the last good scene stays.
    void watchSceneFiles();

Q_SIGNALS:
    void sceneShown(iocwall::WallScene *scene);
    void tileAnswered();
    void problem(const QString &message);

private:
    void onAnswered(const TileData &data);
    void onDataChanged(const QStringList &indicators);
    void onReportsChanged();
    void query(const QString &sceneId, TileItem *tile);
    void tickFreshness();
    void reloadScene(const QString &file);
    void swapIn(int index);
    static bool ready(const WallScene &scene);
    void queueWarm(const QString &sceneId, const QString &tileId);
    void queueWarm(const WallScene &scene);
    void warmSome();
    void trimCaches();

    WallRuntime &m_runtime;
    ConfigSet m_config;
    TileRegistry m_registry;
    TileContext m_context;
    std::vector<std::unique_ptr<WallScene>>
        m_scenes; // index as in m_config.scenes; built on first show
    int m_current = -1;
    int m_pending = -1;
    WallScene *m_shown = nullptr;
    std::unique_ptr<WallScene> m_retired; // an edited scene's old build, on show until swapped
    QTimer m_swapTimer;
    QSet<QString> m_dirty; // "scene/tile" of hidden scenes whose data changed
    quint64 m_generation = 0;
    QHash<QString, quint64> m_answered; // "scene/tile" -> newest generation answered
    QTimer m_freshnessTimer;
    double m_paintScale = 1.0;
    QStringList m_warmQueue; // "scene/tile" keys, oldest first
    QTimer m_warmTimer;
    qsizetype m_cacheBudget = 0;
    QHash<int, quint64> m_lastShown; // scene index -> turn it was last shown
    quint64 m_turn = 0;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace iocwall
