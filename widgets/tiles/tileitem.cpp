#include "tileitem.h"

#include "painttarget.h"

#include <QBackingStore>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace iocwall {

TileItem::TileItem(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_spec(std::move(spec))
    , m_context(context)
{
    m_now = QDateTime::currentDateTimeUtc();
}

void TileItem::setTileRect(const QRectF &rect)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size();
    layoutContent(contentRect());
    update();
}

double TileItem::padding() const
{
    return theme().textPx * 0.35;
}

// A title that does not fit on one line of the tile wraps onto a second one:
// from across the room a whole title reads better than an elided one.
int TileItem::titleLines() const
{
    const QFontMetricsF metrics(theme().font(1.0, QFont::Bold));
    return metrics.horizontalAdvance(title()) > m_size.width() - 2 * padding() ? 2 : 1;
}

double TileItem::titleHeight() const
{
    return QFontMetricsF(theme().font(1.0, QFont::Bold)).lineSpacing() * titleLines();
}

double TileItem::footerHeight() const
{
    return QFontMetricsF(theme().font(1.0)).height();
}

QRectF TileItem::contentRect() const
{
    ContentKey key{m_size, theme().textPx, title()};
    if (key == m_contentKey && m_contentKey.textPx > 0)
        return m_contentRect;
    const double p = padding();
    const double top = p + titleHeight() + p * 0.5;
    const double bottom = p + footerHeight() + p * 0.3;
    m_contentRect = QRectF(p, top, std::max(0.0, m_size.width() - 2 * p),
                           std::max(0.0, m_size.height() - top - bottom));
    m_contentKey = std::move(key);
    return m_contentRect;
}

QString TileItem::title() const
{
    const QString own = m_spec.displayTitle(m_context.english);
    if (!own.isEmpty())
        return own;
    if (const IndicatorInfo *info = indicator())
        return info->displayName(m_context.english);
    return m_spec.binding.indicators.value(0);
}

const IndicatorInfo *TileItem::indicator() const
{
    if (m_spec.binding.indicators.isEmpty())
        return nullptr;
    const auto it = m_data.indicators.constFind(m_spec.binding.indicators.first());
    return it == m_data.indicators.cend() ? nullptr : &*it;
}

void TileItem::setData(const TileData &data)
{
    const bool changed = !m_answered || !sameContent(data, m_data);
    m_answered = true;
    if (!changed)
        return;
    m_data = data;
    m_freshness = classifyFreshness(m_data.fetchedAt, m_now, m_context.staleAfterS,
                                    m_context.expiredAfterS, m_data.sourcesOk());
    applyData(m_data);
    layoutContent(contentRect()); // a title from the catalog may have changed the frame
    update();
}

void TileItem::refreshFreshness(const QDateTime &now)
{
    m_now = now;
    const Freshness f = classifyFreshness(m_data.fetchedAt, now, m_context.staleAfterS,
                                          m_context.expiredAfterS, m_data.sourcesOk());
    if (f != m_freshness) {
        m_freshness = f;
        update();
    }
}

QString TileItem::footerText(bool withSource) const
{
    if (!hasContent(m_data) || !m_data.fetchedAt.isValid())
        return {};
    const Formatter &fmt = format();
    const bool today = fmt.date(m_data.fetchedAt) == fmt.date(m_now);
    const QString when = today ? fmt.time(m_data.fetchedAt) : fmt.dateTime(m_data.fetchedAt);
    const QString source =
        m_data.sources.isEmpty() || !withSource ? QString() : m_data.sources.first().name;
    switch (m_freshness) {
    case Freshness::Stale:
    case Freshness::Expired:
        return tr("Dữ liệu cũ – cập nhật lúc %1").arg(when);
    case Freshness::Fresh:
        return source.isEmpty() ? tr("Cập nhật %1").arg(when)
                                : tr("Cập nhật %1 · %2").arg(when, source);
    case Freshness::NoData:
        break;
    }
    return {};
}

void TileItem::paintFrame(QPainter *painter)
{
    const QRectF r = boundingRect().adjusted(3, 3, -3, -3);
    const double radius = theme().textPx * 0.2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme().tile);
    painter->drawRoundedRect(r, radius, radius);
    // Stale data must be noticed from across the room: the whole frame turns.
    QColor border = theme().tileBorder;
    double width = 2.0;
    if (m_freshness == Freshness::Stale || m_freshness == Freshness::Expired) {
        border = theme().freshnessColor(m_freshness);
        width = theme().textPx * 0.12;
    }
    painter->setPen(QPen(border, width));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius,
                             radius);

    const double p = padding();
    painter->setFont(theme().font(1.0, QFont::Bold));
    painter->setPen(theme().text);
    const QRectF titleRect(p, p, m_size.width() - 2 * p, titleHeight());
    if (titleLines() == 1) {
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title());
    } else {
        // Break at the last word that fits; elide only what still overflows.
        const QFontMetricsF metrics(painter->font());
        const QStringList words = title().split(u' ');
        QString first;
        qsizetype used = 0;
        for (; used < words.size(); ++used) {
            const QString candidate =
                first.isEmpty() ? words.at(used) : first + u' ' + words.at(used);
            if (metrics.horizontalAdvance(candidate) > titleRect.width() && !first.isEmpty())
                break;
            first = candidate;
        }
        const QString rest = words.mid(used).join(u' ');
        const double line = metrics.lineSpacing();
        painter->drawText(QRectF(titleRect.left(), titleRect.top(), titleRect.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(first, Qt::ElideRight, titleRect.width()));
        painter->drawText(QRectF(titleRect.left(), titleRect.top() + line, titleRect.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(rest, Qt::ElideRight, titleRect.width()));
    }

    const QString footer = footerText();
    if (!footer.isEmpty()) {
        painter->setFont(theme().font(1.0));
        painter->setPen(theme().freshnessColor(m_freshness));
        const QRectF footerRect(p, m_size.height() - p - footerHeight(), m_size.width() - 2 * p,
                                footerHeight());
        // The time matters more than the source's name: drop the name when short of room.
        const QFontMetricsF metrics(painter->font());
        const QString shown =
            metrics.horizontalAdvance(footer) <= footerRect.width() ? footer : footerText(false);
        painter->drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(shown, Qt::ElideRight, footerRect.width()));
    }
}

void TileItem::update(const QRectF &rect)
{
    m_cacheValid = false;
    QGraphicsObject::update(rect);
}

namespace {
// Scales closer than this share a cache image (a preview refitted by a pixel).
bool sameScale(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

// The pixel format of what the wall paints on (a window's backing store,
// a screenshot): a cache in the same format is copied, one in another
// format would be converted on every paint. Set by the paints, read by warm-ups.
QImage::Format g_deviceFormat = QImage::Format_ARGB32_Premultiplied;

QImage::Format deviceFormat(QPainter *painter)
{
    const QPaintDevice *device =
        painter->paintEngine() ? painter->paintEngine()->paintDevice() : painter->device();
    if (device && device->devType() == QInternal::Image) {
        const QImage::Format f = static_cast<const QImage *>(device)->format();
        if (f == QImage::Format_RGB32 || f == QImage::Format_ARGB32_Premultiplied)
            g_deviceFormat = f;
    }
    return g_deviceFormat;
}
} // namespace

QSize TileItem::cachePixels(double sx, double sy) const
{
    return {qCeil(m_size.width() * sx), qCeil(m_size.height() * sy)};
}

bool TileItem::cacheFits(double sx, double sy) const
{
    return m_cacheValid && m_cache.format() == g_deviceFormat && sameScale(sx, m_cacheSx) &&
           sameScale(sy, m_cacheSy) && m_cache.size() == cachePixels(sx, sy);
}

bool TileItem::cacheReady(double scale) const
{
    return cacheFits(scale, scale);
}

void TileItem::renderCache(double sx, double sy)
{
    const QSize px = cachePixels(sx, sy);
    if (m_cache.size() != px || m_cache.format() != g_deviceFormat)
        m_cache = QImage(px, g_deviceFormat);
    m_cache.fill(theme().canvas);
    QPainter painter(&m_cache);
    painter.scale(sx, sy);
    // A tile with live content keeps only its frame here; the content is painted on top.
    paintUncached(&painter, usesPaintCache());
    m_cacheSx = sx;
    m_cacheSy = sy;
    m_cacheValid = true;
}

void TileItem::warmCache(double scale)
{
    if (cacheReady(scale) || m_size.isEmpty())
        return;
    settle();
    renderCache(scale, scale);
}

void TileItem::dropCache()
{
    m_cache = QImage();
    m_cacheValid = false;
}

void TileItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform t = painter->worldTransform();
    if (t.type() > QTransform::TxScale || m_size.isEmpty()) {
        // Rotated or sheared: not worth caching. The canvas colour fills the
        // corners here too, as the opaque area promises.
        painter->fillRect(boundingRect(), theme().canvas);
        paintUncached(painter);
        return;
    }
    deviceFormat(painter);
    if (!cacheFits(t.m11(), t.m22()))
        renderCache(t.m11(), t.m22());
    // Snapped to whole device pixels: the image is copied, never resampled.
    const QPointF at = t.map(QPointF(0, 0));
    const QPoint origin(qRound(at.x()), qRound(at.y()));
    const bool live = !usesPaintCache() && hasContent(m_data);
    // What the live content paints over in full is not copied first: a new
    // picture costs its own cell, not the frame around it as well.
    QRegion copy(QRect(origin, m_cache.size()));
    if (option && !option->exposedRect.isEmpty())
        copy &= t.mapRect(option->exposedRect).toAlignedRect();
    // The exposed rectangle spans every dirty rectangle of the view (other
    // tiles' cells too): the region being repainted limits the copy closer.
    if (const PaintTarget target = PaintTarget::of(painter); !target.repainted.isEmpty())
        copy &= target.repainted;
    if (live) {
        for (const QRectF &cover : liveCover())
            copy -= devicePixels(cover, t);
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    for (const QRect &r : copy) {
        // Qt 6's raster engine hands a blend of 96 lines or more to its thread
        // pool; for the strip a pixel or two wide that each repainted camera
        // cell leaves at its sides, waking the threads costs more than the
        // copy. Narrow strips go in bands that stay on this thread.
        const int band = r.width() < 64 ? 64 : r.height();
        for (int y = r.top(); y <= r.bottom(); y += band) {
            const QRect part(r.left(), y, r.width(), std::min(band, r.bottom() + 1 - y));
            painter->drawImage(part.topLeft(), m_cache, part.translated(-origin));
        }
    }
    painter->restore();
    if (live) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        paintContent(painter, contentRect());
    }
}

QRect TileItem::devicePixels(const QRectF &rect, const QTransform &t)
{
    const QRectF d = t.mapRect(rect);
    return QRect(QPoint(qRound(d.left()), qRound(d.top())),
                 QPoint(qRound(d.right()) - 1, qRound(d.bottom()) - 1));
}

QRectF TileItem::snapToPixels(const QRectF &rect, const QTransform &t)
{
    if (t.type() > QTransform::TxScale)
        return rect;
    return t.inverted().mapRect(QRectF(devicePixels(rect, t)));
}

QPainterPath TileItem::opaqueArea() const
{
    QPainterPath area;
    area.addRect(boundingRect());
    return area;
}

QWidget *TileItem::paintsIntoWindow(QPainter *painter, QWidget *widget) const
{
    if (!widget || !scene() || !painter->paintEngine())
        return nullptr;
    for (const QGraphicsView *view : scene()->views()) {
        if (view->viewport() != widget)
            continue;
        QBackingStore *store = widget->window()->backingStore();
        return store && painter->paintEngine()->paintDevice() == store->paintDevice() ? widget
                                                                                      : nullptr;
    }
    return nullptr;
}

void TileItem::updateLive(const QRectF &rect, const KeptPixels &kept)
{
    // The view widens whatever an item asks to repaint by a pixel on every
    // side, so each new picture would bring a strip of the frame around its
    // cell into the repaint, copied a row at a time. Each view showing the
    // tile (a wall has one a screen) is asked directly for the device
    // pixels the cell paints there, less those its window keeps.
    const QList<QGraphicsView *> views = scene() ? scene()->views() : QList<QGraphicsView *>{};
    const bool direct = !views.isEmpty() && std::all_of(views.begin(), views.end(), [&](auto *v) {
        return deviceTransform(v->viewportTransform()).type() <= QTransform::TxScale;
    });
    if (!direct || !isVisible()) {
        QGraphicsObject::update(rect);
        return;
    }
    for (QGraphicsView *view : views) {
        const QRect pixels = devicePixels(rect, deviceTransform(view->viewportTransform()));
        if (!pixels.intersects(view->viewport()->rect()))
            continue;
        QRegion region(pixels & view->viewport()->rect());
        if (kept)
            region -= kept(view->viewport(), pixels);
        view->viewport()->update(region);
    }
}

void TileItem::paintUncached(QPainter *painter, bool withContent)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintFrame(painter);
    if (!hasContent(m_data)) {
        // Never an empty chart: say plainly that nothing has arrived yet.
        painter->setFont(theme().font(1.2));
        painter->setPen(theme().unknown);
        const QString text =
            m_answered && !m_data.error.isEmpty() ? tr("Lỗi đọc dữ liệu") : tr("Chưa có dữ liệu");
        painter->drawText(contentRect(), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    if (withContent)
        paintContent(painter, contentRect());
}

} // namespace iocwall
