#pragma once

#include "theme.h"

#include <QCoreApplication>
#include <QString>

namespace iocwall {

// How 1022 report statuses and categories read on the wall. The cache keeps
// codes only; the well-known codes of the IOC API have names here (through
// tr(), so English follows the language), any other code is shown as it is.
class ReportLabels {
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)
public:
    static QString statusName(const QString &status);
    static QString categoryName(const QString &category);
    // Open statuses in their warning colours, resolved in green, new in the first series colour.
    static QColor statusColor(const Theme &theme, const QString &status);
    static QString unknownArea();
};

} // namespace iocwall
