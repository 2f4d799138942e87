#include "scene.h"

#include "util/jsonfields.h"
#include "wall/scenemigration.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// Edges of cell i along one axis: `cells` cells per screen of `screenPx`
// pixels, screens separated by `gapPx` of bezel.
struct Axis {
    int cells;
    int screenPx;
    int gapPx;
    int start(int i) const
    {
        return (i / cells) * (screenPx + gapPx) + (i % cells) * screenPx / cells;
    }
    int end(int i) const
    {
        return (i / cells) * (screenPx + gapPx) + (i % cells + 1) * screenPx / cells;
    }
};

QVariant readProperty(const PropertySpec &spec, const FieldReader &props)
{
    if (!props.has(spec.name))
        return spec.defaultValue;
    switch (spec.kind) {
    case PropertySpec::Kind::Integer:
        return props.integer(spec.name, Need::Optional, spec.defaultValue.toInt(),
                             int(spec.min.value_or(-1e9)), int(spec.max.value_or(1e9)));
    case PropertySpec::Kind::Number:
        return props.number(spec.name, Need::Optional, spec.defaultValue.toDouble(), spec.min,
                            spec.max);
    case PropertySpec::Kind::Boolean:
        return props.boolean(spec.name, spec.defaultValue.toBool());
    case PropertySpec::Kind::String: {
        const QString value = props.string(spec.name, Need::Optional, spec.defaultValue.toString());
        // A string with choices is a comma-separated list of them (a table's columns).
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            if (spec.choices.isEmpty() || spec.choices.contains(item.trimmed()))
                continue;
            props.issues().add(props.pathOf(spec.name),
                               FieldReader::tr("cần các giá trị trong %1, cách nhau bằng dấu "
                                               "phẩy, nhưng có \"%2\"")
                                   .arg(spec.choices.join(u", "_s), item.trimmed()));
            return spec.defaultValue;
        }
        return value;
    }
    case PropertySpec::Kind::Choice: {
        const QString value = props.string(spec.name, Need::Optional, spec.defaultValue.toString());
        if (!spec.choices.contains(value)) {
            props.issues().add(props.pathOf(spec.name),
                               FieldReader::tr("cần một trong %1, nhưng có \"%2\"")
                                   .arg(spec.choices.join(u", "_s), value));
            return spec.defaultValue;
        }
        return value;
    }
    }
    return spec.defaultValue;
}

TileBinding readBinding(const FieldReader &tile, const TileTypeSpec &type)
{
    TileBinding b;
    const QJsonObject json =
        tile.object(u"binding"_s, type.needsIndicator ? Need::Required : Need::Optional);
    FieldReader r(json, tile.pathOf(u"binding"_s), tile.issues());
    if (json.isEmpty())
        return b;
    // Names of version 1 that a migrated file no longer has: here they come
    // from a file that says it is version 2, and would be ignored silently.
    for (const auto &[old, current] : {std::pair{u"indicator"_s, u"\"indicators\": [...]"_s},
                                       std::pair{u"days"_s, u"\"window_days\""_s}})
        if (r.has(old))
            tile.issues().add(r.pathOf(old),
                              FieldReader::tr("phiên bản %1 không dùng trường này; thay bằng %2")
                                  .arg(Scene::kCurrentVersion)
                                  .arg(current));
    b.indicators =
        r.stringList(u"indicators"_s, type.needsIndicator ? Need::Required : Need::Optional);
    if (b.indicators.size() > type.maxIndicators)
        tile.issues().add(r.pathOf(u"indicators"_s),
                          type.maxIndicators == 0
                              ? FieldReader::tr("kiểu ô này không dùng chỉ tiêu, nhưng có %1")
                                    .arg(b.indicators.size())
                              : FieldReader::tr("kiểu ô này nhận tối đa %1 chỉ tiêu, nhưng có %2")
                                    .arg(type.maxIndicators)
                                    .arg(b.indicators.size()));
    b.areas = r.stringList(u"areas"_s, Need::Optional);
    b.period = r.string(u"period"_s, Need::Optional, b.period);
    if (!QStringList{u"hour"_s, u"day"_s, u"week"_s, u"month"_s}.contains(b.period))
        tile.issues().add(
            r.pathOf(u"period"_s),
            FieldReader::tr("cần hour, day, week hoặc month, nhưng có \"%1\"").arg(b.period));
    b.days = r.integer(u"window_days"_s, Need::Optional, b.days, 1, 3660);
    if (r.has(u"aggregation"_s)) {
        const QString agg = r.string(u"aggregation"_s);
        b.aggregation = aggregationFromString(agg);
        if (!b.aggregation)
            tile.issues().add(
                r.pathOf(u"aggregation"_s),
                FieldReader::tr("cần sum, avg, last hoặc max, nhưng có \"%1\"").arg(agg));
    }
    return b;
}

} // namespace

QRect cellSpanRect(const WallGeometry &wall, const Scene &scene, int column, int row,
                   int columnSpan, int rowSpan)
{
    const Axis x{scene.columnsPerScreen, wall.screenWidthPx, wall.bezelPx()};
    const Axis y{scene.rowsPerScreen, wall.screenHeightPx, wall.bezelPx()};
    const int left = x.start(column);
    const int top = y.start(row);
    return {left, top, x.end(column + columnSpan - 1) - left, y.end(row + rowSpan - 1) - top};
}

std::optional<Scene> sceneFromJson(const QJsonObject &file, const WallGeometry &wall,
                                   const TileTypeSpecs &types, ConfigIssues &issues)
{
    const qsizetype before = issues.errors().size();
    const auto migrated = migrateSceneJson(file, issues);
    if (!migrated)
        return std::nullopt;
    const QJsonObject &json = *migrated;
    FieldReader root(json, {}, issues);
    Scene scene;
    scene.id = root.string(u"id"_s);
    scene.name = root.string(u"name"_s);
    scene.nameEn = root.string(u"name_en"_s, Need::Optional);
    const QJsonObject gridJson = root.object(u"grid"_s, Need::Optional);
    FieldReader grid(gridJson, u"/grid"_s, issues);
    scene.columnsPerScreen =
        grid.integer(u"columns_per_screen"_s, Need::Optional, scene.columnsPerScreen, 1, 24);
    scene.rowsPerScreen =
        grid.integer(u"rows_per_screen"_s, Need::Optional, scene.rowsPerScreen, 1, 24);
    scene.order = root.integer(u"order"_s, Need::Optional, scene.order, 1, 99);
    scene.staleAfterS =
        root.integer(u"stale_after_s"_s, Need::Optional, scene.staleAfterS, 10, 7 * 86400);
    scene.expiredAfterS =
        root.integer(u"expired_after_s"_s, Need::Optional, scene.expiredAfterS, 10, 30 * 86400);
    if (scene.expiredAfterS < scene.staleAfterS)
        issues.add(
            u"/expired_after_s"_s,
            FieldReader::tr("cần lớn hơn hoặc bằng stale_after_s (%1)").arg(scene.staleAfterS));

    const int totalColumns = scene.columnsPerScreen * wall.columns;
    const int totalRows = scene.rowsPerScreen * wall.rows;
    QList<QList<QString>> occupied(totalRows, QList<QString>(totalColumns));
    QSet<QString> ids;

    const QJsonArray tiles = root.array(u"tiles"_s);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const QString path = u"/tiles/"_s + QString::number(i);
        if (!tiles.at(i).isObject()) {
            issues.add(path, FieldReader::tr("cần một đối tượng ô, nhưng có %1")
                                 .arg(FieldReader::describe(tiles.at(i))));
            continue;
        }
        FieldReader t(tiles.at(i).toObject(), path, issues);
        TileSpec tile;
        tile.id = t.string(u"id"_s);
        if (!tile.id.isEmpty() && ids.contains(tile.id))
            issues.add(t.pathOf(u"id"_s), FieldReader::tr("mã ô \"%1\" bị trùng").arg(tile.id));
        ids.insert(tile.id);
        tile.type = t.string(u"type"_s);
        const auto type = types.constFind(tile.type);
        if (!tile.type.isEmpty() && type == types.cend()) {
            QStringList known = types.keys();
            known.sort();
            issues.add(t.pathOf(u"type"_s),
                       FieldReader::tr("kiểu ô \"%1\" không tồn tại; các kiểu có: %2")
                           .arg(tile.type, known.join(u", "_s)));
        }
        tile.title = t.string(u"title"_s, Need::Optional);
        tile.titleEn = t.string(u"title_en"_s, Need::Optional);
        tile.column = t.integer(u"col"_s, Need::Required, 0, 0, totalColumns - 1);
        tile.row = t.integer(u"row"_s, Need::Required, 0, 0, totalRows - 1);
        tile.columnSpan =
            t.integer(u"col_span"_s, Need::Optional, 1, 1, totalColumns - tile.column);
        tile.rowSpan = t.integer(u"row_span"_s, Need::Optional, 1, 1, totalRows - tile.row);
        if (type != types.cend()) {
            tile.binding = readBinding(t, *type);
            const QJsonObject propsJson = t.object(u"props"_s, Need::Optional);
            FieldReader props(propsJson, t.pathOf(u"props"_s), issues);
            for (const PropertySpec &spec : type->properties)
                tile.props.insert(spec.name, readProperty(spec, props));
            for (auto it = propsJson.begin(); it != propsJson.end(); ++it) {
                const bool known =
                    std::any_of(type->properties.begin(), type->properties.end(),
                                [&](const PropertySpec &s) { return s.name == it.key(); });
                if (!known)
                    issues.add(
                        props.pathOf(it.key()),
                        FieldReader::tr("kiểu ô \"%1\" không có thuộc tính này").arg(tile.type));
            }
        }
        for (int r = tile.row; r < tile.row + tile.rowSpan && r < totalRows; ++r) {
            for (int c = tile.column; c < tile.column + tile.columnSpan && c < totalColumns; ++c) {
                QString &owner = occupied[r][c];
                if (!owner.isEmpty() && owner != tile.id) {
                    issues.add(path,
                               FieldReader::tr("ô \"%1\" chồng lên ô \"%2\" tại cột %3, hàng %4")
                                   .arg(tile.id, owner)
                                   .arg(c)
                                   .arg(r));
                    r = totalRows; // one message per overlapping tile is enough
                    break;
                }
                owner = tile.id;
            }
        }
        scene.tiles.append(tile);
    }
    if (issues.errors().size() != before)
        return std::nullopt;
    return scene;
}

std::optional<Scene> readScene(const QString &fileName, const WallGeometry &wall,
                               const TileTypeSpecs &types, ConfigIssues &issues)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    return sceneFromJson(doc->object(), wall, types, issues);
}

} // namespace iocwall
