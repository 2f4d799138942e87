#pragma once

#include "camera/camerainfo.h"
#include "hub/sourceconfig.h"
#include "util/configerror.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace iocwall {

// cameras.json in the configuration folder, one of two forms:
//
//   {"version": 1, "cameras": [{"id": "nga-tu-mit-mot", "name": "Ngã tư Mít Một",
//     "name_en": "…"?, "area": "hiep-tan"?, "kind": "giao-thong",
//     "main": "rtsp://…", "sub": "rtsp://…"?, "snapshot": "http://…"?,
//     "location": {"lat": 11.29, "lon": 106.15}?}, …]}
//
//   {"version": 1, "source": {"url": "https://ioc…/api/v1/cameras",
//     "auth": {…}?, "tls": {…}?, "timeout_s": 15?}}   auth and tls as in sources/*.json
//
// An IOC API serves a camera list in the first form. Ids are unique; stream
// URLs are rtsp, rtsps, http, https or file; kinds are the ids of
// cameraKindIds(); areas are codes from data/areas.
struct CameraConfig {
    QList<CameraInfo> cameras;          // listed in the file
    std::optional<SourceConfig> source; // or fetched from this API (type "camera-list")
};

// The kind ids of cameras.json: giao-thong, an-ninh-trat-tu, mot-cua, khac.
QStringList cameraKindIds();
QString cameraKindId(CameraInfo::Kind kind);
std::optional<CameraInfo::Kind> cameraKindFromId(const QString &id);
// The kind as operators say it (through tr(): "Giao thông", "An ninh trật tự", …).
QString cameraKindName(CameraInfo::Kind kind);

// Codes of the town and its wards/communes: data/areas of the built-in
// configuration plus `configDir`/areas when it has any.
QSet<QString> knownAreaCodes(const QString &configDir = {});

// Reads cameras.json. nullopt when it is unusable; every problem in `issues`.
// An empty `areas` skips the area check. `substitutions` fills {name}
// placeholders in the source URL.
std::optional<CameraConfig> readCameraConfig(const QString &fileName, const QSet<QString> &areas,
                                             ConfigIssues &issues,
                                             const QHash<QString, QString> &substitutions = {});

// Reads a camera list ({"version": 1, "cameras": […]}) from a payload, e.g. an
// API answer; `issues` names where it came from. nullopt when any camera is
// wrong: a list is taken whole or not at all.
std::optional<QList<CameraInfo>> readCameraList(const QByteArray &payload,
                                                const QSet<QString> &areas, ConfigIssues &issues,
                                                const QHash<QString, QString> &substitutions = {});
std::optional<QList<CameraInfo>> readCameraList(const QJsonObject &root, const QSet<QString> &areas,
                                                ConfigIssues &issues,
                                                const QHash<QString, QString> &substitutions = {});

// The list as cameras.json (the first form), e.g. to keep the last good one.
QJsonObject cameraListJson(const QList<CameraInfo> &cameras);

} // namespace iocwall
