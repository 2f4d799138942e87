#include "simcameras.h"

#include "camera/cameraregistry.h"
#include "util/jsonfields.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace iocwall {

bool SimCameras::load(const QString &dataRoot, const QSet<QString> &areaCodes,
                      QList<ConfigError> &errors)
{
    m_cameras = {};
    const QString fileName = dataRoot + u"/demo/cameras.json"_s;
    if (!QFileInfo::exists(fileName))
        return true;
    ConfigIssues issues(fileName);
    const auto doc = readJsonFile(fileName, issues);
    // Any well-formed addresses stand in for the placeholders while checking.
    if (doc && readCameraList(
                   doc->object(), areaCodes, issues,
                   {{u"rtsp"_s, u"rtsp://127.0.0.1:1"_s}, {u"http"_s, u"http://127.0.0.1:1"_s}}))
        m_cameras = doc->object().value(u"cameras"_s).toArray();
    errors.append(issues.errors());
    return issues.isEmpty();
}

QJsonObject SimCameras::listJson(const QString &rtspBase, const QString &httpBase) const
{
    QJsonArray cameras;
    for (const QJsonValue &value : m_cameras) {
        QJsonObject camera = value.toObject();
        for (const QString &key : {u"main"_s, u"sub"_s, u"snapshot"_s}) {
            if (!camera.contains(key))
                continue;
            QString url = camera.value(key).toString();
            url.replace(u"{rtsp}"_s, rtspBase);
            url.replace(u"{http}"_s, httpBase);
            camera.insert(key, url);
        }
        cameras.append(camera);
    }
    return {{u"version"_s, 1}, {u"cameras"_s, cameras}};
}

} // namespace iocwall
