#pragma once

#include "tiles/tileitem.h"

namespace iocwall {

// A text note a technician or the briefing secretary writes into the scene
// ("Giao ban sáng thứ Hai: …"): word-wrapped at the wall's text sizes, shrunk
// towards the smallest legible size when long, never below it.
class NoteTile : public TileItem {
    Q_OBJECT
public:
    using TileItem::TileItem;
    static TileTypeSpec typeSpec();

    int queryParts() const override { return 0; }

    // The note in the UI language (`text_en` when English and set).
    QString text() const;
    // The text scale the last paint used (≥ 1.0); 0 before the first paint.
    double shownScale() const { return m_shownScale; }
    // Whether the last paint had to cut the text short.
    bool overflowed() const { return m_overflowed; }

protected:
    bool hasContent(const TileData &) const override { return true; }
    void paintContent(QPainter *painter, const QRectF &content) override;

private:
    double m_shownScale = 0.0;
    bool m_overflowed = false;
};

} // namespace iocwall
