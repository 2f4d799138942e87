#include "scenecommand.h"

#include "util/jsonfields.h"
#include "wall/scene.h"
#include "wall/scenefile.h"
#include "wall/scenemigration.h"
#include "wall/tiletypes.h"
#include "wall/wallgeometry.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace iocwall::cli {

namespace {

struct SceneCommand {
    Q_DECLARE_TR_FUNCTIONS(SceneCommand)
};

// The wall a scene file belongs to: given, or the wall.json of its
// configuration folder (scenes/ sits next to it), or the default wall.
std::optional<WallGeometry> wallFor(const QString &sceneFile, const QString &given,
                                    QList<ConfigError> &errors)
{
    QString file = given;
    if (file.isEmpty()) {
        const QString beside = QFileInfo(sceneFile).absoluteDir().filePath(u"../wall.json"_s);
        if (QFileInfo::exists(beside))
            file = QDir::cleanPath(beside);
    }
    if (file.isEmpty())
        return WallGeometry{};
    ConfigIssues issues(file);
    auto wall = readWallGeometry(file, issues);
    errors.append(issues.errors());
    return wall;
}

int migrate(const QString &file, const QString &wallFile, QTextStream &out, QTextStream &err)
{
    QList<ConfigError> errors;
    const auto wall = wallFor(file, wallFile, errors);
    ConfigIssues issues(file);
    int from = 0;
    std::optional<QJsonObject> migrated;
    if (const auto doc = readJsonFile(file, issues)) {
        migrated = migrateSceneJson(doc->object(), issues, &from);
        if (migrated && wall)
            sceneFromJson(*migrated, *wall, builtinTileTypes(), issues);
    }
    errors.append(issues.errors());
    if (!errors.isEmpty() || !migrated) {
        for (const ConfigError &e : errors)
            err << e.toString() << Qt::endl;
        err << SceneCommand::tr("không chuyển được %1; tệp giữ nguyên").arg(file) << Qt::endl;
        return 1;
    }
    if (from == Scene::kCurrentVersion) {
        out << SceneCommand::tr("%1 đã ở phiên bản %2; không đổi gì")
                   .arg(file)
                   .arg(Scene::kCurrentVersion)
            << Qt::endl;
        return 0;
    }
    QString error;
    if (!saveSceneJson(*migrated, file, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << SceneCommand::tr("đã chuyển %1 từ phiên bản %2 sang %3; bản cũ giữ ở %4")
               .arg(file)
               .arg(from)
               .arg(Scene::kCurrentVersion)
               .arg(sceneBackupPath(file))
        << Qt::endl;
    return 0;
}

} // namespace

int runScene(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    QString wallFile;
    const qsizetype wallAt = rest.indexOf(u"--wall"_s);
    if (wallAt >= 0 && wallAt + 1 < rest.size()) {
        wallFile = rest.at(wallAt + 1);
        rest.remove(wallAt, 2);
    }
    if (rest.size() != 2 || rest.first() != u"migrate" || rest.at(1).startsWith(u"--")) {
        err << SceneCommand::tr("cách dùng: iocwall-cli scene migrate FILE [--wall WALL.json]")
            << Qt::endl;
        return 2;
    }
    return migrate(rest.at(1), wallFile, out, err);
}

} // namespace iocwall::cli
