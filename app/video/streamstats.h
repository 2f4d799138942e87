#pragma once

#include "video/streamerror.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QUrl>

namespace iocwall {

// Where a camera stream stands. Lost: it played, then no new picture came for
// the stall timeout (or only the same picture); Failed: it never played and
// the last attempt failed; Paused: the decode budget is spent.
enum class StreamState { Stopped, Connecting, Playing, Lost, Failed, Paused };

QString streamStateName(StreamState state); // "playing", for logs and tests

// A snapshot of one stream for overlays and the diagnostics view. A value.
struct StreamStats {
    QString cameraId;
    QUrl url;
    StreamState state = StreamState::Stopped;
    QDateTime since;         // when the state began; for Lost: the last good frame
    QDateTime lastGoodFrame; // invalid before the first
    double fps = 0.0;        // new frames per second over the last seconds
    // The first seconds of a connection, while frames held on the way
    // catch up and the rate reads high: no rate to show yet.
    bool fpsSettling = true;
    QSize resolution; // of the source, before any scaling
    int reconnects = 0;
    StreamError lastError = StreamError::None;
    QString lastErrorDetail; // the backend's own words, for the log
    QDateTime lastErrorAt;
};

} // namespace iocwall
