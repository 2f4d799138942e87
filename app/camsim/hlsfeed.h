#pragma once

#include "simcamera.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace iocwall {

// One camera's live HLS stream (640×360, 25 fps H.264 in MPEG-TS segments of
// about 1 s): x264enc → hlssink2 writing index.m3u8 and segments into a temp
// folder (iocwall-hls-<pid>-XXXXXX, made on start, removed on stop). It starts
// on the first request and stops after kIdleStopS seconds without one, so an
// unwatched camera costs nothing.
//
// Threading: every call belongs to the object's thread.
class HlsFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kWidth = 640, kHeight = 360, kFps = 25;
    static constexpr int kIdleStopS = 30;

    HlsFeed(SimCamera camera, QObject *parent = nullptr);
    ~HlsFeed() override;

    // A request came: starts the pipeline when it is not running.
    void touch();
    bool isRunning() const { return m_pipeline != nullptr; }
    // Whether `name` is one the feed writes: index.m3u8 or segmentNNNNN.ts.
    static bool isFileName(const QString &name);
    // The file `name` in the feed's folder; empty when it is not running or for
    // a name it does not write.
    QString filePath(const QString &name) const;
    bool playlistReady() const;

    // Removes the folders of feeds whose process is gone (killed with SIGKILL).
    static void removeStaleFolders();

private:
    void start();
    void stop();

    SimCamera m_camera;
    std::unique_ptr<QTemporaryDir> m_dir; // while running
    void *m_pipeline = nullptr;           // GstElement*
    QElapsedTimer m_sinceRequest;
    QTimer m_idleCheck;
};

} // namespace iocwall
