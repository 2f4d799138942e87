#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// A KPI card: the newest value (over the bound areas) with its unit, coloured
// by the catalog's thresholds; the change against the previous period with an
// arrow that says whether the change is good; and the target.
class KpiTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

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

protected:
    void paintContent(QPainter *painter, const QRectF &content) override;
};

} // namespace iocwall
