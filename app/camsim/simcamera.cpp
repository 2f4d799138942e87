#include "simcamera.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// A string for a double-quoted gst_parse_launch property value.
QByteArray quoted(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\\', "\\\\");
    utf8.replace('"', "\\\"");
    return '"' + utf8 + '"';
}

} // namespace

QList<SimCamera> readSimCameras(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(fileName, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: %2"_s.arg(fileName, parseError.errorString());
        return {};
    }
    static const QRegularExpression validId(u"^[A-Za-z0-9_.-]+$"_s);
    QList<SimCamera> cameras;
    const QJsonArray list = doc.object().value(u"cameras"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        SimCamera camera{entry.value(u"id"_s).toString(), entry.value(u"name"_s).toString(),
                         int(i)};
        if (!validId.match(camera.id).hasMatch()) {
            *error =
                u"%1: /cameras/%2/id: expected letters, digits, '-', '_' or '.'"_s.arg(fileName)
                    .arg(i);
            return {};
        }
        cameras.append(camera);
    }
    if (cameras.isEmpty())
        *error = u"%1: /cameras: expected a non-empty array of cameras"_s.arg(fileName);
    return cameras;
}

QList<SimCamera> generatedSimCameras(int count)
{
    QList<SimCamera> cameras;
    for (int i = 0; i < count; ++i)
        cameras.append({u"cam-%1"_s.arg(i + 1), u"Camera %1"_s.arg(i + 1), i});
    return cameras;
}

QByteArray testPictureDescription(const SimCamera &camera, QSize size, int fps)
{
    // Odd cameras: a bouncing ball on a coloured ground; even ones: moving bars.
    const QByteArray source =
        camera.index % 2 == 0
            ? QByteArrayLiteral("videotestsrc is-live=true pattern=smpte horizontal-speed=3")
            : QByteArrayLiteral(
                  "videotestsrc is-live=true pattern=ball motion=wavy background-color=0xff20405a");
    const int fontPx = std::max(12, size.height() / 22);
    const QByteArray font = quoted(u"Noto Sans Bold %1px"_s.arg(fontPx));
    return source + " ! video/x-raw,width=" + QByteArray::number(size.width()) +
           ",height=" + QByteArray::number(size.height()) +
           ",framerate=" + QByteArray::number(fps) + "/1" +
           " ! textoverlay valignment=top halignment=left shaded-background=true font-desc=" +
           font + " text=" + quoted(camera.name) +
           " ! clockoverlay valignment=bottom halignment=right shaded-background=true "
           "time-format=\"%d/%m/%Y %H:%M:%S\" font-desc=" +
           font + " ! videoconvert";
}

} // namespace iocwall
