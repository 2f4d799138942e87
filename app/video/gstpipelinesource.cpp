// GLib names a struct field `signals`, which Qt may define as a keyword: the
// GStreamer headers come before any Qt header.
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include "video/gstpipelinesource.h"

#include "video/framemeter.h"
#include "video/gstplanarpixels.h"

#include <QBasicTimer>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QTimerEvent>

#include <array>
#include <atomic>
#include <cstring>
#include <iterator>
#include <mutex>

using namespace Qt::StringLiterals;

namespace iocwall {

// What GStreamer's threads share with one connection of a GstPipelineSource.
// Lives as long as the longest of: the source's connection, the pipeline's
// callbacks (each holds a reference, released when GStreamer frees them).
struct GstLink {
    quint64 generation = 0;
    QSize maxFrameSize; // set before the pipeline starts, then only read

    // Only the appsink's streaming thread touches this: one frame in
    // FrameMeter::kHashEvery is hashed, the others take its verdict.
    quint64 framesSeen = 0;
    // Shared by the connection's pictures; used on the owner's thread only.
    const std::shared_ptr<RgbConverter> converter = std::make_shared<RgbConverter>();

    QMutex mutex;                       // guards everything below
    GstPipelineSource *owner = nullptr; // null once closed: nothing more is posted
    GstElement *pipeline = nullptr;     // owned; handed to the teardown by close()
    QSize sourceSize;                   // of the video pad, as the camera sends it
    bool hasVideo = false;              // a video branch is made (or being made)
    GstPad *videoIn = nullptr;  // the branch's entrance (videoconvert's sink pad), a reference
    bool failurePosted = false; // one failure per connection is enough
    VideoPicture pending;       // the newest frame, until the owner's FrameCollector takes it
    QSize pendingSource;
    quint64 pendingHash = 0;

    // From any thread: the newest frame replaces one still waiting, so at
    // most one frame per connection waits for the owner's thread.
    void postFrame(VideoPicture picture, quint64 hash)
    {
        QMutexLocker lock(&mutex);
        if (!owner)
            return;
        // A hashed frame still waiting keeps its hash for the newer one:
        // the meter compares hashed pictures, and must not miss them.
        if (hash != FrameMeter::kNotHashed || pending.isNull())
            pendingHash = hash;
        pending = std::move(picture);
        pendingSource = sourceSize.isValid() ? sourceSize : pending.size();
    }

    ~GstLink()
    {
        if (videoIn)
            gst_object_unref(videoIn);
    }

    void postFailure(StreamError error, const QString &detail)
    {
        QMutexLocker lock(&mutex);
        if (!owner || failurePosted)
            return;
        failurePosted = true;
        GstPipelineSource *target = owner;
        const quint64 g = generation;
        QMetaObject::invokeMethod(
            target, [target, g, error, detail] { target->deliverFailure(g, error, detail); },
            Qt::QueuedConnection);
    }
};

namespace {

using LinkRef = std::shared_ptr<GstLink>;

gpointer newRef(const LinkRef &link)
{
    return new LinkRef(link);
}

void dropRef(gpointer data, GClosure * = nullptr)
{
    delete static_cast<LinkRef *>(data);
}

void dropRefNotify(gpointer data)
{
    dropRef(data);
}

GstLink &linkOf(gpointer data)
{
    return **static_cast<LinkRef *>(data);
}

std::atomic<int> g_livePipelines{0};

void onPipelineFreed(gpointer, GObject *)
{
    --g_livePipelines;
}

void ensureGstInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

// Pipelines are set to NULL off the GUI thread (rtspsrc may wait for its
// server while it closes) and never from their own streaming thread.
QThreadPool &teardownPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never deleted: a teardown may still run at exit
        p->setMaxThreadCount(4);
        return p;
    }();
    return *pool;
}

} // namespace

// The owner's thread takes the newest frame of every open pipeline at a
// display's pace, all in one go, instead of being woken for each frame of
// each camera: 16 cameras at 25 fps woke it 400 times a second, and each
// wake-up repainted on its own. Frames are taken 60 times a second (faster
// than any camera sends them, so none is skipped); the timer runs only while
// a pipeline is open. One collector per thread that owns pipelines.
class FrameCollector : public QObject {
public:
    static FrameCollector &forThisThread()
    {
        // Never deleted: its timer is stopped once the last source closes.
        thread_local FrameCollector *collector = new FrameCollector;
        return *collector;
    }

    void add(GstPipelineSource *source)
    {
        if (!m_sources.contains(source))
            m_sources.append(source);
        if (!m_timer.isActive())
            m_timer.start(kIntervalMs, this);
    }

    void remove(GstPipelineSource *source)
    {
        m_sources.removeOne(source);
        if (m_sources.isEmpty())
            m_timer.stop();
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer.timerId())
            return;
        // A source handed a frame may close others (and itself) on the way.
        const QList<GstPipelineSource *> sources = m_sources;
        for (GstPipelineSource *source : sources)
            if (m_sources.contains(source))
                source->collectFrame();
    }

private:
    static constexpr int kIntervalMs = 16;
    QBasicTimer m_timer;
    QList<GstPipelineSource *> m_sources;
};

namespace {

bool contains(const QString &text, const char *word)
{
    return text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
}

StreamError errorOf(const GError *error, const QString &text)
{
    if (error->domain == GST_RESOURCE_ERROR) {
        if (error->code == GST_RESOURCE_ERROR_NOT_FOUND || contains(text, "resolve") ||
            contains(text, "not found") || contains(text, "404"))
            return StreamError::BadUrl;
        return StreamError::Refused; // refused, timed out, unauthorized, read failed
    }
    if (error->domain == GST_STREAM_ERROR) {
        switch (error->code) {
        case GST_STREAM_ERROR_CODEC_NOT_FOUND:
        case GST_STREAM_ERROR_TYPE_NOT_FOUND:
        case GST_STREAM_ERROR_WRONG_TYPE:
        case GST_STREAM_ERROR_DECODE:
        case GST_STREAM_ERROR_DEMUX:
        case GST_STREAM_ERROR_FORMAT:
        case GST_STREAM_ERROR_NOT_IMPLEMENTED:
            return StreamError::UnsupportedCodec;
        default:
            break;
        }
    }
    if (error->domain == GST_CORE_ERROR &&
        (error->code == GST_CORE_ERROR_MISSING_PLUGIN || error->code == GST_CORE_ERROR_NEGOTIATION))
        return StreamError::UnsupportedCodec;
    if (contains(text, "not-negotiated") || contains(text, "no suitable plugins"))
        return StreamError::UnsupportedCodec;
    if (contains(text, "timeout") || contains(text, "timed out") || contains(text, "refused"))
        return StreamError::Refused;
    return StreamError::Other;
}

GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    GstLink &link = linkOf(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(message, &error, &debug);
        QString detail = QString::fromUtf8(error->message);
        if (debug)
            detail += u" ("_s + QString::fromUtf8(debug) + u')';
        link.postFailure(errorOf(error, detail), detail);
        g_error_free(error);
        g_free(debug);
        break;
    }
    case GST_MESSAGE_EOS:
        link.postFailure(StreamError::Ended, u"end of stream"_s);
        break;
    default:
        break;
    }
    // Nothing waits on this bus: every message is handled here and dropped.
    // A sync handler that drops a message must unref it: each one holds its
    // source element, and so every pipeline ever played stayed in memory.
    gst_message_unref(message);
    return GST_BUS_DROP;
}

// Decoding stops at audio (and subtitles): those pads end in a fakesink undecoded.
gboolean onAutoplugContinue(GstElement *, GstPad *, GstCaps *caps, gpointer)
{
    if (gst_caps_is_empty(caps) || gst_caps_is_any(caps))
        return TRUE;
    const GstStructure *s = gst_caps_get_structure(caps, 0);
    const gchar *name = gst_structure_get_name(s);
    if (g_str_has_prefix(name, "audio/") || g_str_has_prefix(name, "text/") ||
        g_str_has_prefix(name, "subpicture/"))
        return FALSE;
    if (g_str_has_prefix(name, "application/x-rtp")) {
        const gchar *media = gst_structure_get_string(s, "media");
        if (media && std::strcmp(media, "video") != 0)
            return FALSE;
    }
    return TRUE;
}

// The appsink's streaming thread: the I420 frame is kept mapped, not
// converted (that happens where it is shown), and one in
// FrameMeter::kHashEvery is hashed on its luma plane.
GstFlowReturn onNewSample(GstAppSink *sink, gpointer data)
{
    GstSample *sample = gst_app_sink_pull_sample(sink);
    if (!sample)
        return GST_FLOW_OK;
    GstVideoInfo info;
    GstVideoFrame frame;
    if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample)) ||
        !gst_video_frame_map(&frame, &info, gst_sample_get_buffer(sample), GST_MAP_READ)) {
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    }
    GstLink &link = linkOf(data);
    quint64 hash = FrameMeter::kNotHashed;
    if (link.framesSeen++ % FrameMeter::kHashEvery == 0)
        hash = GstPlanarPixels::lumaHash(frame);
    // The stream's running time: steady across the fragments of HLS, and
    // spaced as the camera sent them however bunched they arrive.
    qint64 presentationMs = -1;
    if (const GstBuffer *buffer = gst_sample_get_buffer(sample); GST_BUFFER_PTS_IS_VALID(buffer)) {
        const GstSegment *segment = gst_sample_get_segment(sample);
        const guint64 running =
            segment ? gst_segment_to_running_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer))
                    : GST_BUFFER_PTS(buffer);
        if (GST_CLOCK_TIME_IS_VALID(running))
            presentationMs = qint64(running / GST_MSECOND);
    }
    VideoPicture picture(std::make_shared<GstPlanarPixels>(sample, frame, link.converter));
    picture.setPresentationMs(presentationMs);
    link.postFrame(std::move(picture), hash);
    return GST_FLOW_OK;
}

// The appsink takes frames with any row length (GstVideoFrame reads them
// through their GstVideoMeta): the decoder then hands over its own padded
// frames instead of copying each into a packed buffer.
GstPadProbeReturn onSinkQuery(GstPad *, GstPadProbeInfo *info, gpointer)
{
    GstQuery *query = GST_PAD_PROBE_INFO_QUERY(info);
    if (GST_QUERY_TYPE(query) != GST_QUERY_ALLOCATION)
        return GST_PAD_PROBE_OK;
    gst_query_add_allocation_meta(query, GST_VIDEO_META_API_TYPE, nullptr);
    return GST_PAD_PROBE_HANDLED;
}

GstElement *makeElement(GstLink &link, const char *factory)
{
    GstElement *element = gst_element_factory_make(factory, nullptr);
    if (!element)
        link.postFailure(StreamError::UnsupportedCodec,
                         u"GStreamer element %1 is not installed (gstreamer1.0-plugins-base)"_s.arg(
                             QLatin1StringView(factory)));
    return element;
}

// Adds `elements` (null-terminated order: upstream first) to `bin`, links
// them, starts them and links `pad` to the first.
bool attach(GstLink &link, GstElement *bin, GstPad *pad, std::initializer_list<GstElement *> chain)
{
    GstElement *previous = nullptr;
    for (GstElement *element : chain) {
        gst_bin_add(GST_BIN(bin), element);
        if (previous && !gst_element_link(previous, element)) {
            link.postFailure(StreamError::UnsupportedCodec, u"cannot link the video branch"_s);
            return false;
        }
        previous = element;
    }
    for (auto it = std::rbegin(chain); it != std::rend(chain); ++it)
        gst_element_sync_state_with_parent(*it);
    GstPad *sinkPad = gst_element_get_static_pad(*chain.begin(), "sink");
    const GstPadLinkReturn linked = gst_pad_link(pad, sinkPad);
    gst_object_unref(sinkPad);
    if (GST_PAD_LINK_FAILED(linked)) {
        link.postFailure(
            StreamError::UnsupportedCodec,
            u"not-negotiated: %1"_s.arg(QLatin1StringView(gst_pad_link_get_name(linked))));
        return false;
    }
    return true;
}

void attachFakeSink(GstLink &link, GstElement *bin, GstPad *pad)
{
    GstElement *sink = makeElement(link, "fakesink");
    if (!sink)
        return;
    g_object_set(sink, "sync", FALSE, "async", FALSE, nullptr);
    attach(link, bin, pad, {sink});
}

void attachVideo(GstLink &link, GstElement *bin, GstPad *pad, const GstStructure *caps,
                 gpointer data)
{
    int width = 0;
    int height = 0;
    gst_structure_get_int(caps, "width", &width);
    gst_structure_get_int(caps, "height", &height);
    const QSize source(width, height);
    const QSize scaled = FrameSource::scaledSize(source, link.maxFrameSize);
    {
        QMutexLocker lock(&link.mutex);
        link.sourceSize = source;
    }
    GstElement *convert = makeElement(link, "videoconvert");
    GstElement *scale = makeElement(link, "videoscale");
    GstElement *filter = makeElement(link, "capsfilter");
    GstElement *sink = makeElement(link, "appsink");
    if (!convert || !scale || !filter || !sink) {
        for (GstElement *e : {convert, scale, filter, sink})
            if (e)
                gst_object_unref(e);
        return;
    }
    {
        QMutexLocker lock(&link.mutex);
        link.videoIn = gst_element_get_static_pad(convert, "sink");
    }
    // I420, as decoders of camera streams send it: videoconvert passes it
    // through, or brings other layouts (NV12, 4:2:2, 10 bits) to it.
    GstCaps *want = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "I420", nullptr);
    if (scaled != source && !scaled.isEmpty())
        gst_caps_set_simple(want, "width", G_TYPE_INT, scaled.width(), "height", G_TYPE_INT,
                            scaled.height(), "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1,
                            nullptr);
    g_object_set(filter, "caps", want, nullptr);
    gst_caps_unref(want);
    // One frame waits at most, late ones are dropped, frames come at their time.
    g_object_set(sink, "max-buffers", 1u, "drop", TRUE, "sync", TRUE, "enable-last-sample", FALSE,
                 "emit-signals", FALSE, nullptr);
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onNewSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks,
                               newRef(*static_cast<LinkRef *>(data)), dropRefNotify);
    GstPad *sinkPad = gst_element_get_static_pad(sink, "sink");
    gst_pad_add_probe(sinkPad, GST_PAD_PROBE_TYPE_QUERY_DOWNSTREAM, onSinkQuery, nullptr, nullptr);
    gst_object_unref(sinkPad);
    attach(link, bin, pad, {convert, scale, filter, sink});
}

// libav's decoders output the grey, smeared pictures of a stream joined
// between key frames unless told not to: a camera tile would show them first.
void onDeepElementAdded(GstBin *, GstBin *, GstElement *element, gpointer)
{
    if (g_object_class_find_property(G_OBJECT_GET_CLASS(element), "output-corrupt"))
        g_object_set(element, "output-corrupt", FALSE, nullptr);
}

void onPadAdded(GstElement *decode, GstPad *pad, gpointer data)
{
    GstLink &link = linkOf(data);
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    GstObject *bin = gst_element_get_parent(decode);
    if (!bin) {
        gst_caps_unref(caps);
        return;
    }
    const GstStructure *s = gst_caps_is_empty(caps) ? nullptr : gst_caps_get_structure(caps, 0);
    bool makeVideo = false;
    GstPad *reuse = nullptr;
    if (s && g_str_has_prefix(gst_structure_get_name(s), "video/x-raw")) {
        QMutexLocker lock(&link.mutex);
        makeVideo = !link.hasVideo;
        link.hasVideo = true;
        // HLS switching variants (or a stream changing) replaces the video
        // pad: the new one takes the branch the old one left.
        if (link.videoIn && !gst_pad_is_linked(link.videoIn)) {
            reuse = GST_PAD(gst_object_ref(link.videoIn));
            int width = 0;
            int height = 0;
            gst_structure_get_int(s, "width", &width);
            gst_structure_get_int(s, "height", &height);
            link.sourceSize = QSize(width, height);
        }
    }
    if (makeVideo) {
        attachVideo(link, GST_ELEMENT(bin), pad, s, data);
    } else if (reuse) {
        if (GST_PAD_LINK_FAILED(gst_pad_link(pad, reuse)))
            link.postFailure(StreamError::UnsupportedCodec, u"not-negotiated: new video pad"_s);
        gst_object_unref(reuse);
    } else {
        attachFakeSink(link, GST_ELEMENT(bin), pad); // sound, or a second video stream
    }
    gst_object_unref(bin);
    gst_caps_unref(caps);
}

void onNoMorePads(GstElement *, gpointer data)
{
    GstLink &link = linkOf(data);
    bool hasVideo = false; // a video branch is made (or being made)
    {
        QMutexLocker lock(&link.mutex);
        hasVideo = link.hasVideo;
    }
    if (!hasVideo)
        link.postFailure(StreamError::UnsupportedCodec, u"no video stream"_s);
}

} // namespace

GstPipelineSource::GstPipelineSource(QObject *parent)
    : FrameSource(parent)
{
    ensureGstInitialized();
}

GstPipelineSource::~GstPipelineSource()
{
    close();
}

int GstPipelineSource::livePipelines()
{
    return g_livePipelines.load();
}

QString GstPipelineSource::uriFor(const QUrl &url)
{
    if (url.isLocalFile())
        return QUrl::fromLocalFile(QFileInfo(url.toLocalFile()).absoluteFilePath())
            .toString(QUrl::FullyEncoded);
    return url.toString(QUrl::FullyEncoded);
}

void GstPipelineSource::open(const QUrl &url)
{
    close();
    const quint64 generation = ++m_generation;
    const auto failLater = [this, generation](StreamError error, const QString &detail) {
        // Queued: a failure reported from inside open() would reenter the caller.
        QMetaObject::invokeMethod(
            this,
            [this, generation, error, detail] {
                if (generation == m_generation)
                    Q_EMIT failed(error, detail);
            },
            Qt::QueuedConnection);
    };
    if (url.isLocalFile() && !QFileInfo::exists(url.toLocalFile())) {
        failLater(StreamError::BadUrl, u"no such file: %1"_s.arg(url.toLocalFile()));
        return;
    }
    GstElement *decode = gst_element_factory_make("uridecodebin", nullptr);
    if (!decode) {
        failLater(StreamError::UnsupportedCodec,
                  u"GStreamer element uridecodebin is not installed (gstreamer1.0-plugins-base)"_s);
        return;
    }
    auto link = std::make_shared<GstLink>();
    link->generation = generation;
    link->maxFrameSize = maxFrameSize();
    link->owner = this;
    GstElement *pipeline = gst_pipeline_new(nullptr);
    ++g_livePipelines;
    g_object_weak_ref(G_OBJECT(pipeline), onPipelineFreed, nullptr);
    link->pipeline = pipeline;
    g_object_set(decode, "uri", uriFor(url).toUtf8().constData(), nullptr);
    gst_bin_add(GST_BIN(pipeline), decode);
    g_signal_connect_data(decode, "pad-added", G_CALLBACK(onPadAdded), newRef(link), dropRef,
                          GConnectFlags(0));
    g_signal_connect_data(decode, "no-more-pads", G_CALLBACK(onNoMorePads), newRef(link), dropRef,
                          GConnectFlags(0));
    g_signal_connect(decode, "autoplug-continue", G_CALLBACK(onAutoplugContinue), nullptr);
    g_signal_connect(pipeline, "deep-element-added", G_CALLBACK(onDeepElementAdded), nullptr);
    GstBus *bus = gst_pipeline_get_bus(GST_PIPELINE(pipeline));
    gst_bus_set_sync_handler(bus, onBusMessage, newRef(link), dropRefNotify);
    gst_object_unref(bus);
    m_link = link;
    FrameCollector::forThisThread().add(this);
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        link->postFailure(StreamError::Other,
                          u"the pipeline did not start"_s); // unless one said why
}

void GstPipelineSource::close()
{
    ++m_generation;
    if (!m_link)
        return;
    FrameCollector::forThisThread().remove(this);
    const LinkRef link = std::move(m_link);
    m_link.reset();
    GstElement *pipeline = nullptr;
    {
        QMutexLocker lock(&link->mutex);
        link->owner = nullptr;
        link->pending = VideoPicture();
        pipeline = std::exchange(link->pipeline, nullptr);
    }
    if (pipeline)
        teardownPool().start([pipeline] {
            gst_element_set_state(pipeline, GST_STATE_NULL);
            gst_object_unref(pipeline);
        });
}

void GstPipelineSource::collectFrame()
{
    if (!m_link)
        return;
    VideoPicture picture;
    QSize source;
    quint64 hash = 0;
    {
        QMutexLocker lock(&m_link->mutex);
        picture = std::move(m_link->pending);
        m_link->pending = VideoPicture();
        source = m_link->pendingSource;
        hash = m_link->pendingHash;
    }
    if (!picture.isNull())
        Q_EMIT frameDecoded(picture, source, hash);
}

void GstPipelineSource::deliverFailure(quint64 generation, StreamError error, const QString &detail)
{
    if (!m_link || m_link->generation != generation)
        return;
    Q_EMIT failed(error, detail);
}

} // namespace iocwall
