#include "tabletile.h"

#include "tiles/reportlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

struct ColumnInfo {
    QString name;
    TableTile::Column column;
    double weight; // share of the spare room; 0: a narrow column, always as wide as its text
};

const QList<ColumnInfo> &knownColumns()
{
    using C = TableTile::Column;
    static const QList<ColumnInfo> all = {
        {u"id"_s, C::Id, 0.0},
        {u"title"_s, C::Title, 3.0},
        {u"category"_s, C::Category, 1.4},
        {u"area"_s, C::Area, 1.6},
        {u"agency"_s, C::Agency, 2.4},
        {u"address"_s, C::Address, 2.4},
        {u"deadline"_s, C::Deadline, 0.0},
        {u"days_late"_s, C::DaysLate, 0.0},
    };
    return all;
}

const ColumnInfo &infoOf(TableTile::Column column)
{
    for (const ColumnInfo &c : knownColumns())
        if (c.column == column)
            return c;
    return knownColumns().first();
}

} // namespace

TileTypeSpec TableTile::typeSpec()
{
    return builtinTileTypes().value(u"table"_s);
}

TableTile::TableTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
    , m_pager(new QTimer(this))
{
    const int seconds = std::max(1, this->spec().props.value(u"page_s"_s, 8).toInt());
    m_pager->setInterval(seconds * 1000);
    connect(m_pager, &QTimer::timeout, this, &TableTile::advancePage);
}

QList<TableTile::Column> TableTile::columns() const
{
    QList<Column> out;
    for (const QString &name : spec().props.value(u"columns"_s).toString().split(u',')) {
        for (const ColumnInfo &c : knownColumns())
            if (c.name == name.trimmed() && !out.contains(c.column))
                out.append(c.column);
    }
    if (out.isEmpty())
        out = {Column::Category, Column::Area, Column::Agency, Column::DaysLate};
    return out;
}

QStringList TableTile::headers() const
{
    QStringList out;
    for (Column c : columns()) {
        switch (c) {
        case Column::Id:
            out.append(tr("Mã"));
            break;
        case Column::Title:
            out.append(tr("Nội dung"));
            break;
        case Column::Category:
            out.append(tr("Lĩnh vực"));
            break;
        case Column::Area:
            out.append(tr("Địa bàn"));
            break;
        case Column::Agency:
            out.append(tr("Đơn vị xử lý"));
            break;
        case Column::Address:
            out.append(tr("Địa chỉ"));
            break;
        case Column::Deadline:
            out.append(tr("Hạn xử lý"));
            break;
        case Column::DaysLate:
            out.append(tr("Trễ (ngày)"));
            break;
        }
    }
    return out;
}

QString TableTile::cell(const OverdueReport &r, Column column) const
{
    switch (column) {
    case Column::Id:
        return r.id;
    case Column::Title:
        return r.title;
    case Column::Category:
        return ReportLabels::categoryName(r.category);
    case Column::Area: {
        const QString name = data().areaNames.value(r.area);
        return !name.isEmpty() ? name : !r.area.isEmpty() ? r.area : ReportLabels::unknownArea();
    }
    case Column::Agency:
        return r.agency;
    case Column::Address:
        return r.address;
    case Column::Deadline:
        return r.deadline.isValid() ? format().dayMonth(r.deadline) : u"–"_s;
    case Column::DaysLate:
        if (!r.deadline.isValid())
            return u"–"_s;
        return r.daysLate > 0 ? format().number(r.daysLate, 0) : u"< 1"_s; // late by hours
    }
    return {};
}

QList<QStringList> TableTile::rows() const
{
    const QList<Column> shown = columns();
    QList<QStringList> out;
    out.reserve(data().overdue.size());
    for (const OverdueReport &r : data().overdue) {
        QStringList cells;
        for (Column c : shown)
            cells.append(cell(r, c));
        out.append(cells);
    }
    return out;
}

int TableTile::pageCount() const
{
    const qsizetype n = data().overdue.size();
    return std::max(1, int((n + m_rowsPerPage - 1) / m_rowsPerPage));
}

QList<QStringList> TableTile::pageRows() const
{
    return rows().mid(qsizetype(m_page) * m_rowsPerPage, m_rowsPerPage);
}

QString TableTile::pageText() const
{
    return pageCount() > 1 ? tr("trang %1/%2").arg(m_page + 1).arg(pageCount()) : QString();
}

void TableTile::advancePage()
{
    const int next = (m_page + 1) % pageCount();
    if (next == m_page)
        return;
    m_page = next;
    update();
}

Status TableTile::lateness(int daysLate) const
{
    const int critical = std::max(1, spec().props.value(u"critical_days"_s, 3).toInt());
    return daysLate >= critical ? Status::Critical : Status::Warning;
}

double TableTile::rowPitch() const
{
    return QFontMetricsF(theme().font(1.0)).height() * 1.25;
}

void TableTile::applyData(const TileData &)
{
    m_page = std::min(m_page, pageCount() - 1);
    updateTimer();
}

void TableTile::layoutContent(const QRectF &content)
{
    // A header row and a line for "trang 1/3" around the rows.
    const int all = std::max(1, int(content.height() / rowPitch()));
    const bool paged = data().overdue.size() > all - 1;
    m_rowsPerPage = std::max(1, all - 1 - (paged ? 1 : 0));
    m_page = std::min(m_page, pageCount() - 1);
    updateTimer();
}

void TableTile::updateTimer()
{
    if (pageCount() > 1 && isVisible()) {
        if (!m_pager->isActive())
            m_pager->start();
    } else {
        m_pager->stop();
    }
}

QVariant TableTile::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged) {
        if (value.toBool())
            updateTimer();
        else
            m_pager->stop();
    }
    return TileItem::itemChange(change, value);
}

// Every column asks for its widest cell. When they all fit, the spare room
// goes to the text columns; when not, the narrow ones get what they ask and
// the text columns share the rest, none given more than it asks.
QList<double> TableTile::columnWidths(double width) const
{
    const QList<Column> shown = columns();
    const QStringList head = headers();
    const QList<QStringList> all = rows();
    const QFontMetricsF bold(theme().font(1.0, QFont::Bold));
    const double gap = theme().textPx * 0.5;
    QList<double> wanted(shown.size(), 0.0);
    double total = 0.0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        double w = bold.horizontalAdvance(head.at(i));
        for (const QStringList &r : all)
            w = std::max(w, bold.horizontalAdvance(r.at(i)));
        wanted[i] = std::ceil(w) + 1.0 + (i + 1 < shown.size() ? gap : 0.0);
        total += wanted[i];
    }
    QList<double> widths = wanted;
    double weights = 0.0;
    for (Column c : shown)
        weights += infoOf(c).weight;
    if (total <= width) {
        const double spare = width - total;
        for (qsizetype i = 0; i < shown.size(); ++i)
            widths[i] += weights > 0 ? spare * infoOf(shown.at(i)).weight / weights
                                     : spare / double(shown.size());
        return widths;
    }
    double room = width;
    QList<qsizetype> open;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (infoOf(shown.at(i)).weight > 0)
            open.append(i);
        else
            room -= wanted[i];
    }
    // Water-filling: the text columns share the room evenly; one asking less
    // than its share takes what it asks, and the others share what it leaves.
    bool settled = false;
    while (!settled && !open.isEmpty()) {
        settled = true;
        const double share = std::max(0.0, room) / double(open.size());
        for (qsizetype k = 0; k < open.size(); ++k) {
            const qsizetype i = open.at(k);
            if (wanted[i] <= share) {
                widths[i] = wanted[i];
                room -= wanted[i];
                open.removeAt(k);
                settled = false;
                break;
            }
            widths[i] = share;
        }
    }
    // Narrow columns alone too wide for the tile: all shrink alike.
    const double used = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (used > width)
        for (double &w : widths)
            w *= width / used;
    return widths;
}

void TableTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QList<Column> shown = columns();
    const QList<double> widths = columnWidths(content.width());
    const QFont normal = theme().font(1.0);
    const QFont bold = theme().font(1.0, QFont::Bold);
    const double pitch = rowPitch();
    const double gap = theme().textPx * 0.5;

    // `late`: the colour of the days-late cell (invalid in the header).
    auto drawRow = [&](double top, const QStringList &cells, const QColor &lateColour) {
        const bool header = !lateColour.isValid();
        double x = content.left();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const bool late = shown.at(i) == Column::DaysLate;
            const bool number = late || shown.at(i) == Column::Deadline;
            const double w = std::max(0.0, widths.at(i) - (i + 1 < shown.size() ? gap : 0.0));
            QColor colour = header ? theme().textDim : theme().text;
            if (late && !header)
                colour = lateColour;
            painter->setFont(header || late ? bold : normal);
            painter->setPen(colour);
            const QFontMetricsF metrics(painter->font());
            painter->drawText(QRectF(x, top, w, pitch),
                              (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                              metrics.elidedText(cells.at(i), Qt::ElideRight, w));
            x += widths.at(i);
        }
    };

    drawRow(content.top(), headers(), QColor());
    painter->setPen(QPen(theme().grid, std::max(2.0, theme().textPx * 0.04)));
    painter->drawLine(QPointF(content.left(), content.top() + pitch),
                      QPointF(content.right(), content.top() + pitch));
    const QList<QStringList> page = pageRows();
    for (qsizetype r = 0; r < page.size(); ++r) {
        const double top = content.top() + (r + 1) * pitch;
        if (r % 2 == 1) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme().grid.darker(150));
            painter->drawRect(QRectF(content.left(), top, content.width(), pitch));
        }
        const OverdueReport &report = data().overdue.at(qsizetype(m_page) * m_rowsPerPage + r);
        drawRow(top, page.at(r),
                report.deadline.isValid() ? theme().statusColor(lateness(report.daysLate))
                                          : theme().text);
    }
    const QString pager = pageText();
    if (!pager.isEmpty()) {
        painter->setFont(normal);
        painter->setPen(theme().textDim);
        painter->drawText(QRectF(content.left(), content.bottom() - pitch, content.width(), pitch),
                          Qt::AlignLeft | Qt::AlignVCenter, pager);
    }
}

} // namespace iocwall
