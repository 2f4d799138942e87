#pragma once

#include <QImage>
#include <QList>

namespace iocwall {

// Measures a stream's frames: the rate of frames that brought a new picture
// and whether a frame is the same picture as the one before (a frozen
// encoder keeps sending it). Sameness is judged on a 160×90 grey thumbnail
// (area-averaged), cheap per frame yet changed by any motion a person would see.
class FrameMeter {
public:
    // Records a frame that arrived at `ms` (a monotonic clock); returns
    // whether it shows a new picture.
    bool add(const QImage &frame, qint64 ms);
    // New pictures per second over the last two seconds up to `ms`.
    double fps(qint64 ms) const;
    void reset();

    static quint64 pictureHash(const QImage &frame);

private:
    QList<qint64> m_newFrameMs; // arrival times of the recent new pictures
    quint64 m_lastHash = 0;
    bool m_hasLast = false;
};

} // namespace iocwall
