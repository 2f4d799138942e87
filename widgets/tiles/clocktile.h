#pragma once

#include "tiles/tileitem.h"

#include <optional>

class QTimer;

namespace iocwall {

// The time (HH:mm:ss) and the date ("Thứ Tư, 25/11/2026") in the wall's time
// zone. Bound to no data; it owns a timer that wakes once a second, just after
// the second turns, and repaints only when the shown second changed.
class ClockTile : public TileItem {
    Q_OBJECT
public:
    ClockTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent = nullptr);
    static TileTypeSpec typeSpec();

    int queryParts() const override { return 0; }

    // Freezes the clock at `now` (tests, screenshots); an invalid time thaws it.
    void setNow(const QDateTime &now);
    QDateTime shownTime() const;
    QString timeText() const; // 08:15:42 (08:15 without seconds)
    QString dateText() const; // Thứ Tư, 25/11/2026

protected:
    bool hasContent(const TileData &) const override { return true; }
    // A hidden clock (its scene switched away) does not wake every second.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    void tick();
    void scheduleTick();
    bool showSeconds() const;

    QTimer *m_timer = nullptr;
    std::optional<QDateTime> m_fixedNow;
    qint64 m_shownSecond = -1; // seconds since the epoch of what was last painted
};

} // namespace iocwall
