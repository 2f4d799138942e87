#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace iocwall {

// A scene as a technician would write it: two-space indents, the keys of a
// scene, a tile and a binding in reading order (id and type before position,
// position before binding), other keys after them in alphabetical order, and
// arrays of plain values on one line. QJsonDocument sorts every key, which
// would put "binding" before "id".
QByteArray sceneJsonText(const QJsonObject &scene);

} // namespace iocwall
