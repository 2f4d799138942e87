#include "wallcontroller.h"

#include "runtime/wallruntime.h"

#include <QDir>
#include <QElapsedTimer>
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
    connect(&m_runtime, &WallRuntime::reportsChanged, this, &WallController::onReportsChanged);
    connect(&m_runtime, &WallRuntime::healthChanged, this, [this](const SourceHealth &health) {
        refreshAll();
        // Hidden scenes learn of it when shown again, and only their tiles fed by that source.
        for (const auto &s : m_scenes) {
            if (!s || s.get() == m_shown)
                continue;
            for (TileItem *tile : s->tiles())
                if (std::any_of(tile->data().sources.begin(), tile->data().sources.end(),
                                [&](const SourceHealth &h) { return h.source == health.source; }))
                    m_dirty.insert(key(s->sceneSpec().id, tile->spec().id));
        }
    });
    m_swapTimer.setSingleShot(true);
    m_swapTimer.setInterval(kSwapWaitMs);
    connect(&m_swapTimer, &QTimer::timeout, this, [this] { swapIn(m_pending); });
    m_cacheBudget = qsizetype(m_config.wall.paintCacheMb) * 1024 * 1024;
    m_warmTimer.setInterval(0);
    connect(&m_warmTimer, &QTimer::timeout, this, &WallController::warmSome);
    m_freshnessTimer.setInterval(10'000);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &WallController::tickFreshness);
    m_freshnessTimer.start();
}

WallController::~WallController() = default;

WallScene *WallController::scene(int index)
{
    if (index < 0 || index >= int(m_scenes.size()))
        return nullptr;
    if (!m_scenes[index]) {
        m_scenes[index] = std::make_unique<WallScene>(m_config.wall, m_config.scenes.at(index),
                                                      m_registry, m_context);
        // Built ahead of being shown: answered from the cache, but off the wall,
        // so its cameras do not play until the swap.
        m_scenes[index]->setOnWall(false);
    }
    return m_scenes[index].get();
}

bool WallController::ready(const WallScene &scene)
{
    return std::all_of(scene.tiles().begin(), scene.tiles().end(),
                       [](const TileItem *tile) { return tile->hasAnswer(); });
}

void WallController::showScene(int index)
{
    WallScene *s = scene(index);
    if (!s)
        return;
    if (s == m_shown) {
        m_pending = -1; // a switch away was asked for and taken back
        m_swapTimer.stop();
        return;
    }
    // Tiles keep what they showed; the cache is asked only for what the scene
    // lacks or what changed while it was hidden, and answers replace content in place.
    const QString sceneId = s->sceneSpec().id;
    for (TileItem *tile : s->tiles()) {
        tile->refreshFreshness(QDateTime::currentDateTimeUtc());
        const QString k = key(sceneId, tile->spec().id);
        if (!tile->hasAnswer() || m_dirty.remove(k))
            query(sceneId, tile);
    }
    m_pending = index;
    if (!m_shown || ready(*s))
        swapIn(index);
    else
        m_swapTimer.start();
}

void WallController::prepareAllScenes()
{
    for (int i = 0; i < int(m_scenes.size()); ++i) {
        if (m_scenes[i])
            continue;
        WallScene *s = scene(i);
        for (TileItem *tile : s->tiles())
            query(s->sceneSpec().id, tile);
        QTimer::singleShot(0, this, &WallController::prepareAllScenes);
        return;
    }
}

void WallController::swapIn(int index)
{
    m_swapTimer.stop();
    WallScene *s = scene(index);
    m_pending = -1;
    if (!s)
        return;
    m_current = index;
    m_lastShown[index] = ++m_turn;
    if (m_shown && m_shown != s)
        m_shown->setOnWall(false);
    s->setOnWall(true);
    m_shown = s;
    Q_EMIT sceneShown(s);
    m_retired.reset(); // the views have let go of it
    trimCaches();      // the scene switched away now counts as off the wall
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
    const WallScene *s = m_shown;
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
                if (s.get() != m_shown)
                    queueWarm(sceneId, tileId);
            }
        }
    }
    if (m_pending >= 0 && m_scenes[m_pending] && ready(*m_scenes[m_pending]))
        swapIn(m_pending);
    Q_EMIT tileAnswered();
}

void WallController::onDataChanged(const QStringList &indicators)
{
    for (const auto &s : m_scenes) {
        if (!s)
            continue;
        const bool live = s.get() == m_shown || (m_pending >= 0 && s == m_scenes[m_pending]);
        for (TileItem *tile : s->tiles()) {
            const QStringList &bound = tile->spec().binding.indicators;
            if (!std::any_of(bound.begin(), bound.end(),
                             [&](const QString &i) { return indicators.contains(i); }))
                continue;
            if (live)
                query(s->sceneSpec().id, tile);
            else
                m_dirty.insert(key(s->sceneSpec().id, tile->spec().id));
        }
    }
}

void WallController::onReportsChanged()
{
    constexpr int reportParts =
        TileQuery::Reports | TileQuery::Overdue | TileQuery::ReportsByArea | TileQuery::ReportPins;
    for (const auto &s : m_scenes) {
        if (!s)
            continue;
        const bool live = s.get() == m_shown || (m_pending >= 0 && s == m_scenes[m_pending]);
        for (TileItem *tile : s->tiles()) {
            if (!(tile->queryParts() & reportParts))
                continue;
            if (live)
                query(s->sceneSpec().id, tile);
            else // hidden scenes ask again when shown
                m_dirty.insert(key(s->sceneSpec().id, tile->spec().id));
        }
    }
}

void WallController::setPaintScale(double scale)
{
    if (scale <= 0 || std::abs(scale - m_paintScale) < 1e-4)
        return;
    m_paintScale = scale;
    for (const auto &s : m_scenes)
        if (s && s.get() != m_shown)
            queueWarm(*s);
}

void WallController::queueWarm(const QString &sceneId, const QString &tileId)
{
    const QString k = key(sceneId, tileId);
    if (!m_warmQueue.contains(k))
        m_warmQueue.append(k);
    m_warmTimer.start();
}

void WallController::queueWarm(const WallScene &scene)
{
    for (TileItem *tile : scene.tiles())
        queueWarm(scene.sceneSpec().id, tile->spec().id);
}

// Renders queued tiles for a few milliseconds, then lets the event loop run:
// the wall on show and its cameras keep their pace.
void WallController::warmSome()
{
    constexpr qint64 kSliceMs = 8;
    QElapsedTimer slice;
    slice.start();
    while (!m_warmQueue.isEmpty() && slice.elapsed() < kSliceMs) {
        const QString k = m_warmQueue.takeFirst();
        const qsizetype slash = k.indexOf(u'/');
        const QString sceneId = k.left(slash);
        for (const auto &s : m_scenes) {
            if (!s || s.get() == m_shown || s->sceneSpec().id != sceneId)
                continue; // a shown tile is painted by the views themselves
            if (TileItem *tile = s->tile(k.mid(slash + 1)))
                tile->warmCache(m_paintScale);
        }
    }
    if (m_warmQueue.isEmpty()) {
        m_warmTimer.stop();
        trimCaches();
    }
}

qsizetype WallController::offWallCacheBytes() const
{
    qsizetype bytes = 0;
    for (const auto &s : m_scenes)
        if (s && s.get() != m_shown)
            bytes += s->paintCacheBytes();
    return bytes;
}

// Past the budget, the scenes off the wall give up their caches, the one shown
// longest ago (or never) first; they render again when switched to.
void WallController::trimCaches()
{
    qsizetype bytes = offWallCacheBytes();
    if (bytes <= m_cacheBudget)
        return;
    QList<int> order;
    for (int i = 0; i < int(m_scenes.size()); ++i)
        if (m_scenes[i] && m_scenes[i].get() != m_shown)
            order.append(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return m_lastShown.value(a) < m_lastShown.value(b); });
    for (int i : order) {
        if (bytes <= m_cacheBudget)
            break;
        bytes -= m_scenes[i]->paintCacheBytes();
        m_scenes[i]->dropPaintCaches();
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
    // The shown build stays on the wall until its rebuild is answered.
    const int current = m_pending >= 0 ? m_pending : m_current;
    for (auto &scene : m_scenes) {
        if (scene.get() == m_shown)
            m_retired = std::move(scene);
        scene.reset();
    }
    m_dirty.clear();
    if (current >= 0)
        showScene(current);
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
    // The edited scene's old build stays on the wall until the new one is answered.
    if (m_scenes[index].get() == m_shown)
        m_retired = std::move(m_scenes[index]);
    m_scenes[index].reset();
    const QString prefix = scene->id + u'/';
    m_dirty.removeIf([&](const QString &k) { return k.startsWith(prefix); });
    if (index == m_current || index == m_pending)
        showScene(index);
}

} // namespace iocwall
