#include "screenshotreport.h"

#include "wall/wallscene.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

QString stateOf(const TileItem &tile)
{
    if (tile.showsContent())
        return u"data"_s;
    return tile.hasAnswer() && !tile.data().error.isEmpty() ? u"error"_s : u"no-data"_s;
}

QString freshnessName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh:
        return u"fresh"_s;
    case Freshness::Stale:
        return u"stale"_s;
    case Freshness::Expired:
        return u"expired"_s;
    case Freshness::NoData:
        break;
    }
    return u"no-data"_s;
}

} // namespace

QJsonObject screenshotReport(const WallScene &scene, bool complete)
{
    QJsonArray tiles;
    for (const TileItem *tile : scene.tiles()) {
        tiles.append(QJsonObject{
            {u"id"_s, tile->spec().id},
            {u"type"_s, tile->spec().type},
            {u"bound"_s, !tile->spec().binding.indicators.isEmpty()},
            {u"state"_s, stateOf(*tile)},
            {u"freshness"_s, freshnessName(tile->freshness())},
        });
    }
    return {{u"scene"_s, scene.sceneSpec().id}, {u"complete"_s, complete}, {u"tiles"_s, tiles}};
}

} // namespace iocwall
