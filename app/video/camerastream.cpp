#include "video/camerastream.h"

#include "video/framesource.h"
#include "video/streambudget.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVideo, "iocwall.video")

namespace iocwall {

namespace {
constexpr int kWatchdogMs = 250;
}

CameraStream::CameraStream(QString cameraId, QUrl url, StreamBudget *budget, StreamOptions options,
                           QObject *parent)
    : QObject(parent)
    , m_cameraId(std::move(cameraId))
    , m_url(std::move(url))
    , m_budget(budget)
    , m_options(options)
    , m_backoff(options.backoffMinMs, options.backoffMaxMs)
{
    m_stats.cameraId = m_cameraId;
    m_stats.url = m_url;
    m_stats.since = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &CameraStream::watchdog);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        ++m_stats.reconnects;
        qCInfo(lcVideo, "%s: reconnecting (attempt %d)", qUtf8Printable(m_cameraId),
               m_stats.reconnects);
        connectSource();
    });
    if (m_budget)
        m_budget->enroll(this);
}

CameraStream::~CameraStream()
{
    stop();
    if (m_budget)
        m_budget->withdraw(this);
}

QUrl CameraStream::effectiveUrl(const QUrl &url, StreamOptions::RtspTransport transport)
{
    if (url.scheme().compare(u"rtsp"_s, Qt::CaseInsensitive) != 0)
        return url;
    QUrl out = url;
    if (transport == StreamOptions::RtspTransport::Tcp)
        out.setScheme(u"rtspt"_s);
    else if (transport == StreamOptions::RtspTransport::Udp)
        out.setScheme(u"rtspu"_s);
    return out;
}

StreamStats CameraStream::stats() const
{
    StreamStats s = m_stats;
    s.fps = m_meter.fps(m_clock.elapsed());
    s.fpsSettling = m_meter.settling(m_clock.elapsed());
    return s;
}

void CameraStream::setMaxFrameSize(const QSize &size)
{
    m_options.maxFrameSize = size;
    if (m_source)
        m_source->setMaxFrameSize(size);
}

void CameraStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    if (m_budget && !m_budget->acquire(this, [this] { onGranted(); })) {
        qCWarning(lcVideo, "%s: over the decode budget (%d streams), paused",
                  qUtf8Printable(m_cameraId), m_budget->maxStreams());
        setState(StreamState::Paused);
        return;
    }
    onGranted();
}

void CameraStream::onGranted()
{
    if (!m_running)
        return;
    setState(StreamState::Connecting);
    m_watchdog.start();
    connectSource();
}

void CameraStream::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_watchdog.stop();
    m_reconnect.stop();
    closeSource();
    if (m_budget)
        m_budget->release(this);
    m_meter.reset();
    m_lastNewFrameMs = -1;
    if (wasRunning)
        setState(StreamState::Stopped);
}

void CameraStream::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    const bool running = m_running;
    stop();
    m_url = url;
    m_stats.url = url;
    delete m_source; // the new URL may need the other kind of source
    m_source = nullptr;
    if (running)
        start();
}

void CameraStream::connectSource()
{
    if (!m_running)
        return;
    const QUrl url = effectiveUrl(m_url, m_options.rtspTransport);
    if (!m_source) {
        m_source = FrameSource::create(url, this);
        m_source->setMaxFrameSize(m_options.maxFrameSize);
        connect(m_source, &FrameSource::frameDecoded, this, &CameraStream::onFrame);
        connect(m_source, &FrameSource::failed, this, &CameraStream::onFailed);
    }
    m_connectStartedMs = m_clock.elapsed();
    m_meter.newConnection();
    if (!url.isValid() || url.scheme().isEmpty()) {
        // Queued: a failure reported from inside start() would reenter the caller.
        QMetaObject::invokeMethod(
            this, [this] { onFailed(StreamError::BadUrl, m_url.toString()); },
            Qt::QueuedConnection);
        return;
    }
    m_source->open(url);
}

void CameraStream::closeSource()
{
    if (m_source)
        m_source->close();
}

void CameraStream::onFrame(const VideoPicture &frame, const QSize &sourceSize, quint64 pictureHash)
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    const bool isNew = m_meter.add(pictureHash, now, frame.presentationMs());
    m_stats.resolution = sourceSize;
    if (!isNew)
        return; // the same picture again: nothing to repaint, and no sign of life
    m_frame = frame;
    m_lastNewFrameMs = now;
    m_stats.lastGoodFrame = QDateTime::currentDateTimeUtc();
    m_backoff.reset();
    if (m_stats.state != StreamState::Playing) {
        if (m_stats.state == StreamState::Lost || m_stats.state == StreamState::Failed)
            qCInfo(lcVideo, "%s: pictures back after %d reconnects", qUtf8Printable(m_cameraId),
                   m_stats.reconnects);
        setState(StreamState::Playing);
    }
    Q_EMIT frameChanged();
}

void CameraStream::onFailed(StreamError error, const QString &detail)
{
    if (!m_running)
        return;
    m_stats.lastError = error;
    m_stats.lastErrorDetail = detail;
    m_stats.lastErrorAt = QDateTime::currentDateTimeUtc();
    qCWarning(lcVideo, "%s: %s (%s) – %s", qUtf8Printable(m_cameraId),
              qUtf8Printable(streamErrorText(error)), qUtf8Printable(detail),
              qUtf8Printable(m_url.toDisplayString()));
    closeSource();
    // The connection is gone: a stream that played is lost from its last good
    // frame on (the reconnect turns it back to playing); one that never
    // played has failed, and says why.
    if (m_stats.state == StreamState::Playing || m_stats.state == StreamState::Connecting)
        setState(m_lastNewFrameMs >= 0 ? StreamState::Lost : StreamState::Failed,
                 m_lastNewFrameMs >= 0 ? m_stats.lastGoodFrame : QDateTime::currentDateTimeUtc());
    else if (m_stats.state == StreamState::Failed)
        Q_EMIT stateChanged(m_stats.state); // the reason may have changed
    scheduleReconnect();
}

void CameraStream::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive())
        return;
    m_reconnect.start(m_backoff.nextDelayMs());
}

void CameraStream::watchdog()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_stats.state == StreamState::Playing) {
        if (now - m_lastNewFrameMs > m_options.stallTimeoutS * 1000LL) {
            qCWarning(lcVideo, "%s: no new picture for %d s, lost", qUtf8Printable(m_cameraId),
                      m_options.stallTimeoutS);
            setState(StreamState::Lost, m_stats.lastGoodFrame);
            closeSource();
            scheduleReconnect();
        }
        return;
    }
    // Connecting, Lost or Failed with an attempt under way: give it the
    // connect timeout to bring a new picture.
    const bool attemptOpen = !m_reconnect.isActive();
    const bool newSinceAttempt = m_lastNewFrameMs >= m_connectStartedMs;
    if (attemptOpen && !newSinceAttempt &&
        now - m_connectStartedMs > m_options.connectTimeoutS * 1000LL) {
        onFailed(StreamError::Timeout, u"no picture for %1 s"_s.arg(m_options.connectTimeoutS));
    }
}

void CameraStream::setState(StreamState state, const QDateTime &since)
{
    if (state == m_stats.state)
        return;
    m_stats.state = state;
    m_stats.since = since.isValid() ? since : QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged(state);
}

} // namespace iocwall
