#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// The health of every data source, one row each: a status dot, the name, the
// latency, and when it last succeeded ("Cập nhật 08:15") or, for a failing
// source, its last error. A source whose last poll left records out says so
// in amber after the update time ("bỏ qua 3 bản ghi: …"). When not every row fits, failing sources
// come first: they are what the operator has to act on.
class HealthTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Health; }

    struct Row {
        QString source;
        QString name;
        // Good; Warning: no success for a while, or records left out; Critical
        Status status = Status::Unknown;
        QString detail;  // "Cập nhật 08:15" or the last error
        QString warning; // "bỏ qua 3 bản ghi: …" after a partial success, else empty
        QString latency; // "120 ms"; empty when unknown
    };
    // The rows shown when `capacity` rows fit.
    QList<Row> rows(int capacity) const;
    QList<Row> shownRows() const { return rows(m_capacity); }

protected:
    bool hasContent(const TileData &data) const override { return !data.sources.isEmpty(); }
    void layoutContent(const QRectF &content) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    Row rowFor(const SourceHealth &health) const;
    bool twoLineRows(const QRectF &content) const;
    bool warningLines(const QRectF &content) const;

    int m_capacity = 1;
};

} // namespace iocwall
