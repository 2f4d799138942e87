#pragma once

#include "model/indicator.h"
#include "runtime/freshness.h"
#include "wall/wallgeometry.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace iocwall {

// The control-room look: dark, calm, high contrast, with status colours that
// stay apart for colour-blind viewers when asked. Text sizes derive from the
// wall's legibility rule (see wall/textsize.h): `textPx` is the smallest text.
struct Theme {
    QColor canvas{0x05, 0x0a, 0x14};
    QColor tile{0x0f, 0x18, 0x2a};
    QColor tileBorder{0x22, 0x30, 0x4a};
    QColor text{0xe8, 0xee, 0xf7};
    QColor textDim{0x9a, 0xab, 0xc4};
    QColor grid{0x2a, 0x38, 0x52};
    QColor good;
    QColor warning;
    QColor critical;
    QColor unknown{0x8a, 0x96, 0xa8};
    QList<QColor> series;
    QString fontFamily;
    int textPx = 52;

    QFont font(double scale = 1.0, QFont::Weight weight = QFont::Normal) const;
    QColor statusColor(Status status) const;
    QColor freshnessColor(Freshness freshness) const;

    // The palette follows wall.palette unless `colourBlindSafe` asks for the
    // colour-blind-safe one anyway.
    static Theme dark(const WallGeometry &wall, bool colourBlindSafe = false);
    // The first installed family that has Vietnamese glyphs.
    static QString vietnameseFontFamily();
};

} // namespace iocwall
