#pragma once

#include "camera/camerainfo.h"
#include "runtime/options.h"
#include "runtime/vnformat.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace iocwall {

class CameraListLoader;
class CamStreamThread;
class SecretStore;
class StreamBudget;
class WallController;
class WallRuntime;
class WallView;

// Starts a wall from the command line's options: reads the configuration,
// opens the cache, starts the sources (the built-in simulator for the demo),
// then either opens the windows or renders one screenshot and quits.
class WallApplication : public QObject {
    Q_OBJECT
public:
    explicit WallApplication(AppOptions options, QObject *parent = nullptr);
    ~WallApplication() override;

    // 0 when the wall is up and the event loop should run; otherwise the
    // process exit code (the reason already printed on stderr).
    int start();

private:
    // The demo's test cameras (RTSP, MJPEG, HLS) in a thread of their own.
    void startDemoStreams();
    // Reads cameras.json (`fileName`) and keeps m_cameras up to date; false
    // when the file is wrong (the problems printed).
    bool loadCameras(const QString &fileName, const SecretStore &secrets,
                     const QHash<QString, QString> &placeholders);
    void openWindows();
    void startScreenshot();
    void takeScreenshot(bool complete);

    AppOptions m_options;
    Theme m_theme;
    std::unique_ptr<Formatter> m_formatter;
    std::unique_ptr<CamStreamThread> m_demoCameras; // --demo only
    std::unique_ptr<StreamBudget> m_streams;        // camera decode budget (wall.json max_streams)
    std::unique_ptr<WallRuntime> m_runtime;
    CameraRegistry m_cameras; // TileContext::cameras points here
    std::unique_ptr<CameraListLoader> m_cameraLoader;
    std::unique_ptr<WallController> m_controller;
    std::vector<std::unique_ptr<WallView>> m_views;
    QTimer m_screenshotTimeout;
    quint64 m_screenshotGeneration = 0;
    bool m_screenshotTaken = false;
    static constexpr qint64 kCameraWaitMs = 15000;
    QElapsedTimer m_cameraWait; // since the screenshot was asked for
};

} // namespace iocwall
