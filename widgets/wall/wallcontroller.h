#pragma once

#include "runtime/configset.h"
#include "wall/wallscene.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;

namespace iocwall {

class WallRuntime;

// Keeps the scenes of a wall fed: asks the cache for every tile of the scene
// on show, again when the data behind a tile changed, and re-derives the
// freshness of every tile as time passes. Scenes are built once and kept, so
// switching back shows at once what the cache already had. Threading: GUI
// thread; talks to the runtime by signals.
class WallController : public QObject {
    Q_OBJECT
public:
    WallController(WallRuntime &runtime, ConfigSet config, TileRegistry registry,
                   TileContext context, QObject *parent = nullptr);
    ~WallController() override;

    const ConfigSet &config() const { return m_config; }
    int currentIndex() const { return m_current; }
    WallScene *currentScene();
    WallScene *scene(int index);

    void showScene(int index);
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
    void query(const QString &sceneId, TileItem *tile);
    void tickFreshness();
    void reloadScene(const QString &file);

    WallRuntime &m_runtime;
    ConfigSet m_config;
    TileRegistry m_registry;
    TileContext m_context;
    std::vector<std::unique_ptr<WallScene>>
        m_scenes; // index as in m_config.scenes; built on first show
    int m_current = -1;
    quint64 m_generation = 0;
    QHash<QString, quint64> m_answered; // "scene/tile" -> newest generation answered
    QTimer m_freshnessTimer;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace iocwall
