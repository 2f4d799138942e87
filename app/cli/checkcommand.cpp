#include "checkcommand.h"

#include "camera/cameraregistry.h"
#include "geo/geojson.h"
#include "hub/connector.h"
#include "hub/connectors/jsonconnector.h"
#include "util/jsonfields.h"
#include "wall/scene.h"
#include "wall/tiletypes.h"
#include "wall/wallgeometry.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace iocwall::cli {

namespace {

struct CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QStringList jsonFiles(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        out.append(d.filePath(name));
    return out;
}

void checkScene(const QString &file, const WallGeometry &wall, const QString &configDir,
                QList<ConfigError> &errors)
{
    ConfigIssues issues(file);
    std::optional<Scene> scene;
    if (const auto doc = readJsonFile(file, issues))
        scene = sceneFromJson(doc->object(), wall, builtinTileTypes(), issues);
    errors.append(issues.errors());
    if (!scene)
        return;
    // A map's boundaries are a file of their own: checked once each, by their own name.
    QStringList checked;
    for (const TileSpec &tile : scene->tiles) {
        if (tile.type != u"map")
            continue;
        const QString geo = geoJsonPath(tile.props.value(u"geojson"_s).toString(), configDir);
        if (checked.contains(geo))
            continue;
        checked.append(geo);
        ConfigIssues geoIssues(geo);
        readGeoJson(geo, geoIssues);
        errors.append(geoIssues.errors());
    }
}

void checkSource(const QString &file, const QStringList &types, QList<ConfigError> &errors)
{
    ConfigIssues issues(file);
    // Placeholders such as {simulator} are filled by the program that reads
    // the file; here any well-formed URL stands in for them.
    const auto source = readSourceConfig(file, issues, {{u"simulator"_s, u"http://127.0.0.1"_s}});
    if (source) {
        if (!types.contains(source->type))
            issues.add(u"/type"_s, CheckCommand::tr("loại nguồn \"%1\" không có; các loại có: %2")
                                       .arg(source->type, types.join(u", "_s)));
        else if (source->type == JsonConnector::kType)
            jsonmap::readJsonPlan(source->settings, issues);
    }
    errors.append(issues.errors());
}

} // namespace

QList<ConfigError> checkConfigDir(const QString &dir)
{
    QList<ConfigError> errors;
    const QDir d(dir);
    const QString wallFile = d.filePath(u"wall.json"_s);
    ConfigIssues wallIssues(wallFile);
    const auto wall = readWallGeometry(wallFile, wallIssues);
    errors.append(wallIssues.errors());

    const QStringList scenes = jsonFiles(d.filePath(u"scenes"_s));
    if (scenes.isEmpty())
        errors.append(
            {d.filePath(u"scenes"_s), {}, FieldReader::tr("không có tệp cảnh nào (*.json)")});
    for (const QString &file : scenes) {
        if (wall)
            checkScene(file, *wall, dir, errors);
        else
            errors.append(
                {file, {}, CheckCommand::tr("chưa kiểm tra được: wall.json phải đúng trước")});
    }
    const QStringList types = ConnectorRegistry::builtin().types();
    for (const QString &file : jsonFiles(d.filePath(u"sources"_s)))
        checkSource(file, types, errors);
    const QString camerasFile = d.filePath(u"cameras.json"_s);
    if (QFileInfo::exists(camerasFile)) {
        ConfigIssues issues(camerasFile);
        // {simulator} stands for the built-in simulator, as in sources/*.json.
        readCameraConfig(camerasFile, knownAreaCodes(dir), issues,
                         {{u"simulator"_s, u"http://127.0.0.1"_s}});
        errors.append(issues.errors());
    }
    return errors;
}

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1 || args.first().startsWith(u"--")) {
        err << CheckCommand::tr("cách dùng: iocwall-cli check CONFIGDIR") << Qt::endl;
        return 2;
    }
    const QString dir = args.first();
    if (!QFileInfo(dir).isDir()) {
        err << CheckCommand::tr("không có thư mục %1").arg(dir) << Qt::endl;
        return 2;
    }
    const QList<ConfigError> errors = checkConfigDir(dir);
    for (const ConfigError &e : errors)
        out << e.toString() << '\n';
    out.flush();
    if (errors.isEmpty()) {
        err << CheckCommand::tr("cấu hình hợp lệ: %1").arg(QDir(dir).absolutePath()) << Qt::endl;
        return 0;
    }
    err << CheckCommand::tr("%n vấn đề", nullptr, int(errors.size())) << Qt::endl;
    return 1;
}

} // namespace iocwall::cli
