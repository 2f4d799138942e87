#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

namespace iocwall {

// Saves `frame` as <dir>/<cameraId>-<yyyyMMdd-HHmmss>.png (the time in
// `zone`), creating the folder; returns the file written, or an empty string
// with `error` set. A second snapshot in the same second gets a "-2" suffix.
QString saveSnapshot(const QImage &frame, const QString &dir, const QString &cameraId,
                     const QDateTime &at, QString *error = nullptr);

} // namespace iocwall
