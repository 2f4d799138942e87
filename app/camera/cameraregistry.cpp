#include "cameraregistry.h"

#include "util/jsonfields.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct CameraText {
    Q_DECLARE_TR_FUNCTIONS(CameraText)
};

using Kind = CameraInfo::Kind;

constexpr std::pair<Kind, const char16_t *> kKindIds[] = {
    {Kind::Traffic, u"giao-thong"},
    {Kind::PublicOrder, u"an-ninh-trat-tu"},
    {Kind::OneStopDesk, u"mot-cua"},
    {Kind::Other, u"khac"},
};

QString fill(QString text, const QHash<QString, QString> &substitutions)
{
    for (auto it = substitutions.begin(); it != substitutions.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

// A stream or snapshot URL; records a problem and returns an empty URL when wrong.
QUrl readUrl(const FieldReader &r, const QString &key, Need need, const QStringList &schemes,
             const QHash<QString, QString> &substitutions)
{
    const QString text = fill(r.string(key, need), substitutions);
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !schemes.contains(url.scheme()) ||
        (url.scheme() != u"file" && url.host().isEmpty()))
        r.issues().add(r.pathOf(key), CameraText::tr("cần một địa chỉ %1 hợp lệ, nhưng có \"%2\"")
                                          .arg(schemes.join(u"/"_s), text));
    return url;
}

CameraInfo readCamera(const FieldReader &r, const QSet<QString> &areas,
                      const QHash<QString, QString> &substitutions)
{
    static const QRegularExpression validId(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    static const QStringList streamSchemes{u"rtsp"_s, u"rtsps"_s, u"http"_s, u"https"_s, u"file"_s};
    CameraInfo c;
    c.id = r.string(u"id"_s);
    if (r.has(u"id"_s) && !validId.match(c.id).hasMatch())
        r.issues().add(r.pathOf(u"id"_s),
                       CameraText::tr("cần chữ cái không dấu, chữ số, '-', '_' hoặc '.', nhưng "
                                      "có \"%1\"")
                           .arg(c.id));
    c.name = r.string(u"name"_s);
    c.nameEn = r.string(u"name_en"_s, Need::Optional);
    c.area = r.string(u"area"_s, Need::Optional);
    if (!c.area.isEmpty() && !areas.isEmpty() && !areas.contains(c.area)) {
        QStringList known(areas.begin(), areas.end());
        known.sort();
        r.issues().add(r.pathOf(u"area"_s), CameraText::tr("không có địa bàn \"%1\"; các mã có: %2")
                                                .arg(c.area, known.join(u", "_s)));
    }
    const QString kind = r.string(u"kind"_s);
    if (const auto k = cameraKindFromId(kind))
        c.kind = *k;
    else if (r.has(u"kind"_s))
        r.issues().add(r.pathOf(u"kind"_s), CameraText::tr("cần một trong %1, nhưng có \"%2\"")
                                                .arg(cameraKindIds().join(u", "_s), kind));
    c.mainStream = readUrl(r, u"main"_s, Need::Required, streamSchemes, substitutions);
    c.subStream = readUrl(r, u"sub"_s, Need::Optional, streamSchemes, substitutions);
    c.snapshot = readUrl(r, u"snapshot"_s, Need::Optional, {u"http"_s, u"https"_s, u"file"_s},
                         substitutions);
    if (r.has(u"location"_s)) {
        const FieldReader at(r.object(u"location"_s), r.pathOf(u"location"_s), r.issues());
        c.latitude = at.number(u"lat"_s, Need::Required, 0, -90, 90);
        c.longitude = at.number(u"lon"_s, Need::Required, 0, -180, 180);
    }
    return c;
}

void addAreaCodes(const QString &dir, QSet<QString> &codes)
{
    const QDir d(dir);
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files)) {
        ConfigIssues ignored(d.filePath(name)); // the areas' own readers report them
        const auto doc = readJsonFile(d.filePath(name), ignored);
        if (!doc)
            continue;
        const QString town = doc->object().value(u"town"_s).toObject().value(u"code"_s).toString();
        if (!town.isEmpty())
            codes.insert(town);
        for (const QJsonValue &area : doc->object().value(u"areas"_s).toArray())
            if (const QString code = area.toObject().value(u"code"_s).toString(); !code.isEmpty())
                codes.insert(code);
    }
}

} // namespace

QStringList cameraKindIds()
{
    QStringList ids;
    for (const auto &[kind, id] : kKindIds)
        ids.append(QString::fromUtf16(id));
    return ids;
}

QString cameraKindId(Kind kind)
{
    for (const auto &[k, id] : kKindIds)
        if (k == kind)
            return QString::fromUtf16(id);
    return {};
}

std::optional<Kind> cameraKindFromId(const QString &id)
{
    for (const auto &[kind, text] : kKindIds)
        if (id == QStringView(text))
            return kind;
    return std::nullopt;
}

QString cameraKindName(Kind kind)
{
    switch (kind) {
    case Kind::Traffic:
        return CameraText::tr("Giao thông");
    case Kind::PublicOrder:
        return CameraText::tr("An ninh trật tự");
    case Kind::OneStopDesk:
        return CameraText::tr("Bộ phận một cửa");
    case Kind::Other:
        break;
    }
    return CameraText::tr("Khác");
}

QSet<QString> knownAreaCodes(const QString &configDir)
{
    QSet<QString> codes;
    addAreaCodes(u":/data/areas"_s, codes);
    if (!configDir.isEmpty())
        addAreaCodes(QDir(configDir).filePath(u"areas"_s), codes);
    return codes;
}

std::optional<QList<CameraInfo>> readCameraList(const QJsonObject &root, const QSet<QString> &areas,
                                                ConfigIssues &issues,
                                                const QHash<QString, QString> &substitutions)
{
    const qsizetype before = issues.errors().size();
    const FieldReader r(root, {}, issues);
    r.integer(u"version"_s, Need::Required, 1, 1, 1);
    const QJsonArray list = r.array(u"cameras"_s);
    QList<CameraInfo> cameras;
    QHash<QString, int> firstIndex;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = r.pathOf(u"cameras/%1"_s.arg(i));
        if (!list.at(i).isObject()) {
            issues.add(path, CameraText::tr("cần một đối tượng camera, nhưng có %1")
                                 .arg(FieldReader::describe(list.at(i))));
            continue;
        }
        const CameraInfo camera =
            readCamera(FieldReader(list.at(i).toObject(), path, issues), areas, substitutions);
        if (!camera.id.isEmpty() && firstIndex.contains(camera.id))
            issues.add(path + u"/id"_s, CameraText::tr("mã camera \"%1\" đã dùng ở /cameras/%2")
                                            .arg(camera.id)
                                            .arg(firstIndex.value(camera.id)));
        firstIndex.insert(camera.id, int(i));
        cameras.append(camera);
    }
    if (issues.errors().size() != before)
        return std::nullopt;
    return cameras;
}

std::optional<QList<CameraInfo>> readCameraList(const QByteArray &payload,
                                                const QSet<QString> &areas, ConfigIssues &issues,
                                                const QHash<QString, QString> &substitutions)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        issues.add({}, error.error != QJsonParseError::NoError
                           ? CameraText::tr("JSON không hợp lệ ở byte %1: %2")
                                 .arg(error.offset)
                                 .arg(error.errorString())
                           : CameraText::tr("cần một đối tượng JSON {\"version\", \"cameras\"}"));
        return std::nullopt;
    }
    return readCameraList(doc.object(), areas, issues, substitutions);
}

std::optional<CameraConfig> readCameraConfig(const QString &fileName, const QSet<QString> &areas,
                                             ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions)
{
    const auto doc = readJsonFile(fileName, issues);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    const bool listed = root.contains(u"cameras"_s);
    const bool fetched = root.contains(u"source"_s);
    if (listed == fetched) {
        issues.add({}, CameraText::tr("cần đúng một trong hai: \"cameras\" (danh sách) hoặc "
                                      "\"source\" (API cung cấp danh sách)"));
        return std::nullopt;
    }
    CameraConfig config;
    if (listed) {
        auto cameras = readCameraList(root, areas, issues, substitutions);
        if (!cameras)
            return std::nullopt;
        config.cameras = std::move(*cameras);
        return config;
    }
    const qsizetype before = issues.errors().size();
    const FieldReader r(root, {}, issues);
    r.integer(u"version"_s, Need::Required, 1, 1, 1);
    const QJsonObject source = r.object(u"source"_s);
    if (issues.errors().size() != before)
        return std::nullopt;
    // The source is read as a sources/*.json would be, then its problems are
    // pointed back at /source/… of this file.
    QJsonObject asSource{{u"version"_s, 1},
                         {u"id"_s, u"cameras"_s},
                         {u"name"_s, CameraText::tr("Danh sách camera")},
                         {u"type"_s, u"camera-list"_s},
                         {u"base_url"_s, source.value(u"url"_s)}};
    for (const QString &key : {u"auth"_s, u"tls"_s, u"timeout_s"_s, u"max_request_s"_s})
        if (source.contains(key))
            asSource.insert(key, source.value(key));
    for (auto it = source.begin(); it != source.end(); ++it)
        if (!QStringList{u"url"_s, u"auth"_s, u"tls"_s, u"timeout_s"_s, u"max_request_s"_s}
                 .contains(it.key()))
            issues.add(u"/source/"_s + it.key(),
                       CameraText::tr("trường không được hỗ trợ; có: url, auth, tls, timeout_s, "
                                      "max_request_s"));
    ConfigIssues sourceIssues(fileName);
    config.source = readSourceObject(asSource, fileName, sourceIssues, substitutions);
    for (ConfigError e : sourceIssues.errors()) {
        e.path = e.path == u"/base_url" ? u"/source/url"_s : u"/source"_s + e.path;
        issues.append({e});
    }
    if (!config.source || issues.errors().size() != before)
        return std::nullopt;
    config.source->maxResponseMb = 8; // a camera list is small
    return config;
}

QJsonObject cameraListJson(const QList<CameraInfo> &cameras)
{
    QJsonArray list;
    for (const CameraInfo &c : cameras) {
        QJsonObject o{{u"id"_s, c.id},
                      {u"name"_s, c.name},
                      {u"kind"_s, cameraKindId(c.kind)},
                      {u"main"_s, c.mainStream.toString()}};
        if (!c.nameEn.isEmpty())
            o.insert(u"name_en"_s, c.nameEn);
        if (!c.area.isEmpty())
            o.insert(u"area"_s, c.area);
        if (!c.subStream.isEmpty())
            o.insert(u"sub"_s, c.subStream.toString());
        if (!c.snapshot.isEmpty())
            o.insert(u"snapshot"_s, c.snapshot.toString());
        if (c.latitude && c.longitude)
            o.insert(u"location"_s, QJsonObject{{u"lat"_s, *c.latitude}, {u"lon"_s, *c.longitude}});
        list.append(o);
    }
    return {{u"version"_s, 1}, {u"cameras"_s, list}};
}

} // namespace iocwall
