#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// 1022 reports by category or by status (prop `by`) as a pie, or a donut with
// the total in its hole (prop `donut`). Slices run largest first; beyond
// `max_slices` the smallest fold into one "Khác" slice. Each slice is listed
// beside the pie with its count and share.
class PieTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Reports; }

    struct Slice {
        QString key; // category or status code; empty for the folded rest
        QString label;
        qint64 count = 0;
        double fraction = 0.0;
        QString countText;   // "1.234"
        QString percentText; // "25,3%"
        QColor colour;
    };
    const QList<Slice> &slices() const { return m_slices; }
    qint64 total() const { return m_total; }
    QString totalText() const;
    QStringList labels() const; // "Môi trường: 123 (25,3%)", largest first
    bool donut() const;
    QRectF pieRect() const; // where the pie is drawn, in tile coordinates

protected:
    bool hasContent(const TileData &data) const override;
    void applyData(const TileData &data) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    const QList<ReportCount> &counts(const TileData &data) const;
    struct Layout {
        QRectF pie;
        QRectF legend;
    };
    Layout layout(const QRectF &content) const;
    void paintLegend(QPainter *painter, const QRectF &area) const;
    double legendWidth() const; // what the list of slices needs to show every label whole
    double legendPitch() const;

    QList<Slice> m_slices;
    qint64 m_total = 0;
};

} // namespace iocwall
