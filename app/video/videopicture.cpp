#include "video/videopicture.h"

#include "video/framemeter.h"

#include <atomic>

namespace iocwall {

struct VideoPicture::Data {
    quint64 key = 0;
    qint64 presentationMs = -1;
    QImage image; // an RGB picture, or planar pixels once converted
    std::shared_ptr<const PlanarPixels> planar;
};

namespace {
quint64 nextKey()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}
} // namespace

VideoPicture::VideoPicture(QImage image)
{
    if (image.isNull())
        return;
    m_d = std::make_shared<Data>();
    m_d->key = nextKey();
    m_d->image = std::move(image);
}

VideoPicture::VideoPicture(std::shared_ptr<const PlanarPixels> pixels)
{
    if (!pixels || pixels->size().isEmpty())
        return;
    m_d = std::make_shared<Data>();
    m_d->key = nextKey();
    m_d->planar = std::move(pixels);
}

QSize VideoPicture::size() const
{
    if (!m_d)
        return {};
    return m_d->planar ? m_d->planar->size() : m_d->image.size();
}

quint64 VideoPicture::key() const
{
    return m_d ? m_d->key : 0;
}

qint64 VideoPicture::presentationMs() const
{
    return m_d ? m_d->presentationMs : -1;
}

void VideoPicture::setPresentationMs(qint64 ms)
{
    if (m_d)
        m_d->presentationMs = ms;
}

quint64 VideoPicture::hash() const
{
    if (!m_d)
        return 0;
    return m_d->planar ? m_d->planar->hash() : FrameMeter::pictureHash(m_d->image);
}

QImage VideoPicture::toImage() const
{
    if (!m_d)
        return {};
    if (m_d->image.isNull() && m_d->planar) {
        QImage image(m_d->planar->size(), QImage::Format_RGB32);
        if (!image.isNull() && m_d->planar->writeRgb32(image.bits(), image.bytesPerLine(), {}))
            m_d->image = std::move(image);
    }
    return m_d->image;
}

bool VideoPicture::writeInto(QImage *device, const QPoint &at, const QRegion &covered) const
{
    if (!m_d || !m_d->planar || !device)
        return false;
    const QImage::Format f = device->format();
    if (f != QImage::Format_RGB32 && f != QImage::Format_ARGB32 &&
        f != QImage::Format_ARGB32_Premultiplied)
        return false;
    if (!device->rect().contains(QRect(at, size())))
        return false;
    // constBits(): bits() would detach an image a painter is painting on.
    auto *first =
        const_cast<uchar *>(device->constBits()) + at.y() * device->bytesPerLine() + at.x() * 4;
    const QRect picture(QPoint(0, 0), size());
    const QRegion parts =
        covered.isEmpty() ? QRegion(picture) : QRegion(picture) - covered.translated(-at);
    if (parts.isEmpty())
        return true;
    return m_d->planar->writeRgb32(first, device->bytesPerLine(), parts);
}

} // namespace iocwall
