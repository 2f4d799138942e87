#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// A semicircular gauge of the newest value against the target (disbursement
// of public investment as a % of plan): a track from 0 to the scale's end,
// filled up to the value in its status colour, a tick at the target, the
// value large in the middle and "Mục tiêu: …" under it.
class GaugeTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override { return TileQuery::Latest; }

    // The end of the scale: the `max` property when set (> 0), else 110% of
    // the larger of target and value.
    double scaleMax() const;
    // How far along the arc the value is, 0…1 (clamped).
    double fraction() const;
    QString valueText(bool withUnit = true) const;
    QString targetText() const;
    Status status() const;

protected:
    bool hasContent(const TileData &data) const override { return data.latest.has_value(); }
    void paintContent(QPainter *painter, const QRectF &content) override;
};

} // namespace iocwall
