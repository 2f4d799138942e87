#include "cameraview.h"

#include "painttarget.h"
#include "runtime/vnformat.h"
#include "theme.h"
#include "tileitem.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace iocwall {

CameraView::CameraView(const QString &cameraId, const CameraInfo *camera, StreamBudget *budget,
                       StreamOptions options, QObject *parent)
    : QObject(parent)
    , m_cameraId(cameraId)
{
    if (!camera)
        return;
    m_camera = *camera;
    m_stream = new CameraStream(cameraId, camera->streamFor(false), budget, options, this);
    connect(m_stream, &CameraStream::frameChanged, this, &CameraView::pictureChanged);
    connect(m_stream, &CameraStream::stateChanged, this, &CameraView::changed);
}

QString CameraView::name() const
{
    // The wall's language is the default locale's (main.cpp sets it from --lang).
    const bool english = QLocale().language() == QLocale::English;
    return m_camera && !m_camera->name.isEmpty() ? m_camera->displayName(english) : m_cameraId;
}

void CameraView::setLarge(bool large)
{
    m_large = large;
    if (m_stream)
        m_stream->setUrl(m_camera->streamFor(large));
}

void CameraView::setPlaying(bool playing)
{
    if (!m_stream)
        return;
    if (playing)
        m_stream->start();
    else
        m_stream->stop();
}

double CameraView::lineHeight(const Theme &theme, double scale)
{
    if (theme.textPx != m_lineTextPx || scale != m_lineScale) {
        m_lineTextPx = theme.textPx;
        m_lineScale = scale;
        m_lineHeight = QFontMetricsF(theme.font(scale, QFont::Bold)).height();
    }
    return m_lineHeight;
}

QString CameraView::stateText(const Formatter &format) const
{
    if (!m_stream)
        return tr("Không có camera '%1'").arg(m_cameraId);
    if (m_stream->state() == StreamState::Playing)
        return {}; // (every frame: without copying the stream's stats)
    const StreamStats s = m_stream->stats();
    switch (s.state) {
    case StreamState::Playing:
        return {};
    case StreamState::Stopped:
    case StreamState::Connecting:
        return tr("Đang kết nối…");
    case StreamState::Lost:
        return tr("Mất tín hiệu – từ %1")
            .arg(s.since.toTimeZone(format.zone()).toString(u"HH:mm:ss"_s));
    case StreamState::Failed:
        return tr("Lỗi: %1").arg(streamErrorText(s.lastError));
    case StreamState::Paused:
        return tr("Tạm dừng: vượt giới hạn");
    }
    return {};
}

QString CameraView::statsText(const Formatter &format) const
{
    if (!m_stream)
        return {};
    const StreamStats s = m_stream->stats();
    if (!s.resolution.isValid())
        return tr("chưa có hình");
    if (s.state == StreamState::Playing && s.fpsSettling)
        //: Resolution over a camera picture just connected, its frame rate not yet measured
        return tr("%1×%2 · đang đo hình/giây").arg(s.resolution.width()).arg(s.resolution.height());
    //: Resolution and frame rate over a camera picture: "640×360 · 25,0 hình/giây"
    return tr("%1×%2 · %3 hình/giây")
        .arg(s.resolution.width())
        .arg(s.resolution.height())
        .arg(format.number(s.fps, 1));
}

namespace {
// The name and live plates: opaque, so that the picture under them is not
// converted nor blended for every frame (see CameraView::paint).
const QColor kOpaquePlate(0x0b, 0x0e, 0x14);

// Text on a dark plate, so it reads over any picture: `opaque`, a square
// plate of kOpaquePlate; else a rounded one through which the picture shows.
// Returns the plate's rectangle.
QRectF drawPlate(QPainter *painter, const QRectF &area, Qt::Alignment align, const QString &text,
                 const QColor &colour, bool wrap = false, bool opaque = false)
{
    const QFontMetricsF metrics(painter->font());
    const double pad = metrics.height() * 0.2;
    // A state message wraps onto more lines rather than lose its end (the id).
    const bool wraps = wrap && metrics.horizontalAdvance(text) > area.width() - 2 * pad;
    const QString shown =
        wraps ? text : metrics.elidedText(text, Qt::ElideRight, area.width() - 2 * pad);
    const QRectF textBox =
        wraps ? metrics.boundingRect(QRectF(0, 0, area.width() - 2 * pad, area.height()),
                                     Qt::TextWordWrap | Qt::AlignCenter, shown)
              : QRectF(0, 0, metrics.horizontalAdvance(shown), metrics.height());
    QRectF box(0, 0, textBox.width() + 2 * pad, textBox.height() + pad);
    if (align & Qt::AlignRight)
        box.moveRight(area.right());
    else if (align & Qt::AlignHCenter)
        box.moveLeft(area.center().x() - box.width() / 2);
    else
        box.moveLeft(area.left());
    if (align & Qt::AlignBottom)
        box.moveBottom(area.bottom());
    else if (align & Qt::AlignVCenter)
        box.moveTop(area.center().y() - box.height() / 2);
    else
        box.moveTop(area.top());
    painter->setPen(Qt::NoPen);
    if (opaque) {
        painter->setBrush(kOpaquePlate);
        painter->drawRect(box);
    } else {
        painter->setBrush(QColor(0, 0, 0, 170));
        painter->drawRoundedRect(box, pad, pad);
    }
    painter->setPen(colour);
    painter->drawText(box, int(Qt::AlignCenter) | (wraps ? int(Qt::TextWordWrap) : 0), shown);
    return box;
}
// Where the text over a picture goes.
struct TextLayout {
    double
        scale; // small cells (a 4×4 grid) take the text a step down rather than hiding the picture
    double margin; // between the cell's edge and its plates
    QRectF inner;  // the cell less the margin
};

TextLayout textLayout(const QRectF &rect, const Theme &theme)
{
    const double scale = rect.width() < theme.textPx * 12 ? 0.7 : 1.0;
    const double margin = theme.textPx * 0.2;
    return {scale, margin, rect.adjusted(margin, margin, -margin, -margin)};
}
} // namespace

bool CameraView::drawPicture(QPainter *painter, const QRectF &target, const VideoPicture &picture,
                             bool clippedOutside, const QRegion &covered)
{
    const QTransform t = painter->worldTransform();
    const QRectF device = t.mapRect(target);
    const QSize size = picture.size();
    const QPoint at(qRound(device.left()), qRound(device.top()));
    // A picture decoded at the size it is shown (setMaxFrameSize) is put on
    // whole device pixels, not resampled; it still covers every pixel that
    // lies wholly inside `target`.
    const bool oneToOne =
        t.type() <= QTransform::TxScale && at.x() <= qCeil(device.left()) &&
        at.y() <= qCeil(device.top()) && at.x() + size.width() >= qFloor(device.right()) &&
        at.y() + size.height() >= qFloor(device.bottom()) &&
        qAbs(device.width() - size.width()) < 1.0 && qAbs(device.height() - size.height()) < 1.0;
    if (!oneToOne) {
        painter->drawImage(target, picture.toImage());
        return false;
    }
    // Planar (YUV) pixels are converted straight into the surface when
    // nothing but the repaint clips them: no RGB copy is written to be copied
    // again. Only what is repainted is written, and not what the plates cover.
    // Else the picture is drawn as an image.
    const QRect pixels(at, size);
    const PaintTarget surface = PaintTarget::of(painter);
    if (!clippedOutside && surface.image) {
        const QRegion skipped =
            surface.repainted.isEmpty() ? covered : covered + (QRegion(pixels) - surface.repainted);
        if (picture.writeInto(surface.image, at + surface.offset,
                              skipped.translated(surface.offset)))
            return true;
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(at, picture.toImage());
    painter->restore();
    return false;
}

QList<QRectF> CameraView::paintTopPlates(QPainter *painter, const QRectF &rect, const Theme &theme,
                                         bool live) const
{
    QList<QRectF> plates;
    const auto [scale, margin, inner] = textLayout(rect, theme);
    painter->setFont(theme.font(scale, QFont::Bold));
    const QFontMetricsF metrics(painter->font());
    // The live mark, top right: a red dot and "TRỰC TIẾP" while pictures come.
    double liveWidth = 0;
    if (live) {
        // A step smaller than the name: the camera's name matters more.
        painter->setFont(theme.font(scale * 0.75, QFont::Bold));
        const QFontMetricsF liveMetrics(painter->font());
        const QString mark = tr("TRỰC TIẾP");
        const double dot = liveMetrics.height() * 0.45;
        liveWidth = liveMetrics.horizontalAdvance(mark) + dot * 2.2 + margin;
        const QRectF plate(inner.right() - liveWidth, inner.top(), liveWidth,
                           metrics.height() * 1.2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kOpaquePlate);
        painter->drawRect(plate);
        painter->setBrush(QColor(0xe5, 0x39, 0x35));
        painter->drawEllipse(QPointF(plate.left() + dot * 1.1, plate.center().y()), dot / 2,
                             dot / 2);
        painter->setPen(theme.text);
        painter->drawText(plate.adjusted(dot * 2, 0, 0, 0), Qt::AlignCenter, mark);
        painter->setFont(theme.font(scale, QFont::Bold));
        plates.append(plate);
    }
    plates.append(drawPlate(painter,
                            QRectF(inner.left(), inner.top(), inner.width() - liveWidth - margin,
                                   metrics.height() * 1.3),
                            Qt::AlignLeft | Qt::AlignTop, name(), theme.text, false, true));
    return plates;
}

QRegion CameraView::bandPlates(QPainter *painter, const QRectF &rect, const Theme &theme)
{
    const QTransform t = painter->worldTransform();
    const auto [scale, margin, inner] = textLayout(rect, theme);
    const double line = lineHeight(theme, scale);
    const QRectF band(rect.left(), rect.top(), rect.width(), margin + line * 1.3 + 1);
    const QRect device = t.mapRect(band).toAlignedRect();
    // (Where the band sits follows the cell, which keepPlates() compares.)
    m_bandAt = device.topLeft();
    m_bandRedrawn = false;
    const BandKey key{name(), device.size(), t.m11()};
    if (!(key == m_bandKey)) {
        m_bandRedrawn = true;
        // Opaque, the plate's colour under all of it: each plate's pixels
        // are copied as they are, nothing blended.
        m_band = QImage(device.size(), QImage::Format_RGB32);
        m_band.fill(kOpaquePlate);
        QPainter p(&m_band);
        p.setRenderHints(painter->renderHints() | QPainter::Antialiasing);
        const QTransform toBand = t * QTransform::fromTranslate(-device.left(), -device.top());
        p.setTransform(toBand);
        // Only the plates are copied, not the band between them.
        m_bandParts.clear();
        for (const QRectF &plate : paintTopPlates(&p, rect, theme, true))
            m_bandParts += toBand.mapRect(plate).toAlignedRect() & m_band.rect();
        m_bandKey = key;
    }
    QRegion plates;
    for (const QRect &part : m_bandParts)
        plates += part.translated(m_bandAt);
    return plates;
}

void CameraView::keepPlates(QPainter *painter, const QRectF &rect, const QRegion &plates,
                            bool bandRedrawn, const Look &look)
{
    if (!look.intoWindow)
        return; // a screenshot: the window holds what it held
    const PaintTarget target = PaintTarget::of(painter);
    // Kept only when nothing else is drawn over them (the stats line of a
    // small cell can reach them) and the window's pixels are the painter's 1:1.
    if (plates.isEmpty() || look.showStats || look.showDiagnostics || !target.image ||
        target.repainted.isEmpty()) {
        m_keptPlates = QRegion(); // painted over, or not to be relied on
        return;
    }
    // The window holds the plates it repainted now, and those of earlier
    // paints while the band is the same and the cell where it was.
    const QRegion now = plates & target.repainted;
    const QRect cell = TileItem::devicePixels(rect, painter->worldTransform());
    const bool same = !bandRedrawn && cell == m_keptCell && look.intoWindow == m_keptIn;
    m_keptPlates = same ? (m_keptPlates + now) & plates : now;
    m_keptCell = cell;
    m_keptIn = look.intoWindow;
}

QRegion CameraView::pixelsKeptForNewPictures(const QWidget *viewport, const QRect &cell) const
{
    // A view that scrolled moved the window's pixels: the plates are elsewhere.
    return viewport == m_keptIn && cell == m_keptCell ? m_keptPlates : QRegion();
}

void CameraView::paint(QPainter *painter, const QRectF &rect, const Theme &theme,
                       const Formatter &format, const Look &look)
{
    // Clipping set by others (an item that clips its children) must hold for
    // pixels written directly too, which no clip stops: none are written then.
    const bool clippedOutside = painter->hasClipping();
    painter->save();
    painter->setClipRect(rect);
    // The picture and the black around it fill whole pixels (a cell on whole
    // pixels: all of it, nothing beyond); text and plates stay smooth.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const VideoPicture frame = m_stream ? m_stream->latestPicture() : VideoPicture();
    const StreamState state = m_stream ? m_stream->state() : StreamState::Failed;
    const QTransform t = painter->worldTransform();
    // Over a playing picture the plates, opaque, are copied from an image
    // drawn once; the picture is not written under them (device pixels).
    const bool band = state == StreamState::Playing && t.type() <= QTransform::TxScale;
    const QRegion plates = band ? bandPlates(painter, rect, theme) : QRegion();
    const QSizeF fitted =
        frame.isNull() ? QSizeF() : QSizeF(frame.size()).scaled(rect.size(), Qt::KeepAspectRatio);
    // Black around a picture of another shape; a picture that fills the cell covers it all.
    if (fitted != rect.size())
        painter->fillRect(rect, Qt::black);
    if (!frame.isNull()) {
        const QRectF target(rect.center() - QPointF(fitted.width() / 2, fitted.height() / 2),
                            fitted);
        m_picturesWritten += drawPicture(painter, target, frame, clippedOutside, plates) ? 1 : 0;
        const quint64 key = frame.key();
        if (key != m_lastPaintedKey) {
            m_lastPaintedKey = key;
            ++m_framesShown;
        }
        if (state != StreamState::Playing)
            painter->fillRect(target, QColor(0, 0, 0, 140)); // the old picture, dimmed
    }

    painter->setRenderHint(QPainter::Antialiasing);
    const double text = theme.textPx;
    const auto [scale, margin, inner] = textLayout(rect, theme);
    const double line = lineHeight(theme, scale);
    if (band) {
        painter->save();
        painter->setWorldTransform(QTransform());
        for (const QRect &part : m_bandParts)
            painter->drawImage(m_bandAt + part.topLeft(), m_band, part);
        painter->restore();
    } else {
        paintTopPlates(painter, rect, theme, state == StreamState::Playing);
    }
    keepPlates(painter, rect, plates, m_bandRedrawn, look);

    const QString status = stateText(format);
    if (!status.isEmpty()) {
        const QColor colour =
            state == StreamState::Lost || state == StreamState::Failed || !m_stream ? theme.critical
            : state == StreamState::Paused                                          ? theme.warning
                                                                                    : theme.text;
        painter->setFont(theme.font(scale * 1.1, QFont::Bold));
        drawPlate(painter, inner, Qt::AlignCenter, status, colour, true);
        if (state == StreamState::Lost && m_stream->stats().lastError != StreamError::None) {
            painter->setFont(theme.font(scale * 0.8));
            const QRectF below = inner.adjusted(0, line * 2.4, 0, 0);
            drawPlate(painter, QRectF(below.left(), below.top(), below.width(), line * 1.3),
                      Qt::AlignHCenter | Qt::AlignTop, streamErrorText(m_stream->stats().lastError),
                      theme.textDim);
        }
    }
    if ((look.showStats || look.showDiagnostics) && m_stream) {
        painter->setFont(theme.font(scale * 0.8));
        QString line = statsText(format);
        if (look.showDiagnostics) {
            const StreamStats s = m_stream->stats();
            line += tr(" · kết nối lại %1 lần").arg(s.reconnects);
            if (s.lastError != StreamError::None)
                line += tr(" · lỗi cuối: %1").arg(streamErrorText(s.lastError));
        }
        drawPlate(painter, inner, Qt::AlignLeft | Qt::AlignBottom, line, theme.text);
    }
    if (look.selected) {
        const double w = text * 0.12;
        painter->setPen(QPen(theme.series.value(0, theme.text), w));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(w / 2, w / 2, -w / 2, -w / 2));
    }
    painter->restore();
}

} // namespace iocwall
