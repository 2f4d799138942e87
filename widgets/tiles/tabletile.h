#pragma once

#include "tiles/tileitem.h"

class QTimer;

namespace iocwall {

// Overdue 1022 reports as a table, most late first, with the columns the
// scene names (prop `columns`). No scrollbars on a wall: when the rows do not
// fit, the tile turns the page by itself every `page_s` seconds and says
// "trang 1/3". Days late turn amber, and red from `critical_days`.
class TableTile : public TileItem {
    Q_OBJECT
public:
    TableTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Overdue; }

    enum class Column { Id, Title, Category, Area, Agency, Address, Deadline, DaysLate };
    // The columns named by the props, unknown names left out (all of them unknown: the defaults).
    QList<Column> columns() const;
    QStringList headers() const;
    // Every overdue report as the cells of its row.
    QList<QStringList> rows() const;
    // The rows of the page on show.
    QList<QStringList> pageRows() const;
    int rowsPerPage() const { return m_rowsPerPage; }
    int page() const { return m_page; }
    int pageCount() const;
    QString pageText() const; // "trang 1/3", empty with one page
    void advancePage();
    Status lateness(int daysLate) const;

protected:
    bool hasContent(const TileData &data) const override { return !data.overdue.isEmpty(); }
    void applyData(const TileData &data) override;
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;
    // A hidden table (its scene switched away) does not turn pages.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString cell(const OverdueReport &report, Column column) const;
    QList<double> columnWidths(double width) const;
    double rowPitch() const;
    void updateTimer();

    QTimer *m_pager = nullptr;
    int m_rowsPerPage = 1;
    int m_page = 0;
};

} // namespace iocwall
