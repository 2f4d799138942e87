#include "geojson.h"

#include "util/jsonfields.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct GeoText {
    Q_DECLARE_TR_FUNCTIONS(GeoText)
};

// A position is [longitude, latitude] (a third number, the altitude, is allowed).
std::optional<QPointF> readPosition(const QJsonValue &value, const QString &path,
                                    ConfigIssues &issues)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
        issues.add(path, GeoText::tr("cần [kinh độ, vĩ độ] là hai số, nhưng có %1")
                             .arg(FieldReader::describe(value)));
        return std::nullopt;
    }
    const double lon = a.at(0).toDouble();
    const double lat = a.at(1).toDouble();
    bool ok = true;
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0) {
        issues.add(path + u"/0"_s,
                   GeoText::tr("cần kinh độ từ -180 đến 180, nhưng có %1").arg(lon));
        ok = false;
    }
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0) {
        issues.add(path + u"/1"_s, GeoText::tr("cần vĩ độ từ -90 đến 90, nhưng có %1").arg(lat));
        ok = false;
    }
    return ok ? std::optional<QPointF>(QPointF(lon, lat)) : std::nullopt;
}

std::optional<QList<QPointF>> readRing(const QJsonValue &value, const QString &path,
                                       ConfigIssues &issues)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() < 4) {
        issues.add(path, GeoText::tr("cần một vòng khép kín của ít nhất 4 điểm, nhưng có %1")
                             .arg(value.isArray() ? GeoText::tr("%n điểm", nullptr, int(a.size()))
                                                  : FieldReader::describe(value)));
        return std::nullopt;
    }
    QList<QPointF> ring;
    ring.reserve(a.size());
    bool ok = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (const auto p = readPosition(a.at(i), path + u'/' + QString::number(i), issues))
            ring.append(*p);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    if (ring.first() != ring.last()) {
        issues.add(path + u'/' + QString::number(a.size() - 1),
                   GeoText::tr("cần điểm cuối trùng điểm đầu (vòng khép kín)"));
        return std::nullopt;
    }
    return ring;
}

std::optional<GeoPolygon> readPolygon(const QJsonValue &value, const QString &path,
                                      ConfigIssues &issues)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.isEmpty()) {
        issues.add(path, GeoText::tr("cần một mảng các vòng của đa giác, nhưng có %1")
                             .arg(FieldReader::describe(value)));
        return std::nullopt;
    }
    GeoPolygon polygon;
    bool ok = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (auto ring = readRing(a.at(i), path + u'/' + QString::number(i), issues))
            polygon.rings.append(std::move(*ring));
        else
            ok = false;
    }
    return ok ? std::optional<GeoPolygon>(std::move(polygon)) : std::nullopt;
}

std::optional<GeoFeature> readFeature(const QJsonValue &value, const QString &path,
                                      ConfigIssues &issues)
{
    if (!value.isObject()) {
        issues.add(path,
                   GeoText::tr("cần một Feature, nhưng có %1").arg(FieldReader::describe(value)));
        return std::nullopt;
    }
    const qsizetype before = issues.errors().size();
    FieldReader f(value.toObject(), path, issues);
    if (f.string(u"type"_s) != u"Feature" && f.has(u"type"_s))
        issues.add(f.pathOf(u"type"_s), GeoText::tr("cần \"Feature\""));
    GeoFeature feature;
    FieldReader props(f.object(u"properties"_s), f.pathOf(u"properties"_s), issues);
    feature.code = props.string(u"code"_s);
    feature.name = props.string(u"name"_s, Need::Optional);
    feature.nameEn = props.string(u"name_en"_s, Need::Optional);
    feature.shortName = props.string(u"short_name"_s, Need::Optional, feature.name);

    FieldReader geometry(f.object(u"geometry"_s), f.pathOf(u"geometry"_s), issues);
    const QString type = geometry.string(u"type"_s);
    const QJsonArray coordinates = geometry.array(u"coordinates"_s);
    const QString coordinatesPath = geometry.pathOf(u"coordinates"_s);
    if (type == u"Polygon") {
        if (auto polygon = readPolygon(coordinates, coordinatesPath, issues))
            feature.polygons.append(std::move(*polygon));
    } else if (type == u"MultiPolygon") {
        if (coordinates.isEmpty() && geometry.has(u"coordinates"_s))
            issues.add(coordinatesPath, GeoText::tr("cần ít nhất một đa giác"));
        for (qsizetype i = 0; i < coordinates.size(); ++i)
            if (auto polygon = readPolygon(coordinates.at(i),
                                           coordinatesPath + u'/' + QString::number(i), issues))
                feature.polygons.append(std::move(*polygon));
    } else if (!type.isEmpty()) {
        issues.add(geometry.pathOf(u"type"_s),
                   GeoText::tr("cần \"Polygon\" hoặc \"MultiPolygon\", nhưng có \"%1\"").arg(type));
    }
    if (issues.errors().size() != before)
        return std::nullopt;
    return feature;
}

// Twice the signed area and the centroid of a ring (shoelace formula).
QPointF ringCentroid(const QList<QPointF> &ring, double *twiceArea)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QPointF p = ring.at(i), q = ring.at(i + 1);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    *twiceArea = a;
    if (std::fabs(a) < 1e-15) {
        QPointF sum;
        for (const QPointF &p : ring)
            sum += p;
        return ring.isEmpty() ? QPointF() : sum / double(ring.size());
    }
    return QPointF(cx / (3 * a), cy / (3 * a));
}

} // namespace

QPointF GeoFeature::labelPoint() const
{
    QPointF best;
    double bestArea = -1;
    for (const GeoPolygon &polygon : polygons) {
        if (polygon.rings.isEmpty())
            continue;
        double twiceArea = 0;
        const QPointF c = ringCentroid(polygon.rings.first(), &twiceArea);
        if (std::fabs(twiceArea) > bestArea) {
            bestArea = std::fabs(twiceArea);
            best = c;
        }
    }
    return best;
}

QRectF GeoMap::bounds() const
{
    bool first = true;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (const GeoFeature &f : features)
        for (const GeoPolygon &polygon : f.polygons)
            for (const QList<QPointF> &ring : polygon.rings)
                for (const QPointF &p : ring) {
                    if (first) {
                        minX = maxX = p.x();
                        minY = maxY = p.y();
                        first = false;
                    }
                    minX = std::min(minX, p.x());
                    maxX = std::max(maxX, p.x());
                    minY = std::min(minY, p.y());
                    maxY = std::max(maxY, p.y());
                }
    return first ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

const GeoFeature *GeoMap::feature(const QString &code) const
{
    for (const GeoFeature &f : features)
        if (f.code == code)
            return &f;
    return nullptr;
}

std::optional<GeoMap> geoJsonFromDocument(const QJsonDocument &doc, ConfigIssues &issues)
{
    if (!doc.isObject()) {
        issues.add(u"/"_s, FieldReader::tr("cần một đối tượng JSON ở gốc tệp"));
        return std::nullopt;
    }
    const qsizetype before = issues.errors().size();
    FieldReader root(doc.object(), QString(), issues);
    const QString type = root.string(u"type"_s);
    if (!type.isEmpty() && type != u"FeatureCollection")
        issues.add(root.pathOf(u"type"_s),
                   GeoText::tr("cần \"FeatureCollection\", nhưng có \"%1\"").arg(type));
    GeoMap map;
    map.name = root.string(u"name"_s, Need::Optional);
    map.approximate = root.boolean(u"approximate"_s, false);
    const QJsonArray features = root.array(u"features"_s);
    if (features.isEmpty() && root.has(u"features"_s))
        issues.add(root.pathOf(u"features"_s), GeoText::tr("cần ít nhất một Feature"));
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString path = root.pathOf(u"features"_s) + u'/' + QString::number(i);
        auto feature = readFeature(features.at(i), path, issues);
        if (!feature)
            continue;
        if (const auto it = seen.constFind(feature->code); it != seen.cend()) {
            issues.add(path + u"/properties/code"_s,
                       GeoText::tr("cần mã vùng không trùng; \"%1\" đã có ở /features/%2")
                           .arg(feature->code)
                           .arg(*it));
            continue;
        }
        seen.insert(feature->code, i);
        map.features.append(std::move(*feature));
    }
    if (issues.errors().size() != before)
        return std::nullopt;
    return map;
}

QString geoJsonPath(const QString &configured, const QString &configDir)
{
    const QString path = configured.isEmpty() ? u"geo/hoa-thanh.geojson"_s : configured;
    if (path.startsWith(u":/"_s) || QDir::isAbsolutePath(path))
        return path;
    if (!configDir.isEmpty() && QFileInfo::exists(QDir(configDir).filePath(path)))
        return QDir(configDir).filePath(path);
    return u":/data/"_s + path;
}

std::optional<GeoMap> readGeoJson(const QString &fileName, ConfigIssues &issues)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    return geoJsonFromDocument(*doc, issues);
}

} // namespace iocwall
