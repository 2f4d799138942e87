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

bool FrameMeter::add(quint64 hash, qint64 ms, qint64 presentationMs)
{
    bool isNew = m_lastWasNew;
    if (hash != kNotHashed) {
        isNew = !m_hasLast || hash != m_lastHash;
        m_hasLast = true;
        m_lastHash = hash;
        m_lastWasNew = isNew;
    }
    if (isNew) {
        if (m_firstNewMs < 0)
            m_firstNewMs = ms;
        m_newFrames.append({ms, presentationMs});
        while (!m_newFrames.isEmpty() && m_newFrames.first().ms < ms - kWindowMs)
            m_newFrames.removeFirst();
    }
    return isNew;
}

double FrameMeter::fps(qint64 ms) const
{
    qsizetype first = -1, count = 0;
    for (qsizetype i = 0; i < m_newFrames.size(); ++i) {
        const qint64 t = m_newFrames.at(i).ms;
        if (t > ms - kWindowMs && t <= ms) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    if (count < 2)
        return 0.0;
    const Arrival &a = m_newFrames.at(first);
    const Arrival &b = m_newFrames.at(first + count - 1);
    // Once frames stop, what the whole window saw, so that the rate decays.
    if (ms - b.ms > 1000)
        return double(count) * 1000.0 / double(kWindowMs);
    // While they come, the rate between the first and the last frame of the
    // window: over the time they arrived in, or the longer time the stream
    // spaced them by. A jump in the stream's clock (a new segment, a camera
    // restarting its clock) is not a rate: the arrival times hold then.
    qint64 span = b.ms - a.ms;
    if (a.presentationMs >= 0 && b.presentationMs >= 0) {
        const qint64 presented = b.presentationMs - a.presentationMs;
        if (presented > span && presented <= 2 * kWindowMs)
            span = presented;
    }
    return double(count - 1) * 1000.0 / double(std::max<qint64>(1, span));
}

bool FrameMeter::settling(qint64 ms) const
{
    return m_firstNewMs < 0 || ms - m_firstNewMs < kSettleMs;
}

void FrameMeter::newConnection()
{
    m_firstNewMs = -1;
    m_newFrames.clear();
}

void FrameMeter::reset()
{
    m_firstNewMs = -1;
    m_lastWasNew = true;
    m_newFrames.clear();
    m_hasLast = false;
}

} // namespace iocwall
