#include "scenemigration.h"

#include "util/jsonfields.h"
#include "wall/scene.h"

#include <QJsonArray>

#include <functional>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct SceneMigrationText {
    Q_DECLARE_TR_FUNCTIONS(SceneMigrationText)
};

// Step N takes a scene from version N to N + 1. Append; never edit a shipped step.
const QList<std::function<QJsonObject(QJsonObject)>> &steps()
{
    static const QList<std::function<QJsonObject(QJsonObject)>> all = {
        &migrateSceneV1ToV2,
    };
    return all;
}

QJsonObject bindingV1ToV2(QJsonObject binding)
{
    if (binding.contains(u"indicator"_s) && !binding.contains(u"indicators"_s))
        binding.insert(u"indicators"_s, QJsonArray{binding.value(u"indicator"_s)});
    binding.remove(u"indicator"_s);
    if (binding.contains(u"days"_s) && !binding.contains(u"window_days"_s))
        binding.insert(u"window_days"_s, binding.value(u"days"_s));
    binding.remove(u"days"_s);
    return binding;
}

} // namespace

QJsonObject migrateSceneV1ToV2(QJsonObject scene)
{
    QJsonArray tiles = scene.value(u"tiles"_s).toArray();
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        QJsonObject tile = tiles.at(i).toObject();
        if (!tiles.at(i).isObject() || !tile.value(u"binding"_s).isObject())
            continue; // the reader reports what is not an object
        tile.insert(u"binding"_s, bindingV1ToV2(tile.value(u"binding"_s).toObject()));
        tiles.replace(i, tile);
    }
    if (scene.value(u"tiles"_s).isArray())
        scene.insert(u"tiles"_s, tiles);
    scene.insert(u"version"_s, 2);
    return scene;
}

std::optional<QJsonObject> migrateSceneJson(const QJsonObject &json, ConfigIssues &issues,
                                            int *fromVersion)
{
    const QJsonValue declared = json.value(u"version"_s);
    const double number = declared.toDouble(-1);
    if (!declared.isDouble() || number != std::floor(number) || number < 1) {
        issues.add(u"/version"_s,
                   declared.isUndefined()
                       ? SceneMigrationText::tr("thiếu trường bắt buộc (phiên bản tệp cảnh, "
                                                "hiện nay là %1)")
                             .arg(Scene::kCurrentVersion)
                       : SceneMigrationText::tr("cần số phiên bản nguyên từ 1 đến %1, nhưng có %2")
                             .arg(Scene::kCurrentVersion)
                             .arg(FieldReader::describe(declared)));
        return std::nullopt;
    }
    const int version = int(number);
    if (fromVersion)
        *fromVersion = version;
    if (version > Scene::kCurrentVersion) {
        issues.add(u"/version"_s,
                   SceneMigrationText::tr("tệp cảnh phiên bản %1 mới hơn chương trình này "
                                          "(đọc được đến phiên bản %2); hãy cập nhật iocwall")
                       .arg(version)
                       .arg(Scene::kCurrentVersion));
        return std::nullopt;
    }
    QJsonObject out = json;
    for (int v = version; v < Scene::kCurrentVersion; ++v)
        out = steps().at(v - 1)(out);
    return out;
}

} // namespace iocwall
