#include "video/snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
struct SnapshotText {
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)
};
} // namespace

QString saveSnapshot(const QImage &frame, const QString &dir, const QString &cameraId,
                     const QDateTime &at, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (frame.isNull())
        return fail(SnapshotText::tr("chưa có hình để chụp"));
    if (!QDir().mkpath(dir))
        return fail(SnapshotText::tr("không tạo được thư mục %1").arg(dir));
    QString safeId = cameraId;
    for (QChar &c : safeId)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    const QString stem = safeId + u'-' + at.toString(u"yyyyMMdd-HHmmss"_s);
    QString file = QDir(dir).filePath(stem + u".png"_s);
    for (int n = 2; QFile::exists(file); ++n)
        file = QDir(dir).filePath(u"%1-%2.png"_s.arg(stem).arg(n));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !frame.save(&out, "PNG") || !out.commit())
        return fail(SnapshotText::tr("không ghi được %1").arg(file));
    return file;
}

} // namespace iocwall
