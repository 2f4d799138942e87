#pragma once

#include "video/framesource.h"

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace iocwall {

// RTSP, HLS and files through QMediaPlayer (GStreamer backend) into a
// QVideoSink; no audio output is made, so the player is silent. Each frame is
// converted to a QImage once, here. Threading: GUI thread; the sink's frames
// arrive queued if the backend emits them from its own thread.
class MediaPlayerSource : public FrameSource {
    Q_OBJECT
public:
    explicit MediaPlayerSource(QObject *parent = nullptr);
    ~MediaPlayerSource() override;

    void open(const QUrl &url) override;
    void close() override;

private:
    void onFrame(const QVideoFrame &frame);
    void teardown();

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QUrl m_url;
};

} // namespace iocwall
