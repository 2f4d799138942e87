#pragma once

#include <QtGlobal>

#include <array>

namespace iocwall {

// The picture hash of FrameMeter, fed row by row, so that a frame source can
// hash a frame in the same pass that copies it (the row still in the cache).
// It hashes the luma averaged over a 160×90 grid of blocks: block averages,
// not single samples, so a small moving thing (a ball, the seconds of a clock
// overlay) between sample points still changes it. In blocks 4 pixels or more
// wide (tall) every other column (row) is read: a quarter of the reads, and
// every stroke 2 pixels wide still falls on read pixels.
// Threading: one hasher per frame, on any one thread.
class PictureHasher {
public:
    PictureHasher(int width, int height);

    // Rows come top to bottom; only those wanted are given to addRow().
    bool wantsRow(int y) const { return y == m_nextRow; }
    // `pixels`: `width` 32-bit 0xAARRGGBB pixels (the alpha byte is not read).
    void addRow(const quint32 *pixels);
    // Or `width` luma bytes (the Y plane of a YUV picture): a different hash
    // of the same picture, so one stream is hashed one way throughout.
    void addLumaRow(const uchar *luma);
    quint64 finish();

    static constexpr int kGridW = 160;
    static constexpr int kGridH = 90;

private:
    template <typename Luma256>
    void addSamples(Luma256 luma256); // luma256(x): the luma of pixel x of the row, times 256
    void endBand();

    int m_width;
    int m_height;
    int m_gridW;
    int m_gridH;
    int m_stepX;
    int m_stepY;
    int m_band = 0;    // the grid row being summed
    int m_bandEnd = 0; // its first row past the end
    int m_nextRow = 0;
    quint64 m_hash = 1469598103934665603ULL; // FNV-1a offset basis
    std::array<int, kGridW> m_columnEnd{};
    std::array<quint32, kGridW> m_sums{};
    std::array<quint32, kGridW> m_counts{};
};

} // namespace iocwall
