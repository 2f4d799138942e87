#include "configset.h"

#include "util/jsonfields.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

QStringList jsonFiles(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        out.append(d.filePath(name));
    return out;
}

QList<SourceConfig> readSources(const QString &dir, const QHash<QString, QString> &substitutions,
                                QList<ConfigError> *errors)
{
    QList<SourceConfig> out;
    for (const QString &file : jsonFiles(dir)) {
        ConfigIssues issues(file);
        if (auto source = readSourceConfig(file, issues, substitutions))
            out.append(*source);
        errors->append(issues.errors());
    }
    return out;
}

} // namespace

int ConfigSet::sceneIndex(const QString &id) const
{
    for (int i = 0; i < scenes.size(); ++i)
        if (scenes.at(i).id == id)
            return i;
    return -1;
}

QString builtinConfigDir()
{
    return u":/data"_s;
}

QList<SourceConfig> demoSources(const QString &simulatorUrl, QList<ConfigError> *errors)
{
    return readSources(builtinConfigDir() + u"/demo/sources"_s, {{u"simulator"_s, simulatorUrl}},
                       errors);
}

std::optional<Scene> reloadScene(const QString &fileName, const WallGeometry &wall,
                                 const TileTypeSpecs &types, QList<ConfigError> *errors)
{
    ConfigIssues issues(fileName);
    auto scene = readScene(fileName, wall, types, issues);
    errors->append(issues.errors());
    return scene;
}

std::optional<RetentionPolicy> readRetention(const QString &fileName, ConfigIssues &issues)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    const qsizetype before = issues.errors().size();
    FieldReader root(doc->object(), {}, issues);
    root.integer(u"version"_s, Need::Required, 1, 1, 1);
    RetentionPolicy p;
    p.rawDays = root.integer(u"raw_days"_s, Need::Optional, p.rawDays, 1, 3650);
    p.hourlyDays = root.integer(u"hourly_days"_s, Need::Optional, p.hourlyDays, 1, 36500);
    p.revisionDays = root.integer(u"revision_days"_s, Need::Optional, p.revisionDays, 1, 36500);
    if (p.hourlyDays < p.rawDays)
        issues.add(u"/hourly_days"_s,
                   FieldReader::tr("cần lớn hơn hoặc bằng raw_days (%1)").arg(p.rawDays));
    if (issues.errors().size() != before)
        return std::nullopt;
    return p;
}

std::optional<ConfigSet> loadConfigSet(const QString &dir, const TileTypeSpecs &types,
                                       QList<ConfigError> *errors)
{
    ConfigSet set;
    set.dir = dir;
    const QString wallFile = QDir(dir).filePath(u"wall.json"_s);
    ConfigIssues wallIssues(wallFile);
    const auto wall = readWallGeometry(wallFile, wallIssues);
    errors->append(wallIssues.errors());
    if (!wall)
        return std::nullopt;
    set.wall = *wall;

    bool scenesOk = true;
    const QStringList sceneFiles = jsonFiles(QDir(dir).filePath(u"scenes"_s));
    for (const QString &file : sceneFiles) {
        if (auto scene = reloadScene(file, set.wall, types, errors))
            set.scenes.append(*scene);
        else
            scenesOk = false;
    }
    if (sceneFiles.isEmpty()) {
        errors->append({QDir(dir).filePath(u"scenes"_s),
                        {},
                        FieldReader::tr("không có tệp cảnh nào (*.json)")});
        return std::nullopt;
    }
    if (!scenesOk)
        return std::nullopt;
    // Scenes follow their "order" (keys 1–9); equal orders follow the file names.
    std::stable_sort(set.scenes.begin(), set.scenes.end(),
                     [](const Scene &a, const Scene &b) { return a.order < b.order; });
    set.sources = readSources(QDir(dir).filePath(u"sources"_s), {}, errors);
    const QString cacheFile = QDir(dir).filePath(u"cache.json"_s);
    if (QFile::exists(cacheFile)) {
        ConfigIssues issues(cacheFile);
        const auto retention = readRetention(cacheFile, issues);
        errors->append(issues.errors());
        if (!retention)
            return std::nullopt;
        set.retention = *retention;
    }
    return set;
}

} // namespace iocwall
