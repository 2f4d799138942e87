#pragma once

#include <QImage>
#include <QRegion>

#include <memory>

namespace iocwall {

// Pixels in a decoder's own layout (planar YUV from GStreamer), turned into
// RGB only when and where they are shown. Implemented by a frame source.
// Threading: made on any thread, then used on one.
class PlanarPixels {
public:
    virtual ~PlanarPixels() = default;
    virtual QSize size() const = 0;
    // Writes the picture as 32-bit 0xffRRGGBB pixels, its top-left pixel at
    // `first` and rows `bytesPerLine` apart: the pixels of `parts` (picture
    // coordinates; empty: all of it) and not one more, since what is around
    // them may be kept in a window; false when it cannot.
    virtual bool writeRgb32(uchar *first, qsizetype bytesPerLine, const QRegion &parts) const = 0;
    // The picture's PictureHasher hash, as its source computes it.
    virtual quint64 hash() const = 0;
};

// One decoded camera picture, cheap to copy: an RGB image, or planar pixels
// that are converted straight into the surface that shows them (writeInto)
// or, for anything else, once into an image (toImage). Converting where the
// picture is shown saves writing an RGB copy and then copying it again.
// Threading: made on any thread, then used on one.
class VideoPicture {
public:
    VideoPicture() = default;
    VideoPicture(QImage image); // NOLINT(google-explicit-constructor): an image is a picture
    explicit VideoPicture(std::shared_ptr<const PlanarPixels> pixels);

    bool isNull() const { return !m_d; }
    QSize size() const;
    // Different for every picture made; copies share it.
    quint64 key() const;
    // When the stream means the picture to be shown, in milliseconds on the
    // stream's own clock (GStreamer's running time, a media player's frame
    // time); -1 when the source does not say. Set by the source before it
    // sends the picture on.
    qint64 presentationMs() const;
    void setPresentationMs(qint64 ms);
    // The picture's PictureHasher hash as its source computes it (planar
    // pixels: on their luma plane; an image: FrameMeter::pictureHash).
    quint64 hash() const;
    // The picture as a 32-bit RGB image; planar pixels are converted once.
    QImage toImage() const;
    // Writes the picture unscaled into `device`, its top-left pixel at `at`,
    // in place (a surface being painted on is not detached); true when done:
    // planar pixels into an RGB32 or ARGB32 image that holds all of it there.
    // Pixels of `covered` (device coordinates), which something opaque is
    // painted over next, need not be written.
    bool writeInto(QImage *device, const QPoint &at, const QRegion &covered = {}) const;

private:
    struct Data;
    std::shared_ptr<Data> m_d;
};

} // namespace iocwall
