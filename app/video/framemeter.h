#pragma once

#include <QImage>
#include <QList>

namespace iocwall {

// Measures a stream's frames: the rate of frames that brought a new picture
// and whether a frame is the same picture as the one before (a frozen
// encoder keeps sending it). Sameness is judged on a picture hash that the
// frame source computes where it decodes (pictureHash(), off the GUI thread
// for GStreamer and the media player), so the meter itself costs nothing per frame.
// Threading: add/fps/reset on one thread; pictureHash() from any thread.
class FrameMeter {
public:
    // Records a frame with picture hash `hash` that arrived at `ms` (a
    // monotonic clock); returns whether it shows a new picture.
    bool add(quint64 hash, qint64 ms);
    // New pictures per second over the last two seconds up to `ms`.
    double fps(qint64 ms) const;
    void reset();

    // A hash of the picture's luma averaged over a 160×90 grid of blocks.
    // Block averages, not single samples: a small moving thing (a ball, the
    // seconds of a clock overlay) between sample points would look frozen
    // otherwise. In blocks 4 pixels or more wide (tall) every other column
    // (row) is read: a quarter of the reads, and every stroke 2 pixels wide
    // still falls on read pixels. Cheap enough for the decoding thread
    // (640×360: ~58 000 reads). 0 for a null image.
    static quint64 pictureHash(const QImage &frame);

private:
    QList<qint64> m_newFrameMs; // arrival times of the recent new pictures
    quint64 m_lastHash = 0;
    bool m_hasLast = false;
};

} // namespace iocwall
