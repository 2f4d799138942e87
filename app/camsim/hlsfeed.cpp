#include <gst/gst.h>

#include "gstsupport.h"
#include "hlsfeed.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall {

HlsFeed::HlsFeed(SimCamera camera, QObject *parent)
    : QObject(parent)
    , m_camera(std::move(camera))
    , m_dir(QDir::tempPath() + u"/iocwall-hls-XXXXXX"_s)
{
    m_idleCheck.setParent(this); // moves with the feed to another thread
    m_idleCheck.setInterval(5000);
    connect(&m_idleCheck, &QTimer::timeout, this, [this] {
        if (m_sinceRequest.isValid() && m_sinceRequest.elapsed() > kIdleStopS * 1000)
            stop();
    });
}

HlsFeed::~HlsFeed()
{
    stop();
}

void HlsFeed::touch()
{
    m_sinceRequest.start();
    if (!m_pipeline)
        start();
}

QString HlsFeed::filePath(const QString &name) const
{
    static const QRegularExpression allowed(u"^(index\\.m3u8|segment\\d{5}\\.ts)$"_s);
    if (!m_dir.isValid() || !allowed.match(name).hasMatch())
        return {};
    return m_dir.filePath(name);
}

bool HlsFeed::playlistReady() const
{
    // The playlist is written once the first segment is complete.
    return m_pipeline && QFileInfo(m_dir.filePath(u"index.m3u8"_s)).size() > 0;
}

void HlsFeed::start()
{
    gst::ensureInitialized();
    if (!m_dir.isValid()) {
        qWarning("iocwall-camsim: no temporary folder for HLS of %s", qPrintable(m_camera.id));
        return;
    }
    // Segments from an earlier run would be listed as if new.
    QDir dir(m_dir.path());
    for (const QString &old : dir.entryList(QDir::Files))
        dir.remove(old);
    const QByteArray folder = QDir::toNativeSeparators(m_dir.path()).toUtf8();
    const QByteArray launch =
        testPictureDescription(m_camera, {kWidth, kHeight}, kFps) +
        " ! x264enc tune=zerolatency speed-preset=ultrafast bitrate=600 key-int-max=" +
        QByteArray::number(kFps) +
        " ! video/x-h264,profile=constrained-baseline ! h264parse ! hlssink2 "
        "target-duration=1 playlist-length=6 max-files=12 location=\"" +
        folder + "/segment%05d.ts\" playlist-location=\"" + folder + "/index.m3u8\"";
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(launch.constData(), &error);
    if (!pipeline || error) {
        qWarning("iocwall-camsim: HLS pipeline of %s: %s", qPrintable(m_camera.id),
                 error ? error->message : "?");
        g_clear_error(&error);
        if (pipeline)
            gst_object_unref(pipeline);
        return;
    }
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    m_pipeline = pipeline;
    m_idleCheck.start();
}

void HlsFeed::stop()
{
    m_idleCheck.stop();
    if (!m_pipeline)
        return;
    auto *pipeline = static_cast<GstElement *>(m_pipeline);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    m_pipeline = nullptr;
}

} // namespace iocwall
