#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include "gstsupport.h"
#include "jpegfeed.h"

#include <QDebug>
#include <QPointer>

namespace iocwall {

namespace {

GstElement *pipelineOf(void *p)
{
    return static_cast<GstElement *>(p);
}

} // namespace

JpegFeed::JpegFeed(SimCamera camera, QObject *parent)
    : QObject(parent)
    , m_camera(std::move(camera))
{
}

JpegFeed::~JpegFeed()
{
    stop();
}

void JpegFeed::acquire()
{
    if (m_holders++ == 0)
        start();
}

void JpegFeed::release()
{
    if (m_holders > 0 && --m_holders == 0)
        stop();
}

void JpegFeed::start()
{
    gst::ensureInitialized();
    const QByteArray launch = testPictureDescription(m_camera, {kWidth, kHeight}, kFps) +
                              " ! jpegenc quality=80 ! appsink name=sink sync=false "
                              "max-buffers=2 drop=true";
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(launch.constData(), &error);
    if (!pipeline || error) {
        qWarning("iocwall-camsim: MJPEG pipeline of %s: %s", qPrintable(m_camera.id),
                 error ? error->message : "?");
        g_clear_error(&error);
        if (pipeline)
            gst_object_unref(pipeline);
        return;
    }
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = [](GstAppSink *appsink, gpointer self) -> GstFlowReturn {
        GstSample *sample = gst_app_sink_pull_sample(appsink);
        if (!sample)
            return GST_FLOW_OK;
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            QByteArray jpeg(reinterpret_cast<const char *>(map.data), qsizetype(map.size));
            gst_buffer_unmap(buffer, &map);
            // The pipeline is stopped (and this thread joined) before the feed
            // is destroyed, so `self` is alive here; the queued call is dropped
            // if the feed goes away before it runs.
            auto *feed = static_cast<JpegFeed *>(self);
            QMetaObject::invokeMethod(
                feed, [feed, jpeg = std::move(jpeg)] { feed->deliver(jpeg); },
                Qt::QueuedConnection);
        }
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    };
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, this, nullptr);
    gst_object_unref(sink);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    m_pipeline = pipeline;
}

void JpegFeed::stop()
{
    if (!m_pipeline)
        return;
    // Setting NULL waits for the streaming thread: no callback runs afterwards.
    gst_element_set_state(pipelineOf(m_pipeline), GST_STATE_NULL);
    gst_object_unref(pipelineOf(m_pipeline));
    m_pipeline = nullptr;
    m_last.clear();
}

void JpegFeed::deliver(const QByteArray &jpeg)
{
    if (!m_pipeline)
        return; // a frame queued just before stop()
    m_last = jpeg;
    Q_EMIT frameReady(jpeg);
}

} // namespace iocwall
