#pragma once

#include "tiles/sparkline.h"
#include "tiles/tileitem.h"

namespace iocwall {

// A KPI card: the newest value (over the bound areas) with its unit, coloured
// by the catalog's thresholds; the change against the previous period with an
// arrow that says whether the change is good; and the target. With the
// `sparkline` prop, a small line of the binding's recent series under the value
// in the value's status colour, the target dashed across it.
class KpiTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();
    int queryParts() const override;

    // The texts the card shows, for tests and for the accessible description.
    QString valueText() const;
    // "▲ +5,2% so với hôm qua"; for a count still filling its period (today's
    // applications at 08:15) a percentage would mislead, so it names the
    // previous period's total instead: "Hôm qua: 170".
    QString changeText(bool withComparison = true) const;
    bool newestIsPartial() const;
    // +1 up, -1 down, 0 unchanged (within what one decimal of a percent shows).
    int direction() const;
    QString targetText(bool withUnit = true) const;
    Status status() const;
    // The sparkline as drawn (empty without the prop or with under two points).
    const Sparkline &sparkline() const { return m_sparkline; }
    // Where the sparkline went in the last paint, in tile coordinates.
    QRectF sparklineRect() const { return m_sparklineRect; }
    QColor sparklineColour() const;

protected:
    void applyData(const TileData &data) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    bool wantsSparkline() const;

    Sparkline m_sparkline;
    QRectF m_sparklineRect;
};

} // namespace iocwall
