#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

#include "gstsupport.h"
#include "rtspcamserver.h"

#include <QCoreApplication>

#include <thread>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct RtspText {
    Q_DECLARE_TR_FUNCTIONS(RtspText)
};

QByteArray launchText(const SimCamera &camera, QSize size, int bitrateKbps)
{
    return "( " + testPictureDescription(camera, size, RtspCamServer::kFps) +
           " ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=" +
           QByteArray::number(RtspCamServer::kFps) + " bitrate=" + QByteArray::number(bitrateKbps) +
           " ! video/x-h264,profile=constrained-baseline ! rtph264pay name=pay0 pt=96 "
           "config-interval=1 )";
}

GstRTSPFilterResult removeClient(GstRTSPServer *, GstRTSPClient *, gpointer)
{
    return GST_RTSP_FILTER_REMOVE;
}

GstRTSPFilterResult removeSession(GstRTSPSessionPool *, GstRTSPSession *, gpointer)
{
    return GST_RTSP_FILTER_REMOVE;
}

} // namespace

struct RtspCamServer::Private {
    GstRTSPServer *server = nullptr;
    GMainContext *context = nullptr;
    GMainLoop *loop = nullptr;
    GSource *source = nullptr;
    std::thread thread;
    quint16 port = 0;
};

RtspCamServer::RtspCamServer()
    : d(std::make_unique<Private>())
{
}

RtspCamServer::~RtspCamServer()
{
    stop();
}

bool RtspCamServer::start(quint16 port, const QList<SimCamera> &cameras, QString *error)
{
    gst::ensureInitialized();
    if (d->server) {
        *error = RtspText::tr("Máy chủ RTSP đã chạy trên cổng %1").arg(d->port);
        return false;
    }
    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, "127.0.0.1");
    gst_rtsp_server_set_service(server, QByteArray::number(port).constData());
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    for (const SimCamera &camera : cameras) {
        const struct {
            const char *variant;
            QSize size;
            int bitrateKbps;
        } variants[] = {{"main", {kMainWidth, kMainHeight}, 2000},
                        {"sub", {kSubWidth, kSubHeight}, 600}};
        for (const auto &v : variants) {
            GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
            gst_rtsp_media_factory_set_launch(
                factory, launchText(camera, v.size, v.bitrateKbps).constData());
            gst_rtsp_media_factory_set_shared(factory, TRUE);
            gst_rtsp_media_factory_set_protocols(
                factory, GstRTSPLowerTrans(GST_RTSP_LOWER_TRANS_TCP | GST_RTSP_LOWER_TRANS_UDP));
            const QByteArray path = "/cam/" + camera.id.toUtf8() + '/' + v.variant;
            gst_rtsp_mount_points_add_factory(mounts, path.constData(), factory);
        }
    }
    g_object_unref(mounts);

    // Binding here (not in the loop thread) reports a busy port at once. The
    // server's socket is bound with SO_REUSEADDR, so a restart right after a
    // SIGKILL gets the same port back.
    GError *gerror = nullptr;
    GSource *source = gst_rtsp_server_create_source(server, nullptr, &gerror);
    if (!source) {
        *error = RtspText::tr("Không mở được cổng RTSP %1 trên 127.0.0.1: %2")
                     .arg(port)
                     .arg(QString::fromUtf8(gerror ? gerror->message : "?"));
        g_clear_error(&gerror);
        g_object_unref(server);
        return false;
    }
    d->server = server;
    d->source = source;
    d->port = quint16(gst_rtsp_server_get_bound_port(server));
    d->context = g_main_context_new();
    g_source_attach(source, d->context);
    d->loop = g_main_loop_new(d->context, FALSE);
    d->thread = std::thread([context = d->context, loop = d->loop] {
        g_main_context_push_thread_default(context);
        g_main_loop_run(loop);
        g_main_context_pop_thread_default(context);
    });
    return true;
}

void RtspCamServer::stop()
{
    if (!d->server)
        return;
    // Clients and sessions are closed inside the loop's thread, which owns
    // them; then the loop ends.
    struct Shutdown {
        GstRTSPServer *server;
        GMainLoop *loop;
    } shutdown{d->server, d->loop};
    g_main_context_invoke(
        d->context,
        [](gpointer data) -> gboolean {
            auto *s = static_cast<Shutdown *>(data);
            gst_rtsp_server_client_filter(s->server, removeClient, nullptr);
            if (GstRTSPSessionPool *pool = gst_rtsp_server_get_session_pool(s->server)) {
                gst_rtsp_session_pool_filter(pool, removeSession, nullptr);
                g_object_unref(pool);
            }
            g_main_loop_quit(s->loop);
            return G_SOURCE_REMOVE;
        },
        &shutdown);
    d->thread.join();
    g_source_destroy(d->source);
    g_source_unref(d->source);
    g_main_loop_unref(d->loop);
    g_main_context_unref(d->context);
    g_object_unref(d->server);
    *d = Private{};
}

quint16 RtspCamServer::port() const
{
    return d->port;
}

} // namespace iocwall
