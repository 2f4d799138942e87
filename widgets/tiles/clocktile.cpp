#include "clocktile.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec ClockTile::typeSpec()
{
    return builtinTileTypes().value(u"clock"_s);
}

ClockTile::ClockTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ClockTile::tick);
    scheduleTick();
}

bool ClockTile::showSeconds() const
{
    return spec().props.value(u"show_seconds"_s, true).toBool();
}

void ClockTile::setNow(const QDateTime &now)
{
    if (now.isValid()) {
        m_fixedNow = now;
        m_timer->stop();
    } else {
        m_fixedNow.reset();
        scheduleTick();
    }
    update();
}

QDateTime ClockTile::shownTime() const
{
    return (m_fixedNow ? *m_fixedNow : QDateTime::currentDateTimeUtc()).toTimeZone(format().zone());
}

QVariant ClockTile::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged) {
        if (!value.toBool())
            m_timer->stop();
        else if (!m_fixedNow)
            scheduleTick();
    }
    return TileItem::itemChange(change, value);
}

// Wakes a few milliseconds after the next second starts, so the shown second
// never lags the real one by most of a second, without polling.
void ClockTile::scheduleTick()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    m_timer->start(int(1000 - ms % 1000) + 5);
}

void ClockTile::tick()
{
    if (!isVisible())
        return;
    const qint64 second = shownTime().toSecsSinceEpoch();
    // Without seconds on show, only a new minute changes the picture.
    const qint64 shown = showSeconds() ? second : second / 60;
    if (shown != m_shownSecond)
        update();
    scheduleTick();
}

QString ClockTile::timeText() const
{
    return shownTime().toString(showSeconds() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

QString ClockTile::dateText() const
{
    const QDateTime t = shownTime();
    QString day;
    switch (t.date().dayOfWeek()) {
    case 1:
        day = tr("Thứ Hai");
        break;
    case 2:
        day = tr("Thứ Ba");
        break;
    case 3:
        day = tr("Thứ Tư");
        break;
    case 4:
        day = tr("Thứ Năm");
        break;
    case 5:
        day = tr("Thứ Sáu");
        break;
    case 6:
        day = tr("Thứ Bảy");
        break;
    default:
        day = tr("Chủ Nhật");
        break;
    }
    //: Weekday and date on the wall clock: "Thứ Tư, 25/11/2026"
    return tr("%1, %2").arg(day, format().date(t));
}

void ClockTile::paintContent(QPainter *painter, const QRectF &content)
{
    const qint64 second = shownTime().toSecsSinceEpoch();
    m_shownSecond = showSeconds() ? second : second / 60;

    const bool withDate = spec().props.value(u"show_date"_s, true).toBool();
    const QString time = timeText();
    QString date = withDate ? dateText() : QString();
    // A narrow tile gets the smallest legible size, then the weekday on a line of its own.
    QFont dateFont = theme().font(1.2);
    if (QFontMetricsF(dateFont).horizontalAdvance(date) > content.width())
        dateFont = theme().font(1.0);
    if (QFontMetricsF(dateFont).horizontalAdvance(date) > content.width())
        date.replace(u", "_s, u"\n"_s);
    const int dateLines = int(date.count(u'\n')) + 1;
    const double dateHeight = withDate ? QFontMetricsF(dateFont).height() * dateLines : 0.0;

    // The time as large as the tile allows, sized and placed by a template of
    // zeros so that it neither changes size nor jitters as the seconds change.
    QString sample = time;
    for (QChar &c : sample)
        if (c.isDigit())
            c = u'0';
    double scale = 6.0;
    QFont big = theme().font(scale, QFont::Bold);
    const double room = content.height() - dateHeight;
    while (scale > 1.0 && (QFontMetricsF(big).horizontalAdvance(sample) > content.width() ||
                           QFontMetricsF(big).height() > room)) {
        scale = std::max(1.0, scale - 0.1);
        big = theme().font(scale, QFont::Bold);
    }
    const QFontMetricsF metrics(big);
    const double timeHeight = metrics.height();
    const double sampleWidth = metrics.horizontalAdvance(sample);
    const double top =
        content.top() + std::max(0.0, (content.height() - timeHeight - dateHeight) / 2);
    const double left = content.left() + std::max(0.0, (content.width() - sampleWidth) / 2);
    painter->setFont(big);
    painter->setPen(theme().text);
    painter->drawText(QRectF(left, top, content.right() - left, timeHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, time);
    if (withDate) {
        painter->setFont(dateFont);
        painter->setPen(theme().textDim);
        painter->drawText(QRectF(content.left(), top + timeHeight, content.width(), dateHeight),
                          Qt::AlignCenter,
                          dateLines > 1 ? date
                                        : painter->fontMetrics().elidedText(date, Qt::ElideRight,
                                                                            int(content.width())));
    }
}

} // namespace iocwall
