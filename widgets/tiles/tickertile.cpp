#include "tickertile.h"

#include "tiles/reportlabels.h"
#include "tiles/tickerstrip.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec TickerTile::typeSpec()
{
    return builtinTileTypes().value(u"ticker"_s);
}

TickerTile::TickerTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
    , m_strip(new TickerStrip(this))
    , m_timer(new QTimer(this))
{
    m_strip->setVisible(false);
    m_timer->setInterval(33);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TickerTile::step);
}

double TickerTile::speedPxPerS() const
{
    return spec().props.value(u"speed"_s, 2.0).toDouble() * theme().textPx;
}

double TickerTile::offset() const
{
    return m_strip->offset();
}

bool TickerTile::running() const
{
    return m_timer->isActive();
}

void TickerTile::applyData(const TileData &data)
{
    const int maxItems = std::max(1, spec().props.value(u"max_items"_s, 20).toInt());
    m_items.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Report &r : data.recentReports.mid(0, maxItems)) {
        // Yesterday's 20:17 must not read as today's.
        const bool today = format().date(r.created) == format().date(now);
        const QString when = today ? format().time(r.created)
                                   : format().dayMonth(r.created) + u' ' + format().time(r.created);
        QStringList parts = {when, ReportLabels::categoryName(r.category)};
        const QString area = data.areaNames.value(r.area, r.area);
        if (!area.isEmpty())
            parts.append(area);
        if (!r.title.isEmpty())
            parts.append(r.title);
        m_items.append({r.id, parts.join(u" · "_s), ReportLabels::statusColor(theme(), r.status)});
    }
    render();
}

void TickerTile::layoutContent(const QRectF &content)
{
    const double line = QFontMetricsF(theme().font(1.2)).height() * 1.2;
    const double height = std::min(content.height(), line);
    m_strip->setPos(content.left(), content.center().y() - height / 2);
    const QSizeF size(content.width(), height);
    if (size == m_strip->boundingRect().size())
        return; // the frame is laid out again after every answer: render only on a new size
    m_strip->setSize(size);
    render();
}

// One pixmap per report, drawn now so that moving costs only blits.
void TickerTile::render()
{
    const QFont font = theme().font(1.2);
    // Measured on a pixmap, where the text is drawn: the metrics of the
    // default device can differ by a few pixels over a long line.
    const QPixmap probe(1, 1);
    const QFontMetricsF metrics(font, &probe);
    const double height = m_strip->boundingRect().height();
    const double dot = metrics.height() * 0.45;
    const double gap = theme().textPx * 0.35;
    QList<QPixmap> pixmaps;
    for (const Item &item : m_items) {
        const double width = dot + gap + metrics.horizontalAdvance(item.text) + gap;
        QPixmap pixmap(QSize(int(std::ceil(width)), std::max(1, int(std::ceil(height)))));
        pixmap.fill(theme().tile);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(item.dot);
        p.drawEllipse(QRectF(0, (height - dot) / 2, dot, dot));
        p.setFont(font);
        p.setPen(theme().text);
        p.drawText(QRectF(dot + gap, 0, width - dot - gap, height),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, item.text);
        pixmaps.append(pixmap);
    }
    m_strip->setItems(pixmaps, theme().textPx * 2.0);
    m_strip->setVisible(!pixmaps.isEmpty() && hasContent(data()));
    updateTimer();
}

void TickerTile::updateTimer()
{
    const bool move = isVisible() && hasContent(data()) && m_strip->period() > 0;
    if (move && !m_timer->isActive()) {
        m_startOffset = m_strip->offset();
        m_clock.start();
        m_timer->start();
    } else if (!move) {
        m_timer->stop();
    }
}

// The offset follows the clock, not the count of ticks: a late tick on a busy
// machine makes a bigger step, never a slower ticker.
void TickerTile::step()
{
    m_strip->setOffset(m_startOffset + speedPxPerS() * double(m_clock.elapsed()) / 1000.0);
}

QVariant TickerTile::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged)
        updateTimer();
    return TileItem::itemChange(change, value);
}

} // namespace iocwall
