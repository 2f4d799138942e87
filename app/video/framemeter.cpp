#include "video/framemeter.h"

#include <algorithm>
#include <array>

namespace iocwall {

namespace {
constexpr qint64 kWindowMs = 2000;
constexpr int kGridW = 160;
constexpr int kGridH = 90;
} // namespace

quint64 FrameMeter::pictureHash(const QImage &frame)
{
    if (frame.isNull())
        return 0;
    // 32-bit pixels are read as they are; any other format is converted once
    // (MJPEG decodes to RGB32 already, GStreamer delivers BGRx as RGB32).
    const QImage image = frame.depth() == 32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    const int gridW = std::min(kGridW, w);
    const int gridH = std::min(kGridH, h);
    // Every other column and row in blocks of 4 pixels or more: a quarter of
    // the reads, and still every 2-pixel-wide stroke is read.
    const int stepX = w / gridW >= 4 ? 2 : 1;
    const int stepY = h / gridH >= 4 ? 2 : 1;
    std::array<quint32, kGridW> sums{};
    std::array<quint32, kGridW> counts{};
    quint64 hash = 1469598103934665603ULL;
    int y = 0;
    for (int gy = 0; gy < gridH; ++gy) {
        const int yEnd = (gy + 1) * h / gridH;
        sums.fill(0);
        counts.fill(0);
        for (; y < yEnd; y += stepY) {
            const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
            int x = 0;
            for (int gx = 0; gx < gridW; ++gx) {
                const int xEnd = (gx + 1) * w / gridW;
                quint32 sum = 0;
                quint32 count = 0;
                for (; x < xEnd; x += stepX) {
                    const quint32 p = line[x];
                    // Luma with integer weights (0.30 R, 0.59 G, 0.11 B) times 256.
                    sum += ((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29;
                    ++count;
                }
                x = std::max(x, xEnd);
                sums[gx] += sum;
                counts[gx] += count;
            }
        }
        y = std::max(y, yEnd);
        for (int gx = 0; gx < gridW; ++gx) {
            const quint32 luma = counts[gx] ? sums[gx] / (counts[gx] * 256) : 0;
            hash = (hash ^ luma) * 1099511628211ULL; // FNV-1a
        }
    }
    return hash;
}

bool FrameMeter::add(quint64 hash, qint64 ms)
{
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
