#pragma once

#include "video/framesource.h"

#include <QFutureWatcher>
#include <QVideoFrame>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace iocwall {

// RTSP, HLS and files through QMediaPlayer (GStreamer backend) into a
// QVideoSink; no audio output is made, so the player is silent. Each frame is
// converted to a QImage once, on a pool thread: Qt 6.4's GStreamer sink hands
// every frame to the GUI thread and its streaming thread waits (up to 300 ms)
// until the GUI thread took it, so a conversion done there would slow every
// stream on the wall. While one conversion runs, only the newest frame waits.
// Threading: used on the GUI thread; conversions run in the global pool and
// report back through a QFutureWatcher owned here.
class MediaPlayerSource : public FrameSource {
    Q_OBJECT
public:
    explicit MediaPlayerSource(QObject *parent = nullptr);
    ~MediaPlayerSource() override;

    void open(const QUrl &url) override;
    void close() override;

private:
    void onFrame(const QVideoFrame &frame);
    void convert(const QVideoFrame &frame);
    void onConverted();
    void teardown();

    struct Converted {
        QImage image;
        QSize sourceSize;
        quint64 hash = 0;
        qint64 presentationMs = -1; // the frame's start time
    };
    QFutureWatcher<Converted> m_conversion;
    QVideoFrame m_waiting;    // the newest frame that came while converting
    quint64 m_generation = 0; // bumped on teardown: late conversions are dropped
    quint64 m_convertingGeneration = 0;

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QUrl m_url;
};

} // namespace iocwall
