#pragma once

#include <QList>
#include <QString>

namespace iocwall {

// An administrative unit (ward/commune) or the whole town; loaded from data/areas.
struct Area {
    QString code;
    QString name;
    QString kind; // phuong | xa | thi_xa
    QString parent;
    double lat = 0.0;
    double lon = 0.0;

    friend bool operator==(const Area &, const Area &) = default;
};

} // namespace iocwall
