#include "notetile.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
constexpr double kDefaultScale = 1.4;
} // namespace

TileTypeSpec NoteTile::typeSpec()
{
    return builtinTileTypes().value(u"note"_s);
}

QString NoteTile::text() const
{
    const QString english = spec().props.value(u"text_en"_s).toString();
    if (context().english && !english.isEmpty())
        return english;
    return spec().props.value(u"text"_s).toString();
}

void NoteTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QString note = text();
    // Never below 1.0: that is the smallest text the back of the room can read.
    double scale = std::max(1.0, spec().props.value(u"size"_s, kDefaultScale).toDouble());
    const int align = (spec().props.value(u"align"_s).toString() == u"center" ? Qt::AlignHCenter
                                                                              : Qt::AlignLeft) |
                      Qt::AlignTop | Qt::TextWordWrap;
    QFont font = theme().font(scale);
    auto needed = [&](const QFont &f) {
        return QFontMetricsF(f).boundingRect(content, align, note).height();
    };
    while (scale > 1.0 && needed(font) > content.height()) {
        scale = std::max(1.0, scale - 0.1);
        font = theme().font(scale);
    }
    m_shownScale = scale;
    m_overflowed = needed(font) > content.height();

    painter->setFont(font);
    painter->setPen(theme().text);
    if (!m_overflowed) {
        painter->drawText(content, align, note);
        return;
    }
    // Too long even at the smallest size: whole lines only (a line cut in half
    // reads as a fault), the last one ending in "…" so nobody takes the cut
    // for the end of the note.
    QTextLayout layout(note, font);
    QTextOption option(align & Qt::AlignHCenter ? Qt::AlignHCenter : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font);
    const int fit = std::max(1, int(content.height() / metrics.lineSpacing()));
    layout.beginLayout();
    QList<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid() && lines.size() < fit;
         line = layout.createLine()) {
        line.setLineWidth(content.width());
        line.setPosition(QPointF(0, lines.size() * metrics.lineSpacing()));
        lines.append(line);
    }
    layout.endLayout();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        lines.at(i).draw(painter, content.topLeft());
    const QTextLine last = lines.last();
    const QString rest = note.mid(last.textStart()).simplified();
    const QRectF lastRect(content.left(), content.top() + last.y(), content.width(),
                          metrics.lineSpacing());
    painter->drawText(lastRect, (align & Qt::AlignHCenter) | Qt::AlignTop,
                      metrics.elidedText(rest, Qt::ElideRight, content.width()));
}

} // namespace iocwall
