#include "video/picturehasher.h"

#include <algorithm>

namespace iocwall {

PictureHasher::PictureHasher(int width, int height)
    : m_width(std::max(0, width))
    , m_height(std::max(0, height))
    , m_gridW(std::min(kGridW, m_width))
    , m_gridH(std::min(kGridH, m_height))
    , m_stepX(m_gridW > 0 && m_width / m_gridW >= 4 ? 2 : 1)
    , m_stepY(m_gridH > 0 && m_height / m_gridH >= 4 ? 2 : 1)
{
    for (int gx = 0; gx < m_gridW; ++gx)
        m_columnEnd[gx] = (gx + 1) * m_width / m_gridW;
    m_bandEnd = m_gridH > 0 ? m_height / m_gridH : 0;
    if (m_gridH == 0)
        m_nextRow = -1; // an empty picture wants no row
}

template <typename Luma256> void PictureHasher::addSamples(Luma256 luma256)
{
    int x = 0;
    for (int gx = 0; gx < m_gridW; ++gx) {
        const int xEnd = m_columnEnd[gx];
        quint32 sum = 0;
        quint32 count = 0;
        for (; x < xEnd; x += m_stepX) {
            sum += luma256(x);
            ++count;
        }
        x = std::max(x, xEnd);
        m_sums[gx] += sum;
        m_counts[gx] += count;
    }
    m_nextRow += m_stepY;
    while (m_band < m_gridH && m_nextRow >= m_bandEnd)
        endBand();
}

void PictureHasher::addRow(const quint32 *pixels)
{
    addSamples([pixels](int x) {
        const quint32 p = pixels[x];
        // Luma with integer weights (0.30 R, 0.59 G, 0.11 B) times 256.
        return ((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29;
    });
}

void PictureHasher::addLumaRow(const uchar *luma)
{
    addSamples([luma](int x) { return quint32(luma[x]) << 8; });
}

void PictureHasher::endBand()
{
    for (int gx = 0; gx < m_gridW; ++gx) {
        const quint32 luma = m_counts[gx] ? m_sums[gx] / (m_counts[gx] * 256) : 0;
        m_hash = (m_hash ^ luma) * 1099511628211ULL; // FNV-1a prime
    }
    m_sums.fill(0);
    m_counts.fill(0);
    m_nextRow = std::max(m_nextRow, m_bandEnd);
    ++m_band;
    m_bandEnd = (m_band + 1) * m_height / std::max(1, m_gridH);
    if (m_band >= m_gridH)
        m_nextRow = -1; // every row is in
}

quint64 PictureHasher::finish()
{
    if (m_gridH == 0)
        return 0;
    while (m_band < m_gridH)
        endBand();
    return m_hash ? m_hash : 1; // 0 means "not hashed" to FrameMeter
}

} // namespace iocwall
