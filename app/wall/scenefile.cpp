#include "scenefile.h"

#include "wall/scenejsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct SceneFileText {
    Q_DECLARE_TR_FUNCTIONS(SceneFileText)
};

// Writes `bytes` to `fileName` through a temporary file; leaves it open for
// the caller to commit so two files can be committed in a chosen order.
bool prepare(QSaveFile &file, const QByteArray &bytes, QString *error)
{
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            SceneFileText::tr("không ghi được %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error =
            SceneFileText::tr("không ghi được %1: %2").arg(file.fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

QString sceneBackupPath(const QString &fileName)
{
    return fileName + u".bak"_s;
}

bool saveSceneJson(const QJsonObject &scene, const QString &fileName, QString *error)
{
    QSaveFile out(fileName);
    if (!prepare(out, sceneJsonText(scene), error))
        return false;
    // The backup is written before the scene is replaced, and as a copy: if
    // anything fails the original is still where it was.
    QFile previous(fileName);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly)) {
            *error = SceneFileText::tr("không đọc được bản cũ %1 để giữ lại: %2")
                         .arg(fileName, previous.errorString());
            out.cancelWriting();
            return false;
        }
        QSaveFile backup(sceneBackupPath(fileName));
        QString why;
        if (!prepare(backup, previous.readAll(), &why))
            why = backup.errorString();
        else if (!backup.commit())
            why = backup.errorString();
        if (!why.isNull()) {
            *error =
                SceneFileText::tr("không giữ được bản cũ ở %1: %2").arg(backup.fileName(), why);
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        *error = SceneFileText::tr("không thay được %1: %2").arg(fileName, out.errorString());
        return false;
    }
    return true;
}

} // namespace iocwall
