#include "theme.h"

#include "wall/textsize.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace iocwall {

QFont Theme::font(double scale, QFont::Weight weight) const
{
    QFont f(fontFamily);
    f.setPixelSize(std::max(1, int(textPx * scale + 0.5)));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QColor Theme::statusColor(Status status) const
{
    switch (status) {
    case Status::Good:
        return good;
    case Status::Warning:
        return warning;
    case Status::Critical:
        return critical;
    case Status::Unknown:
        break;
    }
    return text;
}

QColor Theme::freshnessColor(Freshness freshness) const
{
    switch (freshness) {
    case Freshness::Fresh:
        return textDim;
    case Freshness::Stale:
        return warning;
    case Freshness::Expired:
        return critical;
    case Freshness::NoData:
        break;
    }
    return unknown;
}

QString Theme::vietnameseFontFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Vietnamese);
    for (const QString &wanted : {u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s})
        if (families.contains(wanted))
            return wanted;
    return families.isEmpty() ? QString() : families.first();
}

Theme Theme::dark(const WallGeometry &wall, bool colourBlindSafe)
{
    Theme t;
    if (colourBlindSafe || wall.palette == WallGeometry::Palette::ColourBlind) {
        // Okabe–Ito: distinguishable with every common colour-vision
        // deficiency. Its black is left out (the canvas is dark); its blue is
        // lightened to read on the dark tiles.
        t.good = QColor(0x56, 0xb4, 0xe9);     // sky blue
        t.warning = QColor(0xe6, 0x9f, 0x00);  // orange
        t.critical = QColor(0xd5, 0x5e, 0x00); // vermillion
        t.series = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                    QColor(0xf0, 0xe4, 0x42), QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00),
                    QColor(0x4d, 0x9f, 0xe0), QColor(0xd0, 0xd8, 0xe6)};
    } else {
        t.good = QColor(0x2e, 0xcc, 0x71);
        t.warning = QColor(0xf5, 0xa6, 0x23);
        t.critical = QColor(0xff, 0x4d, 0x4f);
        t.series = {QColor(0x4d, 0xab, 0xf7), QColor(0xff, 0xc1, 0x07), QColor(0x9b, 0x8c, 0xff),
                    QColor(0x2e, 0xd1, 0xb0), QColor(0xff, 0x7a, 0x8a), QColor(0xb8, 0xe9, 0x86),
                    QColor(0xf0, 0x8c, 0x3a), QColor(0xd0, 0xd8, 0xe6)};
    }
    t.fontFamily = vietnameseFontFamily();
    t.textPx = minimumTextPx(wall);
    return t;
}

} // namespace iocwall
