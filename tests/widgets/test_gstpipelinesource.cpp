// GstPipelineSource, the camera player on our own GStreamer pipeline, against
// a real RTSP server (GstRtspServer), the demo cameras' live HLS
// (iocwall-camsim), real files made by ffmpeg and a closed port.
#include "video/camerastream.h"
#include "video/framemeter.h"
#include "video/gstpipelinesource.h"
#include "video/streambudget.h"

#include "support/camsimprocess.h"
#include "support/rtspserver.h"
#include "support/testutil.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

struct Received {
    QImage
        image; // the picture converted (the picture itself is not kept: it holds a decoder buffer)
    QSize sourceSize;
    quint64 hash = 0;        // as sent (FrameMeter::kNotHashed for most frames)
    quint64 pictureHash = 0; // the picture's own, computed again
    qint64 presentationMs = -1;
};

// Everything a source sends, kept for the test to read.
struct SourceProbe {
    explicit SourceProbe(GstPipelineSource &source)
    {
        QObject::connect(&source, &FrameSource::frameDecoded, &source,
                         [this](const VideoPicture &picture, const QSize &size, quint64 hash) {
                             frames.append({picture.toImage(), size, hash, picture.hash(),
                                            picture.presentationMs()});
                         });
        QObject::connect(&source, &FrameSource::failed, &source,
                         [this](StreamError e, const QString &d) {
                             errors.append(e);
                             details.append(d);
                         });
    }
    QList<Received> frames;
    QList<StreamError> errors;
    QStringList details;
};

// An ffmpeg-made clip in `dir` (lavfi `inputs`, encoded with `codec`
// arguments); empty with a reason in `why` when ffmpeg is missing or fails.
QString makeClip(const QTemporaryDir &dir, const QString &name, const QStringList &arguments,
                 QString *why)
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        *why = u"ffmpeg not installed"_s;
        return {};
    }
    const QString file = dir.filePath(name);
    QProcess make;
    make.start(ffmpeg, QStringList{u"-loglevel"_s, u"error"_s} + arguments + QStringList{file});
    if (!make.waitForFinished(60000) || make.exitCode() != 0) {
        *why = QString::fromUtf8(make.readAllStandardError());
        return {};
    }
    return file;
}

// Distinct pictures among `frames`, by each picture's own hash.
int distinctHashes(const QList<Received> &frames)
{
    QSet<quint64> hashes;
    for (const Received &r : frames)
        hashes.insert(r.pictureHash);
    return int(hashes.size());
}

} // namespace

TEST(GstPipelineSource, PlaysRtspAsRgb32FramesWithTheirHash)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server: " << error.toStdString();
    GstPipelineSource source;
    SourceProbe probe(source);
    source.open(QUrl(server.url(1)));
    ASSERT_TRUE(
        waitUntil([&] { return probe.frames.size() >= 60 || !probe.errors.isEmpty(); }, 30000));
    ASSERT_TRUE(probe.errors.isEmpty()) << probe.details.join(u'\n').toStdString();
    const Received &last = probe.frames.last();
    EXPECT_EQ(last.image.size(), QSize(640, 360));
    EXPECT_EQ(last.image.format(), QImage::Format_RGB32);
    EXPECT_EQ(last.sourceSize, QSize(640, 360));
    // One frame in kHashEvery is hashed, on the picture it comes with.
    int hashed = 0, matching = 0;
    for (const Received &r : probe.frames) {
        if (r.hash == FrameMeter::kNotHashed)
            continue;
        ++hashed;
        matching += r.hash == r.pictureHash;
    }
    EXPECT_GE(hashed, 60 / FrameMeter::kHashEvery - 2);
    EXPECT_LT(hashed, 60) << "every frame hashed";
    EXPECT_EQ(matching, hashed) << "the hash is of the frame sent";
    // The test pattern's ball moves: the pictures differ, and they are opaque.
    EXPECT_GT(distinctHashes(probe.frames), 10);
    EXPECT_EQ(qAlpha(last.image.pixel(10, 10)), 255);
    // Each picture carries the stream's time for it: 40 ms apart at 25 fps,
    // however bunched they arrived (the frame meter's rate rests on it).
    QList<qint64> steps;
    for (qsizetype i = 1; i < probe.frames.size(); ++i)
        steps.append(probe.frames.at(i).presentationMs - probe.frames.at(i - 1).presentationMs);
    std::sort(steps.begin(), steps.end());
    EXPECT_GE(probe.frames.first().presentationMs, 0);
    EXPECT_GE(steps.first(), 0) << "the stream's times went backwards";
    EXPECT_NEAR(double(steps.at(steps.size() / 2)), 40.0, 2.0);
    source.close();
}

TEST(GstPipelineSource, EveryClosedConnectionsPipelineIsFreed)
{
    // Tours and scene switches open and close players all day: a pipeline
    // kept after close() (a bus message never unreffed holds its source)
    // grew the wall by a megabyte or more per camera shown.
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server: " << error.toStdString();
    const int before = GstPipelineSource::livePipelines();
    GstPipelineSource source;
    SourceProbe probe(source);
    for (int i = 0; i < 4; ++i) {
        const qsizetype had = probe.frames.size();
        source.open(QUrl(server.url(1)));
        ASSERT_TRUE(waitUntil([&] { return probe.frames.size() >= had + 3; }, 30000))
            << "connection " << i << ": " << probe.details.join(u'\n').toStdString();
        EXPECT_EQ(GstPipelineSource::livePipelines() - before, 1)
            << "connection " << i << ": the earlier pipelines are still alive";
        source.close();
    }
    EXPECT_TRUE(waitUntil([&] { return GstPipelineSource::livePipelines() == before; }, 10000))
        << GstPipelineSource::livePipelines() - before << " pipelines kept after close()";
}

TEST(GstPipelineSource, ScalesDownInThePipelineAndDropsTheOldConnectionsFrames)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server: " << error.toStdString();
    GstPipelineSource source;
    SourceProbe probe(source);
    source.open(QUrl(server.url(1)));
    ASSERT_TRUE(waitUntil([&] { return probe.frames.size() >= 5; }, 30000));
    // A new connection at a smaller size: not one frame of the old one after open().
    source.setMaxFrameSize(QSize(320, 180));
    source.open(QUrl(u"rtspt"_s + server.url(1).mid(4)));
    const qsizetype before = probe.frames.size();
    ASSERT_TRUE(waitUntil([&] { return probe.frames.size() >= before + 10; }, 30000));
    for (qsizetype i = before; i < probe.frames.size(); ++i) {
        EXPECT_EQ(probe.frames.at(i).image.size(), QSize(320, 180)) << "frame " << i;
        EXPECT_EQ(probe.frames.at(i).sourceSize, QSize(640, 360));
    }
}

TEST(GstPipelineSource, PlaysALocalFileWithSoundSilentlyAndSaysWhenItEnds)
{
    QTemporaryDir dir;
    QString why;
    const QString file =
        makeClip(dir, u"clip with sound.mp4"_s,
                 {u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc=size=320x240:rate=25"_s, u"-f"_s,
                  u"lavfi"_s, u"-i"_s, u"sine=frequency=440"_s, u"-t"_s, u"2"_s, u"-c:v"_s,
                  u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-c:a"_s, u"aac"_s},
                 &why);
    if (file.isEmpty())
        GTEST_SKIP() << why.toStdString();
    GstPipelineSource source;
    SourceProbe probe(source);
    source.open(QUrl::fromLocalFile(file));
    ASSERT_TRUE(waitUntil([&] { return !probe.errors.isEmpty(); }, 30000));
    EXPECT_EQ(probe.errors.first(), StreamError::Ended) << probe.details.join(u'\n').toStdString();
    EXPECT_EQ(probe.errors.size(), 1);
    // 2 s at 25 fps, played at its pace (a loaded machine drops a few).
    EXPECT_GT(probe.frames.size(), 25);
    ASSERT_FALSE(probe.frames.isEmpty());
    EXPECT_EQ(probe.frames.last().image.size(), QSize(320, 240));
}

TEST(GstPipelineSource, ARefusedPortAndAMissingFileFailWithTheirReason)
{
    GstPipelineSource refused;
    SourceProbe refusedProbe(refused);
    refused.open(QUrl(u"rtspt://127.0.0.1:1/cam/1"_s));
    GstPipelineSource missing;
    SourceProbe missingProbe(missing);
    missing.open(QUrl::fromLocalFile(u"/nonexistent/clip.mp4"_s));
    ASSERT_TRUE(waitUntil([&] { return !refusedProbe.errors.isEmpty(); }, 20000));
    EXPECT_EQ(refusedProbe.errors.first(), StreamError::Refused)
        << refusedProbe.details.join(u'\n').toStdString();
    ASSERT_TRUE(waitUntil([&] { return !missingProbe.errors.isEmpty(); }, 5000));
    EXPECT_EQ(missingProbe.errors.first(), StreamError::BadUrl);
    EXPECT_TRUE(refusedProbe.frames.isEmpty());
}

TEST(GstPipelineSource, AnUnknownRtspPathIsABadUrl)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server: " << error.toStdString();
    GstPipelineSource source;
    SourceProbe probe(source);
    source.open(QUrl(server.url(9)));
    ASSERT_TRUE(waitUntil([&] { return !probe.errors.isEmpty(); }, 20000));
    EXPECT_EQ(probe.errors.first(), StreamError::BadUrl) << probe.details.join(u'\n').toStdString();
}

TEST(GstPipelineSource, FilesWithoutVideoAreAnUnsupportedCodec)
{
    QTemporaryDir dir;
    QString why;
    const QString sound =
        makeClip(dir, u"sound.wav"_s,
                 {u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=440"_s, u"-t"_s, u"1"_s}, &why);
    if (sound.isEmpty())
        GTEST_SKIP() << why.toStdString();
    const QString text = dir.filePath(u"notes.txt"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("Không phải video.\n").repeated(200));
    f.close();

    for (const QString &file : {sound, text}) {
        GstPipelineSource source;
        SourceProbe probe(source);
        source.open(QUrl::fromLocalFile(file));
        ASSERT_TRUE(waitUntil([&] { return !probe.errors.isEmpty(); }, 20000))
            << file.toStdString();
        EXPECT_EQ(probe.errors.first(), StreamError::UnsupportedCodec)
            << file.toStdString() << ": " << probe.details.join(u'\n').toStdString();
        EXPECT_TRUE(probe.frames.isEmpty());
    }
}

TEST(GstPipelineSource, AKilledRtspServerIsLostWithinFiveSecondsAndComesBack)
{
    RtspServer server;
    QString error;
    if (!server.start(1, &error))
        GTEST_SKIP() << "no RTSP server: " << error.toStdString();
    StreamBudget budget;
    StreamOptions options;
    options.rtspTransport = StreamOptions::RtspTransport::Tcp;
    CameraStream stream(u"rtsp-cam"_s, QUrl(server.url(1)), &budget, options);
    stream.start();
    ASSERT_TRUE(waitUntil([&] { return stream.state() == StreamState::Playing; }, 30000))
        << streamErrorText(stream.stats().lastError).toStdString();
    EXPECT_TRUE(waitUntil([&] { return stream.stats().fps > 15; }, 10000)) << stream.stats().fps;

    server.stop();
    ASSERT_TRUE(waitUntil([&] { return stream.state() == StreamState::Lost; }, 5000))
        << streamStateName(stream.state()).toStdString();
    ASSERT_TRUE(server.restart(&error)) << error.toStdString();
    EXPECT_TRUE(waitUntil([&] { return stream.state() == StreamState::Playing; }, 10000))
        << "no video 10 s after the server came back: "
        << streamStateName(stream.state()).toStdString() << " "
        << stream.stats().lastErrorDetail.toStdString();
    EXPECT_GE(stream.stats().reconnects, 1);
}

TEST(GstPipelineSource, PlaysTheDemoCamerasLiveHls)
{
    CamsimProcess camsim;
    ASSERT_TRUE(camsim.start()) << camsim.error().toStdString();
    GstPipelineSource source;
    SourceProbe probe(source);
    source.open(camsim.url(0, u"hls"_s));
    // HLS starts with whole segments (about 1 s each): give it time on a loaded machine.
    ASSERT_TRUE(
        waitUntil([&] { return probe.frames.size() >= 25 || !probe.errors.isEmpty(); }, 60000));
    ASSERT_TRUE(probe.errors.isEmpty()) << probe.details.join(u'\n').toStdString();
    EXPECT_FALSE(probe.frames.last().sourceSize.isEmpty());
    EXPECT_EQ(probe.frames.last().image.size(), probe.frames.last().sourceSize);
    EXPECT_GT(distinctHashes(probe.frames), 5) << "the demo picture moves";
}
