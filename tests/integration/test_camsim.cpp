// iocwall-camsim, run as the built program: RTSP frames over TCP and UDP
// decoded in-process by GStreamer, MJPEG parts decoded by QImage, the HLS
// playlist and its segments, and a restart on the same ports after SIGKILL.
#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include "support/camsimprocess.h"
#include "support/testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

// A decoding client pipeline ending in an appsink named "sink" (RGB frames).
class FrameGrabber {
public:
    explicit FrameGrabber(const QByteArray &source)
    {
        gst_init(nullptr, nullptr);
        const QByteArray launch = source + " ! videoconvert ! video/x-raw,format=RGB ! appsink "
                                           "name=sink sync=false max-buffers=4 drop=true";
        GError *error = nullptr;
        m_pipeline = gst_parse_launch(launch.constData(), &error);
        if (error) {
            ADD_FAILURE() << error->message;
            g_clear_error(&error);
        }
        if (m_pipeline) {
            m_sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
            gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
        }
    }
    ~FrameGrabber()
    {
        if (m_sink)
            gst_object_unref(m_sink);
        if (m_pipeline) {
            gst_element_set_state(m_pipeline, GST_STATE_NULL);
            gst_object_unref(m_pipeline);
        }
    }

    // Pulls up to `wanted` frames; returns how many came within `timeout_ms`.
    int pull(int wanted, int timeout_ms)
    {
        QDeadlineTimer deadline(timeout_ms);
        int frames = 0;
        while (m_sink && frames < wanted && !deadline.hasExpired()) {
            GstSample *sample = gst_app_sink_try_pull_sample(
                GST_APP_SINK(m_sink), GstClockTime(deadline.remainingTime()) * GST_MSECOND);
            if (!sample) {
                if (gst_app_sink_is_eos(GST_APP_SINK(m_sink)))
                    break;
                continue;
            }
            if (const GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0)) {
                gst_structure_get_int(s, "width", &m_size.rwidth());
                gst_structure_get_int(s, "height", &m_size.rheight());
            }
            gst_sample_unref(sample);
            ++frames;
        }
        return frames;
    }
    QSize frameSize() const { return m_size; }

private:
    GstElement *m_pipeline = nullptr;
    GstElement *m_sink = nullptr;
    QSize m_size;
};

QByteArray rtspClient(const QUrl &url, const char *protocols)
{
    return "rtspsrc location=" + url.toEncoded() + " protocols=" + protocols +
           " latency=0 ! rtph264depay ! h264parse ! avdec_h264";
}

// The JPEG parts of a multipart/x-mixed-replace body (Content-Length framed).
QList<QByteArray> multipartJpegs(const QByteArray &body)
{
    QList<QByteArray> parts;
    qsizetype at = 0;
    while (true) {
        const qsizetype header = body.indexOf("--iocwallframe\r\n", at);
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", header);
        if (header < 0 || headerEnd < 0)
            break;
        const QByteArray headers = body.mid(header, headerEnd - header).toLower();
        const qsizetype lengthAt = headers.indexOf("content-length:");
        if (lengthAt < 0 || !headers.contains("content-type: image/jpeg"))
            break;
        const qsizetype length =
            headers.mid(lengthAt + 15).split('\r').first().trimmed().toLongLong();
        if (headerEnd + 4 + length > body.size())
            break;
        parts.append(body.mid(headerEnd + 4, length));
        at = headerEnd + 4 + length;
    }
    return parts;
}

struct Fetched {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Fetched fetch(QNetworkAccessManager &network, const QUrl &url, int timeout_ms = 30000)
{
    QPointer<QNetworkReply> reply = network.get(QNetworkRequest(url));
    EXPECT_TRUE(test::waitUntil([&] { return reply->isFinished(); }, timeout_ms))
        << url.toString().toStdString();
    Fetched f{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return f;
}

class CamsimTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(camsim.start()) << camsim.error().toStdString(); }
    test::CamsimProcess camsim;
};

} // namespace

TEST_F(CamsimTest, PrintsEveryCameraWithItsUrls)
{
    ASSERT_EQ(camsim.cameras().size(), 2);
    EXPECT_EQ(camsim.cameras().at(0).value(u"id"_s).toString(), u"cam-1"_s);
    EXPECT_EQ(camsim.url(0, u"rtsp_sub"_s).path(), u"/cam/cam-1/sub"_s);
    EXPECT_EQ(camsim.url(1, u"hls"_s).path(), u"/cam/cam-2/hls/index.m3u8"_s);
    EXPECT_GT(camsim.rtspPort(), 0);
    EXPECT_GT(camsim.httpPort(), 0);
    EXPECT_NE(camsim.rtspPort(), camsim.httpPort());
}

TEST_F(CamsimTest, RtspSubStreamOverTcpDecodes)
{
    FrameGrabber grabber(rtspClient(camsim.url(0, u"rtsp_sub"_s), "tcp"));
    EXPECT_EQ(grabber.pull(25, 60000), 25);
    EXPECT_EQ(grabber.frameSize(), QSize(640, 360));
}

TEST_F(CamsimTest, RtspMainStreamOverUdpDecodes)
{
    FrameGrabber grabber(rtspClient(camsim.url(1, u"rtsp_main"_s), "udp"));
    EXPECT_EQ(grabber.pull(25, 60000), 25);
    EXPECT_EQ(grabber.frameSize(), QSize(1280, 720));
}

TEST_F(CamsimTest, TwoClientsShareOneStream)
{
    FrameGrabber first(rtspClient(camsim.url(0, u"rtsp_sub"_s), "tcp"));
    FrameGrabber second(rtspClient(camsim.url(0, u"rtsp_sub"_s), "tcp"));
    EXPECT_EQ(first.pull(10, 60000), 10);
    EXPECT_EQ(second.pull(10, 60000), 10);
}

TEST_F(CamsimTest, MjpegPartsAreJpegsOfTheRightSize)
{
    QNetworkAccessManager network;
    QPointer<QNetworkReply> reply = network.get(QNetworkRequest(camsim.url(0, u"mjpeg"_s)));
    QByteArray body;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] { body += reply->readAll(); });
    ASSERT_TRUE(test::waitUntil(
        [&] { return multipartJpegs(body).size() >= 3 || reply->isFinished(); }, 30000));
    EXPECT_TRUE(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(u"multipart/x-mixed-replace; boundary=iocwallframe"_s));
    const QList<QByteArray> jpegs = multipartJpegs(body);
    ASSERT_GE(jpegs.size(), 2);
    for (const QByteArray &jpeg : jpegs.first(2)) {
        const QImage image = QImage::fromData(jpeg, "JPEG");
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(640, 360));
    }
    reply->abort();
    delete reply;
}

TEST_F(CamsimTest, SnapshotIsOneJpeg)
{
    QNetworkAccessManager network;
    const Fetched f = fetch(network, camsim.url(1, u"snapshot"_s));
    EXPECT_EQ(f.status, 200);
    EXPECT_EQ(f.contentType, "image/jpeg");
    EXPECT_EQ(QImage::fromData(f.body, "JPEG").size(), QSize(640, 360));
}

TEST_F(CamsimTest, HlsPlaylistListsSegmentsThatAreTransportStreams)
{
    QNetworkAccessManager network;
    const QUrl playlistUrl = camsim.url(0, u"hls"_s);
    const Fetched playlist = fetch(network, playlistUrl);
    ASSERT_EQ(playlist.status, 200);
    EXPECT_EQ(playlist.contentType, "application/vnd.apple.mpegurl");
    ASSERT_TRUE(playlist.body.startsWith("#EXTM3U"));
    QByteArray segment;
    for (const QByteArray &line : playlist.body.split('\n'))
        if (line.endsWith(".ts"))
            segment = line;
    ASSERT_FALSE(segment.isEmpty()) << playlist.body.toStdString();
    const Fetched ts = fetch(network, playlistUrl.resolved(QUrl(QString::fromUtf8(segment))));
    EXPECT_EQ(ts.status, 200);
    EXPECT_EQ(ts.contentType, "video/mp2t");
    ASSERT_GT(ts.body.size(), 188);
    EXPECT_EQ(ts.body.at(0), 0x47); // MPEG-TS sync byte

    // And a player decodes it.
    FrameGrabber grabber("souphttpsrc location=" + playlistUrl.toEncoded() +
                         " ! hlsdemux ! tsdemux ! h264parse ! avdec_h264");
    EXPECT_GE(grabber.pull(10, 60000), 10);
    EXPECT_EQ(grabber.frameSize(), QSize(640, 360));
}

TEST_F(CamsimTest, UnknownCameraIsNotFound)
{
    QNetworkAccessManager network;
    QUrl url = camsim.url(0, u"mjpeg"_s);
    url.setPath(u"/cam/khong-co/mjpeg"_s);
    EXPECT_EQ(fetch(network, url).status, 404);
}

TEST_F(CamsimTest, RestartsOnTheSamePortsAfterSigkill)
{
    const quint16 rtspPort = camsim.rtspPort();
    const quint16 httpPort = camsim.httpPort();
    {
        // Killed while a client is connected: the server's side of the
        // connection is left in TIME_WAIT on the port.
        FrameGrabber watching(rtspClient(camsim.url(0, u"rtsp_sub"_s), "tcp"));
        ASSERT_EQ(watching.pull(5, 60000), 5);
        QNetworkAccessManager network;
        QPointer<QNetworkReply> mjpeg = network.get(QNetworkRequest(camsim.url(0, u"mjpeg"_s)));
        ASSERT_TRUE(test::waitUntil([&] { return mjpeg->bytesAvailable() > 0; }, 30000));
        camsim.kill();
        EXPECT_TRUE(test::waitUntil([&] { return mjpeg->isFinished(); }, 10000));
        delete mjpeg;
    }
    ASSERT_TRUE(camsim.start({u"--count"_s, u"2"_s, u"--rtsp-port"_s, QString::number(rtspPort),
                              u"--http-port"_s, QString::number(httpPort)}))
        << camsim.error().toStdString();
    EXPECT_EQ(camsim.rtspPort(), rtspPort);
    EXPECT_EQ(camsim.httpPort(), httpPort);
    FrameGrabber again(rtspClient(camsim.url(0, u"rtsp_sub"_s), "tcp"));
    EXPECT_EQ(again.pull(5, 60000), 5);
}

TEST_F(CamsimTest, SigtermStopsCleanlyAndRemovesTheHlsFolders)
{
    QNetworkAccessManager network;
    ASSERT_EQ(fetch(network, camsim.url(0, u"hls"_s)).status, 200);
    const QString pattern = u"iocwall-hls-%1-*"_s.arg(camsim.pid());
    EXPECT_EQ(QDir(QDir::tempPath()).entryList({pattern}, QDir::Dirs).size(), 1);
    EXPECT_EQ(camsim.terminate(), 0);
    EXPECT_TRUE(QDir(QDir::tempPath()).entryList({pattern}, QDir::Dirs).isEmpty());
}
