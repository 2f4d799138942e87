#pragma once

#include "video/framemeter.h"
#include "video/reconnectbackoff.h"
#include "video/streamstats.h"
#include "video/videopicture.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcVideo)

namespace iocwall {

class FrameSource;
class StreamBudget;

struct StreamOptions {
    enum class RtspTransport { Auto, Tcp, Udp };
    // No new picture (none, or only the same one) for this long: lost.
    int stallTimeoutS = 5;
    // The first picture after (re)connecting may take this long (a loaded
    // machine needs more than 4 s); then the attempt counts as timed out.
    int connectTimeoutS = 20;
    RtspTransport rtspTransport = RtspTransport::Auto;
    QSize maxFrameSize; // frames much larger are scaled down once; invalid: as sent
    int backoffMinMs = 1000;
    int backoffMaxMs = 30000;
};

// Plays one camera URL and keeps its latest picture, with the
// measured fps and resolution. It never freezes silently: a watchdog turns a
// stream that brought no new picture for the stall timeout to Lost (since its
// last good frame) and reconnects with exponential backoff and jitter until
// pictures come back; every failure is counted, kept and logged
// (iocwall.video). Before decoding it takes a slot of the wall's StreamBudget
// and waits, Paused, when there is none. Threading: GUI thread only.
class CameraStream : public QObject {
    Q_OBJECT
public:
    CameraStream(QString cameraId, QUrl url, StreamBudget *budget, StreamOptions options = {},
                 QObject *parent = nullptr);
    ~CameraStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Plays another URL (the main instead of the sub stream); restarts if running.
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void setMaxFrameSize(const QSize &size);

    const QString &cameraId() const { return m_cameraId; }
    // The newest picture (kept across a loss or a stop, so a tile can show it
    // dimmed under the state); null before the first.
    const VideoPicture &latestPicture() const { return m_frame; }
    // The same as an image (converted once, on the first call).
    QImage latestFrame() const { return m_frame.toImage(); }
    StreamState state() const { return m_stats.state; }
    StreamStats stats() const;

    // `url` with its RTSP scheme set for the transport (GStreamer's rtspt:// is
    // RTSP over TCP, rtspu:// over UDP).
    static QUrl effectiveUrl(const QUrl &url, StreamOptions::RtspTransport transport);

Q_SIGNALS:
    void frameChanged();
    void stateChanged(iocwall::StreamState state);

private:
    void onGranted();
    void connectSource();
    void closeSource();
    void onFrame(const VideoPicture &frame, const QSize &sourceSize, quint64 pictureHash);
    void onFailed(StreamError error, const QString &detail);
    void watchdog();
    void scheduleReconnect();
    void setState(StreamState state, const QDateTime &since = QDateTime::currentDateTimeUtc());

    QString m_cameraId;
    QUrl m_url;
    QPointer<StreamBudget> m_budget;
    StreamOptions m_options;
    bool m_running = false;
    FrameSource *m_source = nullptr;
    QTimer m_watchdog;
    QTimer m_reconnect;
    QElapsedTimer m_clock;
    qint64 m_connectStartedMs = 0;
    qint64 m_lastNewFrameMs = -1;
    FrameMeter m_meter;
    ReconnectBackoff m_backoff;
    StreamStats m_stats;
    VideoPicture m_frame;
};

} // namespace iocwall
