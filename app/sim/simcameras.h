#pragma once

#include "util/configerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace iocwall {

// The simulator's camera list: demo/cameras.json of its data root, a
// cameras.json (see camera/cameraregistry.h) whose stream URLs start with the
// placeholders {rtsp} and {http}; listJson() fills them with the running
// stream server's addresses (iocwall-camsim, or the one `iocwall --demo` runs).
class SimCameras {
public:
    // Reads and validates the file; false with the problems in `errors`. A data
    // root without the file has an empty list.
    bool load(const QString &dataRoot, const QSet<QString> &areaCodes, QList<ConfigError> &errors);
    // {"version": 1, "cameras": [...]} with the placeholders filled.
    QJsonObject listJson(const QString &rtspBase, const QString &httpBase) const;
    bool isEmpty() const { return m_cameras.isEmpty(); }

private:
    QJsonArray m_cameras; // as in the file, placeholders unfilled
};

} // namespace iocwall
