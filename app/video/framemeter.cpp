#include "video/framemeter.h"

#include <QHashFunctions>

namespace iocwall {

namespace {
constexpr qint64 kWindowMs = 2000;
}

quint64 FrameMeter::pictureHash(const QImage &frame)
{
    if (frame.isNull())
        return 0;
    // Area-averaged, not sampled: a small moving thing (a ball, the seconds of
    // a clock overlay) between sample points would look frozen otherwise.
    const QImage thumb = frame.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(160, 90, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 hash = 1469598103934665603ULL;
    for (int y = 0; y < thumb.height(); ++y) {
        const uchar *line = thumb.constScanLine(y);
        for (int x = 0; x < thumb.width(); ++x)
            hash = (hash ^ line[x]) * 1099511628211ULL; // FNV-1a
    }
    return hash;
}

bool FrameMeter::add(const QImage &frame, qint64 ms)
{
    const quint64 hash = pictureHash(frame);
    const bool isNew = !m_hasLast || hash != m_lastHash;
    m_hasLast = true;
    m_lastHash = hash;
    if (isNew) {
        m_newFrameMs.append(ms);
        while (!m_newFrameMs.isEmpty() && m_newFrameMs.first() < ms - kWindowMs)
            m_newFrameMs.removeFirst();
    }
    return isNew;
}

double FrameMeter::fps(qint64 ms) const
{
    QList<qint64> recent;
    for (qint64 t : m_newFrameMs)
        if (t > ms - kWindowMs && t <= ms)
            recent.append(t);
    if (recent.size() < 2)
        return 0.0;
    // The rate between the first and last frame of the window while frames
    // keep coming; once they stop, what the whole window saw, so it decays.
    if (ms - recent.last() <= 1000)
        return double(recent.size() - 1) * 1000.0 /
               double(std::max<qint64>(1, recent.last() - recent.first()));
    return double(recent.size()) * 1000.0 / double(kWindowMs);
}

void FrameMeter::reset()
{
    m_newFrameMs.clear();
    m_hasLast = false;
}

} // namespace iocwall
