#include "wallcontroller.h"

#include "runtime/wallruntime.h"

#include <QDir>
#include <QFileSystemWatcher>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
QString key(const QString &sceneId, const QString &tileId)
{
    return sceneId + u'/' + tileId;
}
} // namespace

WallController::WallController(WallRuntime &runtime, ConfigSet config, TileRegistry registry,
                               TileContext context, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_config(std::move(config))
    , m_registry(std::move(registry))
    , m_context(context)
{
    m_scenes.resize(m_config.scenes.size());
    connect(&m_runtime, &WallRuntime::answered, this, &WallController::onAnswered);
    connect(&m_runtime, &WallRuntime::dataChanged, this, &WallController::onDataChanged);
    connect(&m_runtime, &WallRuntime::healthChanged, this, [this] { refreshAll(); });
    m_freshnessTimer.setInterval(10'000);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &WallController::tickFreshness);
    m_freshnessTimer.start();
}

WallController::~WallController() = default;

WallScene *WallController::scene(int index)
{
    if (index < 0 || index >= int(m_scenes.size()))
        return nullptr;
    if (!m_scenes[index])
        m_scenes[index] = std::make_unique<WallScene>(m_config.wall, m_config.scenes.at(index),
                                                      m_registry, m_context);
    return m_scenes[index].get();
}

WallScene *WallController::currentScene()
{
    return scene(m_current);
}

void WallController::showScene(int index)
{
    WallScene *s = scene(index);
    if (!s)
        return;
    const bool firstShow = m_current != index;
    if (firstShow && m_current >= 0 && m_current < int(m_scenes.size()) && m_scenes[m_current])
        m_scenes[m_current]->setOnWall(false);
    s->setOnWall(true);
    m_current = index;
    // Tiles keep what they showed; the cache is asked again only for what may
    // have changed meanwhile, and the answer replaces content in place.
    for (TileItem *tile : s->tiles())
        tile->refreshFreshness(QDateTime::currentDateTimeUtc());
    if (firstShow)
        refreshAll();
    Q_EMIT sceneShown(s);
}

void WallController::stepScene(int delta)
{
    const int count = int(m_config.scenes.size());
    if (count == 0)
        return;
    showScene(((m_current + delta) % count + count) % count);
}

quint64 WallController::refreshAll()
{
    WallScene *s = currentScene();
    const quint64 generation = m_generation + 1;
    if (!s)
        return generation;
    for (TileItem *tile : s->tiles())
        query(s->sceneSpec().id, tile);
    return generation;
}

bool WallController::answeredSince(quint64 generation) const
{
    auto *self = const_cast<WallController *>(this);
    WallScene *s = self->currentScene();
    if (!s)
        return false;
    for (TileItem *tile : s->tiles())
        if (m_answered.value(key(s->sceneSpec().id, tile->spec().id)) < generation)
            return false;
    return true;
}

void WallController::query(const QString &sceneId, TileItem *tile)
{
    TileQuery q;
    q.tileId = key(sceneId, tile->spec().id);
    q.generation = ++m_generation;
    q.binding = tile->spec().binding;
    q.parts = tile->queryParts();
    q.now = QDateTime::currentDateTimeUtc();
    q.utcOffsetS = m_context.formatter->zone().offsetFromUtc(q.now);
    m_runtime.query(q);
}

void WallController::onAnswered(const TileData &data)
{
    const qsizetype slash = data.tileId.indexOf(u'/');
    const QString sceneId = data.tileId.left(slash);
    const QString tileId = data.tileId.mid(slash + 1);
    quint64 &answered = m_answered[data.tileId];
    if (data.generation < answered)
        return; // an older question overtaken by a newer one
    answered = data.generation;
    for (const auto &s : m_scenes) {
        if (s && s->sceneSpec().id == sceneId) {
            if (TileItem *tile = s->tile(tileId)) {
                tile->refreshFreshness(QDateTime::currentDateTimeUtc());
                tile->setData(data);
            }
        }
    }
    Q_EMIT tileAnswered();
}

void WallController::onDataChanged(const QStringList &indicators)
{
    WallScene *s = currentScene();
    if (!s)
        return;
    for (TileItem *tile : s->tiles()) {
        const QStringList &bound = tile->spec().binding.indicators;
        if (std::any_of(bound.begin(), bound.end(),
                        [&](const QString &i) { return indicators.contains(i); }))
            query(s->sceneSpec().id, tile);
    }
}

void WallController::tickFreshness()
{
    if (WallScene *s = currentScene())
        for (TileItem *tile : s->tiles())
            tile->refreshFreshness(QDateTime::currentDateTimeUtc());
}

void WallController::watchSceneFiles()
{
    if (m_config.dir.startsWith(u':'))
        return; // built in: cannot change under us
    m_watcher = new QFileSystemWatcher(this);
    const QDir dir(QDir(m_config.dir).filePath(u"scenes"_s));
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files))
        m_watcher->addPath(dir.filePath(name));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WallController::reloadScene);
}

void WallController::rebuildScenes()
{
    for (auto &scene : m_scenes)
        scene.reset();
    if (m_current >= 0) {
        const int current = m_current;
        m_current = -1;
        showScene(current);
    }
}

void WallController::reloadScene(const QString &file)
{
    QList<ConfigError> errors;
    const auto scene = iocwall::reloadScene(file, m_config.wall, m_registry.specs(), &errors);
    if (!m_watcher->files().contains(file))
        m_watcher->addPath(file); // an atomic save replaces the file: watch the new one
    if (!scene) {
        for (const ConfigError &e : errors)
            Q_EMIT problem(tr("Giữ cảnh cũ vì tệp cảnh lỗi: %1").arg(e.toString()));
        return;
    }
    const int index = m_config.sceneIndex(scene->id);
    if (index < 0)
        return;
    m_config.scenes[index] = *scene;
    m_scenes[index].reset();
    if (index == m_current) {
        m_current = -1;
        showScene(index);
    }
}

} // namespace iocwall
