#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace iocwall {

// The wall's command line, parsed without side effects so it can be tested.
struct AppOptions {
    bool demo = false;
    QString configDir;        // empty: the built-in configuration
    QString dataDir;          // empty: the user's data folder
    QString screenshotFile;   // set: render the wall once data has loaded, save, exit
    QString screenshotReport; // set with screenshotFile: each tile's state as JSON
    QString scene;            // scene id to show first
    QString language = QStringLiteral("vi");
    bool preview = false;
    int screenshotTimeoutS = 60;
};

struct ParsedOptions {
    enum class Action { Run, ShowVersion, ShowHelp, Error };
    Action action = Action::Run;
    AppOptions options;
    QString text; // the version, the help, or what was wrong
};

ParsedOptions parseOptions(const QStringList &arguments);

} // namespace iocwall
