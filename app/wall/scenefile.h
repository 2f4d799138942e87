#pragma once

#include <QJsonObject>
#include <QString>

namespace iocwall {

// Writes a scene file so that a crash, a full disk or a power cut never leaves
// a half-written scene: the new text goes to a temporary file in the same
// folder that replaces `fileName` only when complete (QSaveFile). The file it
// replaces is kept as `<fileName>.bak`. On failure nothing on disk changed
// and `error` says which file and why. Threading: any one thread.
bool saveSceneJson(const QJsonObject &scene, const QString &fileName, QString *error);

// `<fileName>.bak`: where saveSceneJson keeps the previous version.
QString sceneBackupPath(const QString &fileName);

} // namespace iocwall
