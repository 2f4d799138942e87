#include <gst/gst.h>

#include "gstsupport.h"
#include "hlsfeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall {

HlsFeed::HlsFeed(SimCamera camera, QObject *parent)
    : QObject(parent)
    , m_camera(std::move(camera))
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

bool HlsFeed::isFileName(const QString &name)
{
    static const QRegularExpression allowed(u"^(index\\.m3u8|segment\\d{5}\\.ts)$"_s);
    return allowed.match(name).hasMatch();
}

QString HlsFeed::filePath(const QString &name) const
{
    if (!m_dir || !isFileName(name))
        return {};
    return m_dir->filePath(name);
}

bool HlsFeed::playlistReady() const
{
    // The playlist is written once the first segment is complete.
    return m_pipeline && m_dir && QFileInfo(m_dir->filePath(u"index.m3u8"_s)).size() > 0;
}

void HlsFeed::start()
{
    gst::ensureInitialized();
    m_dir = std::make_unique<QTemporaryDir>(u"%1/iocwall-hls-%2-XXXXXX"_s.arg(QDir::tempPath())
                                                .arg(QCoreApplication::applicationPid()));
    if (!m_dir->isValid()) {
        qWarning("iocwall-camsim: no temporary folder for HLS of %s", qPrintable(m_camera.id));
        m_dir.reset();
        return;
    }
    const QByteArray folder = QDir::toNativeSeparators(m_dir->path()).toUtf8();
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
        m_dir.reset();
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
    m_dir.reset(); // a restart must not list old segments as new
}

void HlsFeed::removeStaleFolders()
{
    static const QRegularExpression name(u"^iocwall-hls-(\\d+)-\\w{6}$"_s);
    QDir temp(QDir::tempPath());
    for (const QString &entry : temp.entryList({u"iocwall-hls-*"_s}, QDir::Dirs)) {
        const QRegularExpressionMatch match = name.match(entry);
        // Linux: a live process has /proc/<pid>.
        if (match.hasMatch() && !QFileInfo::exists(u"/proc/"_s + match.captured(1)))
            QDir(temp.filePath(entry)).removeRecursively();
    }
}

} // namespace iocwall
