#pragma once

#include "runtime/options.h"
#include "runtime/vnformat.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace iocwall {

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
    void openWindows();
    void startScreenshot();
    void takeScreenshot(bool complete);

    AppOptions m_options;
    Theme m_theme;
    std::unique_ptr<Formatter> m_formatter;
    std::unique_ptr<StreamBudget> m_streams; // camera decode budget (wall.json max_streams)
    std::unique_ptr<WallRuntime> m_runtime;
    std::unique_ptr<WallController> m_controller;
    std::vector<std::unique_ptr<WallView>> m_views;
    QTimer m_screenshotTimeout;
    quint64 m_screenshotGeneration = 0;
    bool m_screenshotTaken = false;
    static constexpr qint64 kCameraWaitMs = 15000;
    QElapsedTimer m_cameraWait; // since the screenshot was asked for
};

} // namespace iocwall
