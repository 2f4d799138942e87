#include "wallapplication.h"

#include "camera/cameralistloader.h"
#include "camera/cameraregistry.h"
#include "camsim/camstreamthread.h"
#include "hub/secretstore.h"
#include "runtime/configset.h"
#include "runtime/wallruntime.h"
#include "sim/simserver.h"
#include "video/camerastream.h"
#include "video/streambudget.h"
#include "wall/screenshot.h"
#include "wall/screenshotreport.h"
#include "wall/wallcontroller.h"
#include "wall/wallview.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScreen>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

// Qt Charts formats date axes in the process's local time: make that the wall's.
void useWallTimeZone(const QString &ianaId)
{
    qputenv("TZ", ianaId.toLatin1());
    tzset();
}

} // namespace

WallApplication::WallApplication(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_screenshotTimeout.setSingleShot(true);
}

WallApplication::~WallApplication()
{
    m_views.clear();
    m_controller.reset();
    m_cameraLoader.reset();
    m_runtime.reset();
    m_demoCameras.reset(); // after the simulator that points at it
}

int WallApplication::start()
{
    const TileRegistry registry = TileRegistry::builtin();
    const QString dir = m_options.configDir.isEmpty() ? builtinConfigDir() : m_options.configDir;
    QList<ConfigError> errors;
    auto config = loadConfigSet(dir, registry.specs(), &errors);
    for (const ConfigError &e : errors)
        printErr(tr("Lỗi cấu hình: %1").arg(e.toString()));
    if (!config)
        return 2;
    useWallTimeZone(config->wall.timeZone);
    const bool english = m_options.language == u"en";
    m_theme = Theme::dark(config->wall);
    m_formatter =
        std::make_unique<Formatter>(english ? Formatter::english() : Formatter::vietnamese(),
                                    Formatter::wallZone(config->wall.timeZone));

    int first = 0;
    if (!m_options.scene.isEmpty()) {
        first = config->sceneIndex(m_options.scene);
        if (first < 0) {
            QStringList ids;
            for (const Scene &s : config->scenes)
                ids.append(s.id);
            printErr(tr("Không có cảnh \"%1\"; các cảnh có: %2")
                         .arg(m_options.scene, ids.join(u", "_s)));
            return 2;
        }
    }

    m_runtime = std::make_unique<WallRuntime>(defaultCachePath(m_options.dataDir));
    connect(m_runtime.get(), &WallRuntime::problem, this, [](const QString &m) { printErr(m); });
    QString error, notice;
    if (!m_runtime->openCache(&error, &notice, config->retention)) {
        printErr(tr("Không mở được bộ nhớ đệm %1: %2").arg(m_runtime->cachePath(), error));
        return 3;
    }
    if (!notice.isEmpty())
        printErr(notice);

    QList<SourceConfig> sources = config->sources;
    SecretStore secrets;
    QString camerasFile = QDir(dir).filePath(u"cameras.json"_s);
    QHash<QString, QString> cameraPlaceholders;
    if (m_options.demo || sources.isEmpty()) {
        startDemoStreams();
        const QString url = m_demoCameras
                                ? m_runtime->startSimulator(&error, m_demoCameras->rtspBase(),
                                                            m_demoCameras->httpBase())
                                : m_runtime->startSimulator(&error);
        if (url.isEmpty()) {
            printErr(tr("Không khởi động được bộ mô phỏng IOC: %1").arg(error));
            return 3;
        }
        QList<ConfigError> demoErrors;
        sources = demoSources(url, &demoErrors);
        for (const ConfigError &e : demoErrors)
            printErr(e.toString());
        const SimServer::Options simDefaults;
        secrets.set(u"demo-province-token"_s, simDefaults.provinceToken);
        secrets.set(u"demo-town-token"_s, simDefaults.townToken);
        // The demo's cameras come from the simulator's camera list, unless the
        // configuration folder has a cameras.json of its own.
        if (!QFileInfo::exists(camerasFile))
            camerasFile = builtinConfigDir() + u"/demo/cameras-source.json"_s;
        cameraPlaceholders.insert(u"simulator"_s, url);
    }
    if (QFileInfo::exists(camerasFile) && !loadCameras(camerasFile, secrets, cameraPlaceholders))
        return 2;

    TileContext context;
    context.theme = &m_theme;
    context.formatter = m_formatter.get();
    context.english = english;
    context.configDir = config->dir;
    context.cameras = &m_cameras;
    m_streams = std::make_unique<StreamBudget>(config->wall.maxStreams);
    context.streams = m_streams.get();
    context.snapshotDir = QFileInfo(m_runtime->cachePath()).absoluteDir().filePath(u"snapshots"_s);
    m_controller = std::make_unique<WallController>(*m_runtime, *config, registry, context);
    connect(m_controller.get(), &WallController::problem, this,
            [](const QString &m) { printErr(m); });
    // The wall opens from the cache first; the sources fill it in as they answer.
    m_controller->showScene(first);
    m_runtime->startSources(sources, secrets);

    if (!m_options.screenshotFile.isEmpty())
        startScreenshot();
    else
        openWindows();
    return 0;
}

void WallApplication::startDemoStreams()
{
    QString error;
    const QList<SimCamera> cameras =
        readSimCameras(builtinConfigDir() + u"/demo/cameras.json"_s, &error);
    // iocwall-camsim's default ports when free, so the last good camera list
    // kept from an earlier run still points at live streams; else any ports.
    auto streams = std::make_unique<CamStreamThread>();
    if (cameras.isEmpty() || (!streams->start({8554, 8555, cameras}, &error) &&
                              !streams->start({0, 0, cameras}, &error))) {
        // The wall runs on; its camera tiles say that their streams are down.
        printErr(tr("Không khởi động được camera mô phỏng: %1").arg(error));
        return;
    }
    m_demoCameras = std::move(streams);
}

bool WallApplication::loadCameras(const QString &fileName, const SecretStore &secrets,
                                  const QHash<QString, QString> &placeholders)
{
    m_cameraLoader = std::make_unique<CameraListLoader>(
        QFileInfo(m_runtime->cachePath()).dir().filePath(u"cameras-last-good.json"_s));
    connect(m_cameraLoader.get(), &CameraListLoader::problem, this,
            [](const QString &m) { printErr(m); });
    connect(m_cameraLoader.get(), &CameraListLoader::camerasChanged, this,
            [this](const QList<CameraInfo> &cameras) {
                // Tiles may hold on to entries of the old list: rebuild them.
                m_cameras = CameraRegistry(cameras);
                if (m_controller)
                    m_controller->rebuildScenes();
            });
    QList<ConfigError> errors;
    const bool ok = m_cameraLoader->load(fileName, knownAreaCodes(QFileInfo(fileName).dir().path()),
                                         secrets, &errors, placeholders);
    for (const ConfigError &e : errors)
        printErr(tr("Lỗi cấu hình: %1").arg(e.toString()));
    return ok;
}

void WallApplication::openWindows()
{
    const WallGeometry &wall = m_controller->config().wall;
    const QList<QScreen *> screens = QGuiApplication::screens();
    const bool perScreen = !m_options.preview && screens.size() >= wall.screenCount();
    auto addView = [this](std::unique_ptr<WallView> view) {
        connect(view.get(), &WallView::sceneRequested, m_controller.get(),
                &WallController::showScene);
        connect(view.get(), &WallView::sceneStep, m_controller.get(), &WallController::stepScene);
        if (m_views.empty()) // every view paints at the same scale
            connect(view.get(), &WallView::paintScaleChanged, m_controller.get(),
                    &WallController::setPaintScale);
        view->showWallScene(m_controller->currentScene());
        m_views.push_back(std::move(view));
    };
    if (perScreen) {
        for (int i = 0; i < wall.screenCount(); ++i) {
            QScreen *screen = screens.at(i);
            const QString wanted = wall.outputs.value(i);
            for (QScreen *s : screens)
                if (!wanted.isEmpty() && s->name() == wanted)
                    screen = s;
            auto view = std::make_unique<WallView>(wall.screenRect(i), false);
            view->setWindowFlag(Qt::FramelessWindowHint);
            view->setGeometry(screen->geometry());
            view->showFullScreen();
            addView(std::move(view));
        }
    } else {
        auto view = std::make_unique<WallView>(QRectF(QPointF(0, 0), wall.canvasSize()), true);
        const QSize available =
            screens.isEmpty() ? QSize(1600, 900) : screens.first()->availableSize();
        const int width = int(available.width() * 0.9);
        view->resize(width, width * wall.canvasSize().height() / wall.canvasSize().width());
        view->show();
        addView(std::move(view));
    }
    auto retitle = [this](WallScene *scene) {
        for (auto &view : m_views) {
            view->showWallScene(scene);
            view->setWindowTitle(
                tr("iocwall – %1")
                    .arg(scene->sceneSpec().displayName(m_options.language == u"en")));
        }
    };
    connect(m_controller.get(), &WallController::sceneShown, this, retitle);
    retitle(m_controller->currentScene());
    m_controller->watchSceneFiles();
    m_controller->prepareAllScenes();
}

void WallApplication::startScreenshot()
{
    // Data has loaded when every source answered once (or failed) and every
    // tile then got its answer from the cache.
    auto afterFirstRound = [this] {
        m_screenshotGeneration = m_controller->refreshAll();
        connect(m_controller.get(), &WallController::tileAnswered, this, [this] {
            if (m_controller->answeredSince(m_screenshotGeneration))
                takeScreenshot(true);
        });
    };
    connect(m_runtime.get(), &WallRuntime::firstRoundDone, this, afterFirstRound);
    connect(&m_screenshotTimeout, &QTimer::timeout, this, [this] { takeScreenshot(false); });
    m_screenshotTimeout.start(m_options.screenshotTimeoutS * 1000);
    m_cameraWait.start();
}

void WallApplication::takeScreenshot(bool complete)
{
    if (m_screenshotTaken)
        return;
    // Camera tiles show video in the picture: give streams still connecting a
    // little longer (their first frame can take seconds), then take what is there.
    if (complete && m_streams && m_cameraWait.elapsed() < kCameraWaitMs) {
        const QList<CameraStream *> streams = m_streams->streams();
        if (std::any_of(streams.begin(), streams.end(), [](const CameraStream *s) {
                return s->state() == StreamState::Connecting;
            })) {
            QTimer::singleShot(250, this, [this] { takeScreenshot(true); });
            return;
        }
    }
    m_screenshotTaken = true;
    if (!complete)
        printErr(tr("Sau %1 giây vẫn chưa đủ dữ liệu; chụp với những gì đang có.")
                     .arg(m_options.screenshotTimeoutS));
    const QImage image = renderWall(*m_controller->currentScene(), m_controller->config().wall);
    const QString file = QFileInfo(m_options.screenshotFile).absoluteFilePath();
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!image.save(file, "PNG")) {
        printErr(tr("Không ghi được ảnh chụp %1").arg(file));
        QCoreApplication::exit(4);
        return;
    }
    if (!m_options.screenshotReport.isEmpty()) {
        QSaveFile report(QFileInfo(m_options.screenshotReport).absoluteFilePath());
        QDir().mkpath(QFileInfo(report.fileName()).absolutePath());
        const QByteArray json =
            QJsonDocument(screenshotReport(*m_controller->currentScene(), complete)).toJson();
        if (!report.open(QIODevice::WriteOnly) || report.write(json) != json.size() ||
            !report.commit()) {
            printErr(tr("Không ghi được báo cáo ảnh chụp %1: %2")
                         .arg(report.fileName(), report.errorString()));
            QCoreApplication::exit(4);
            return;
        }
    }
    QTextStream(stdout) << file << Qt::endl;
    QCoreApplication::exit(0);
}

} // namespace iocwall
