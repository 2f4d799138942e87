#include "video/framemeter.h"

#include "video/picturehasher.h"

#include <algorithm>

namespace iocwall {

namespace {
constexpr qint64 kWindowMs = 2000;
} // namespace

quint64 FrameMeter::pictureHash(const QImage &frame)
{
    if (frame.isNull())
        return 0;
    // 32-bit pixels are read as they are; any other format is converted once
    // (MJPEG decodes to RGB32 already; GStreamer hashes while it copies).
    const QImage image = frame.depth() == 32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
    PictureHasher hasher(image.width(), image.height());
    for (int y = 0; y < image.height(); ++y)
        if (hasher.wantsRow(y))
            hasher.addRow(reinterpret_cast<const quint32 *>(image.constScanLine(y)));
    return hasher.finish();
}

bool FrameMeter::add(quint64 hash, qint64 ms)
{
    bool isNew = m_lastWasNew;
    if (hash != kNotHashed) {
        isNew = !m_hasLast || hash != m_lastHash;
        m_hasLast = true;
        m_lastHash = hash;
        m_lastWasNew = isNew;
    }
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
    m_lastWasNew = true;
    m_newFrameMs.clear();
    m_hasLast = false;
}

} // namespace iocwall
