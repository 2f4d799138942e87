// RgbConverter converting only parts of a picture (what the opaque plates
// over a camera picture leave visible): the parts must come out exactly as in
// the whole picture's conversion, with the colour of each 2×2 block right
// where a part starts on an odd pixel, and not a pixel written outside them.
#include "video/gstplanarpixels.h"

#include <QImage>
#include <QRegion>
#include <QSet>

#include <gtest/gtest.h>

using namespace iocwall;

namespace {

// A decoded-like frame of `format` whose every plane varies in x and y.
class TestFrame {
public:
    TestFrame(GstVideoFormat format, int width, int height)
    {
        gst_init(nullptr, nullptr);
        gst_video_info_set_format(&m_info, format, width, height);
        gst_video_colorimetry_from_string(&m_info.colorimetry, GST_VIDEO_COLORIMETRY_BT601);
        m_buffer = gst_buffer_new_allocate(nullptr, m_info.size, nullptr);
        m_mapped = gst_video_frame_map(&m_frame, &m_info, m_buffer, GST_MAP_READWRITE);
        if (!m_mapped)
            return;
        for (guint p = 0; p < GST_VIDEO_FRAME_N_PLANES(&m_frame); ++p) {
            auto *data = static_cast<guint8 *>(GST_VIDEO_FRAME_PLANE_DATA(&m_frame, p));
            const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(&m_frame, p);
            const int rows = GST_VIDEO_FRAME_COMP_HEIGHT(&m_frame, p);
            for (int y = 0; y < rows; ++y)
                for (int x = 0; x < stride; ++x)
                    data[y * stride + x] = guint8(16 + (x * (7 + 11 * p) + y * (13 + 5 * p)) % 220);
        }
    }
    ~TestFrame()
    {
        if (m_mapped)
            gst_video_frame_unmap(&m_frame);
        gst_buffer_unref(m_buffer);
    }
    TestFrame(const TestFrame &) = delete;
    TestFrame &operator=(const TestFrame &) = delete;

    bool isMapped() const { return m_mapped; }
    const GstVideoFrame &frame() const { return m_frame; }

private:
    GstVideoInfo m_info{};
    GstBuffer *m_buffer = nullptr;
    GstVideoFrame m_frame{};
    bool m_mapped = false;
};

QImage converted(RgbConverter &converter, const GstVideoFrame &frame, const QRegion &parts)
{
    QImage image(GST_VIDEO_FRAME_WIDTH(&frame), GST_VIDEO_FRAME_HEIGHT(&frame),
                 QImage::Format_RGB32);
    image.fill(qRgb(255, 0, 255));
    EXPECT_TRUE(converter.convert(frame, image.bits(), image.bytesPerLine(), parts));
    return image;
}

// Parts starting on odd pixels, one of them running off the picture's edge.
const QRegion kParts = QRegion(5, 3, 20, 15) + QRegion(41, 17, 9, 30) + QRegion(57, 40, 20, 20);

// A 64×48 picture of `format` converted whole, and in kParts onto magenta.
struct WholeAndParts {
    QImage whole;
    QImage parts;
};
WholeAndParts convertedBothWays(GstVideoFormat format)
{
    TestFrame test(format, 64, 48);
    if (!test.isMapped())
        return {};
    RgbConverter converter;
    QImage whole = converted(converter, test.frame(), {});
    return {whole, converted(converter, test.frame(), kParts)};
}

} // namespace

TEST(RgbConverter, AnI420PictureConvertedInPartsMatchesItsWholeConversion)
{
    const auto [whole, parts] = convertedBothWays(GST_VIDEO_FORMAT_I420);
    ASSERT_FALSE(whole.isNull()) << "the test frame was not mapped";
    QSet<QRgb> colours;
    int inParts = 0, untouched = 0;
    for (int y = 0; y < whole.height(); ++y) {
        for (int x = 0; x < whole.width(); ++x) {
            colours.insert(whole.pixel(x, y));
            if (kParts.contains(QPoint(x, y))) {
                ++inParts;
                ASSERT_EQ(parts.pixel(x, y), whole.pixel(x, y)) << "at " << x << "," << y;
            } else {
                // Not a pixel more: what is around a part may be a plate kept in the window.
                ++untouched;
                ASSERT_EQ(parts.pixel(x, y), qRgb(255, 0, 255)) << "written at " << x << "," << y;
            }
        }
    }
    EXPECT_GT(colours.size(), 500) << "the test picture is too plain to show a misplaced colour";
    EXPECT_EQ(inParts, 20 * 15 + 9 * 30 + 7 * 8);
    EXPECT_GT(untouched, 64 * 48 / 2);
}

TEST(RgbConverter, APictureLibyuvDoesNotTakeIsConvertedByGStreamerInPartsToo)
{
    // NV12 goes through GStreamer's converter, which writes a whole picture:
    // the parts asked for must still be right, and nothing else written.
    const auto [whole, parts] = convertedBothWays(GST_VIDEO_FORMAT_NV12);
    ASSERT_FALSE(whole.isNull()) << "the test frame was not mapped";
    for (int y = 0; y < whole.height(); ++y)
        for (int x = 0; x < whole.width(); ++x)
            ASSERT_EQ(parts.pixel(x, y),
                      kParts.contains(QPoint(x, y)) ? whole.pixel(x, y) : qRgb(255, 0, 255))
                << "at " << x << "," << y;
    EXPECT_NE(whole.pixel(0, 0), whole.pixel(63, 47));
}
