#pragma once

// GStreamer's decoded frames as the wall's PlanarPixels (internal to
// GstPipelineSource). The GStreamer headers come before any Qt header.
#include <gst/gst.h>
#include <gst/video/video.h>

#include "video/videopicture.h"

#include <memory>

namespace iocwall {

// Converts one connection's pictures to RGB where they are shown (the owner's
// thread only): I420 with libyuv, whose AVX2 rows take half the time of
// GStreamer's converter (on 16 cameras, ~6 % of a core); anything else with
// GStreamer's own converter, the one videoconvert uses, made again only when
// the pictures' layout changes.
class RgbConverter {
public:
    RgbConverter() = default;
    RgbConverter(const RgbConverter &) = delete;
    RgbConverter &operator=(const RgbConverter &) = delete;
    ~RgbConverter()
    {
        if (m_converter)
            gst_video_converter_free(m_converter);
    }

    // Writes `source` as BGRA rows (0xffRRGGBB) from `first`, `bytesPerLine`
    // apart: the pixels of `parts` (empty: all of it) and not one more.
    bool convert(const GstVideoFrame &source, uchar *first, qsizetype bytesPerLine,
                 const QRegion &parts);

private:
    // BGRA of `in`'s size, rate and shape, rows `bytesPerLine` apart (0: packed).
    static GstVideoInfo bgraLike(const GstVideoInfo &in, qsizetype bytesPerLine);

    GstVideoInfo m_in{};
    GstVideoConverter *m_converter = nullptr;
};

// A decoded I420 picture kept mapped for as long as it may be shown.
class GstPlanarPixels : public PlanarPixels {
public:
    GstPlanarPixels(GstSample *sample, const GstVideoFrame &frame,
                    std::shared_ptr<RgbConverter> converter)
        : m_sample(sample)
        , m_frame(frame)
        , m_converter(std::move(converter))
    {
    }
    ~GstPlanarPixels() override
    {
        gst_video_frame_unmap(&m_frame);
        gst_sample_unref(m_sample);
    }
    GstPlanarPixels(const GstPlanarPixels &) = delete;
    GstPlanarPixels &operator=(const GstPlanarPixels &) = delete;

    QSize size() const override
    {
        return {GST_VIDEO_FRAME_WIDTH(&m_frame), GST_VIDEO_FRAME_HEIGHT(&m_frame)};
    }
    bool writeRgb32(uchar *first, qsizetype bytesPerLine, const QRegion &parts) const override
    {
        return m_converter->convert(m_frame, first, bytesPerLine, parts);
    }
    quint64 hash() const override { return lumaHash(m_frame); }

    // PictureHasher over the luma plane of `frame`.
    static quint64 lumaHash(const GstVideoFrame &frame);

private:
    GstSample *m_sample;
    GstVideoFrame m_frame;
    std::shared_ptr<RgbConverter> m_converter;
};

} // namespace iocwall
