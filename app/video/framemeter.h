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
    // A source may hash only some frames (GStreamer: one in kHashEvery); the
    // frames between carry kNotHashed and take the verdict of the last hashed
    // one, so a picture that froze is still noticed within a few frames.
    static constexpr quint64 kNotHashed = 0;
    static constexpr int kHashEvery = 8;

    // Records a frame with picture hash `hash` that arrived at `ms` (a
    // monotonic clock), to be presented at `presentationMs` on the stream's
    // own clock (-1: unknown); returns whether it shows a new picture.
    bool add(quint64 hash, qint64 ms, qint64 presentationMs = -1);
    // New pictures per second over the last two seconds up to `ms`. Frames
    // that arrive bunched (the jitter buffer letting go after connecting, a
    // network stall catching up) are spread over the time the stream gave
    // them, so a 25 fps camera does not read 30 for a while.
    double fps(qint64 ms) const;
    // Whether at `ms` the first new picture since the reset came less than
    // kSettleMs ago (or none yet): a stream just connected arrives faster
    // than it runs while what was held on the way catches up.
    bool settling(qint64 ms) const;
    static constexpr qint64 kSettleMs = 3000;
    // A new connection of the same stream: its rate is measured afresh and
    // settles again; the last picture is still known, so a camera that sends
    // the same frozen picture after reconnecting is not taken for live.
    void newConnection();
    void reset();

    // PictureHasher's hash of the whole frame (its luma on a 160×90 grid of
    // blocks); 0 for a null image.
    static quint64 pictureHash(const QImage &frame);

private:
    struct Arrival {
        qint64 ms;             // when it arrived
        qint64 presentationMs; // when the stream meant it to be shown; -1: unknown
    };
    QList<Arrival> m_newFrames; // the recent new pictures
    quint64 m_lastHash = 0;
    bool m_hasLast = false;
    bool m_lastWasNew = true; // the verdict of the last hashed frame
    qint64 m_firstNewMs = -1; // the first new picture since the reset
};

} // namespace iocwall
