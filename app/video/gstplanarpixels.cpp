#include "video/gstplanarpixels.h"

#include "video/picturehasher.h"

#include <libyuv/convert_argb.h>

#include <QImage>

#include <cstring>

namespace iocwall {

namespace {

// The libyuv constants for an 8-bit YUV picture's colour matrix and range;
// null for the rare ones libyuv does not know (GStreamer converts those).
const libyuv::YuvConstants *libyuvConstants(const GstVideoColorimetry &c)
{
    const bool full = c.range == GST_VIDEO_COLOR_RANGE_0_255;
    switch (c.matrix) {
    case GST_VIDEO_COLOR_MATRIX_BT601:
        return full ? &libyuv::kYuvJPEGConstants : &libyuv::kYuvI601Constants;
    case GST_VIDEO_COLOR_MATRIX_BT709:
        return full ? &libyuv::kYuvF709Constants : &libyuv::kYuvH709Constants;
    case GST_VIDEO_COLOR_MATRIX_BT2020:
        return full ? &libyuv::kYuvV2020Constants : &libyuv::kYuv2020Constants;
    default:
        return nullptr;
    }
}

} // namespace

bool RgbConverter::convert(const GstVideoFrame &source, uchar *first, qsizetype bytesPerLine,
                           const QRegion &parts)
{
    const GstVideoInfo &in = source.info;
    if (GST_VIDEO_INFO_FORMAT(&in) == GST_VIDEO_FORMAT_I420) {
        if (const libyuv::YuvConstants *matrix = libyuvConstants(in.colorimetry)) {
            const auto plane = [&source](int i) {
                return static_cast<const uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&source, i));
            };
            const auto stride = [&source](int i) {
                return GST_VIDEO_FRAME_PLANE_STRIDE(&source, i);
            };
            // libyuv's "ARGB" is B, G, R, A in memory: Format_RGB32's bytes.
            const auto rect = [&](int x, int y, int width, int height) {
                return libyuv::I420ToARGBMatrix(
                           plane(0) + qsizetype(y) * stride(0) + x, stride(0),
                           plane(1) + qsizetype(y / 2) * stride(1) + x / 2, stride(1),
                           plane(2) + qsizetype(y / 2) * stride(2) + x / 2, stride(2),
                           first + qsizetype(y) * bytesPerLine + qsizetype(x) * 4,
                           int(bytesPerLine), matrix, width, height) == 0;
            };
            // Two by two pixels share their colour, and libyuv pairs rows and
            // columns from the first it is given: an odd first column or row
            // goes on its own. Nothing outside `parts` is written: what is
            // around may be a plate kept in the window.
            const auto columns = [&](int x, int y, int width, int height) {
                if (x % 2 != 0) {
                    if (!rect(x, y, 1, height))
                        return false;
                    ++x;
                    --width;
                }
                return width <= 0 || rect(x, y, width, height);
            };
            const QRect picture(0, 0, GST_VIDEO_INFO_WIDTH(&in), GST_VIDEO_INFO_HEIGHT(&in));
            for (const QRect &r : parts.isEmpty() ? QRegion(picture) : parts &picture) {
                int y = r.top();
                int height = r.height();
                if (y % 2 != 0) {
                    if (!columns(r.left(), y, r.width(), 1))
                        return false;
                    ++y;
                    --height;
                }
                if (height > 0 && !columns(r.left(), y, r.width(), height))
                    return false;
            }
            return true;
        }
    }
    // GStreamer's converter writes the whole picture: for parts of it, into
    // an image of which only the parts are copied.
    const QRect whole(0, 0, GST_VIDEO_INFO_WIDTH(&in), GST_VIDEO_INFO_HEIGHT(&in));
    if (!parts.isEmpty() && (parts & whole) != QRegion(whole)) {
        QImage all(whole.size(), QImage::Format_RGB32);
        if (all.isNull() || !convert(source, all.bits(), all.bytesPerLine(), {}))
            return false;
        for (const QRect &r : parts &whole)
            for (int y = r.top(); y <= r.bottom(); ++y)
                std::memcpy(first + qsizetype(y) * bytesPerLine + qsizetype(r.left()) * 4,
                            all.constScanLine(y) + qsizetype(r.left()) * 4, size_t(r.width()) * 4);
        return true;
    }
    if (!m_converter || !gst_video_info_is_equal(&m_in, &in)) {
        if (m_converter)
            gst_video_converter_free(m_converter);
        m_in = in;
        const GstVideoInfo out = bgraLike(in, 0);
        // 8 bits in, 8 bits out: dithering would only cost time. One
        // thread: the caller paints, and other cameras decode meanwhile.
        GstStructure *config =
            gst_structure_new("GstVideoConverter", GST_VIDEO_CONVERTER_OPT_DITHER_METHOD,
                              GST_TYPE_VIDEO_DITHER_METHOD, GST_VIDEO_DITHER_NONE,
                              GST_VIDEO_CONVERTER_OPT_THREADS, G_TYPE_UINT, 1u, nullptr);
        m_converter = gst_video_converter_new(&m_in, &out, config);
        if (!m_converter)
            return false;
    }
    // The destination's rows as a BGRA frame (alpha 255: Format_RGB32's bytes).
    GstVideoInfo out = bgraLike(in, bytesPerLine);
    GstBuffer *buffer = gst_buffer_new_wrapped_full(GstMemoryFlags(0), first, out.size, 0, out.size,
                                                    nullptr, nullptr);
    GstVideoFrame dest;
    const bool mapped = gst_video_frame_map(&dest, &out, buffer, GST_MAP_WRITE);
    if (mapped) {
        gst_video_converter_frame(m_converter, &source, &dest);
        gst_video_frame_unmap(&dest);
    }
    gst_buffer_unref(buffer);
    return mapped;
}

GstVideoInfo RgbConverter::bgraLike(const GstVideoInfo &in, qsizetype bytesPerLine)
{
    GstVideoInfo out;
    const int width = GST_VIDEO_INFO_WIDTH(&in);
    const int height = GST_VIDEO_INFO_HEIGHT(&in);
    gst_video_info_set_interlaced_format(&out, GST_VIDEO_FORMAT_BGRA,
                                         GST_VIDEO_INFO_INTERLACE_MODE(&in), width, height);
    // The converter wants these alike on both sides.
    GST_VIDEO_INFO_FPS_N(&out) = GST_VIDEO_INFO_FPS_N(&in);
    GST_VIDEO_INFO_FPS_D(&out) = GST_VIDEO_INFO_FPS_D(&in);
    GST_VIDEO_INFO_PAR_N(&out) = GST_VIDEO_INFO_PAR_N(&in);
    GST_VIDEO_INFO_PAR_D(&out) = GST_VIDEO_INFO_PAR_D(&in);
    if (bytesPerLine > 0) {
        out.stride[0] = int(bytesPerLine);
        out.size = gsize(bytesPerLine) * gsize(height - 1) + gsize(width) * 4;
    }
    return out;
}

quint64 GstPlanarPixels::lumaHash(const GstVideoFrame &frame)
{
    const int height = GST_VIDEO_FRAME_HEIGHT(&frame);
    const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(&frame, 0);
    const auto *luma = static_cast<const uchar *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, 0));
    PictureHasher hasher(GST_VIDEO_FRAME_WIDTH(&frame), height);
    for (int y = 0; y < height; ++y)
        if (hasher.wantsRow(y))
            hasher.addLumaRow(luma + qsizetype(y) * stride);
    return hasher.finish();
}

} // namespace iocwall
