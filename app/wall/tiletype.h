#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace iocwall {

// One setting of a tile type, declared as data: the scene reader validates
// against it and an editor can build its form from it.
struct PropertySpec {
    enum class Kind { Integer, Number, Boolean, String, Choice };
    QString name;
    Kind kind = Kind::String;
    QVariant defaultValue;
    std::optional<double> min;
    std::optional<double> max;
    QStringList choices;
};

// What the core knows of a tile type without knowing how it is drawn.
struct TileTypeSpec {
    QString id;
    bool needsIndicator = true;
    int maxIndicators = 1;
    QList<PropertySpec> properties;
};

using TileTypeSpecs = QHash<QString, TileTypeSpec>;

} // namespace iocwall
