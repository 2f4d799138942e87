#include "scenejsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

const QStringList &preferredOrder()
{
    static const QStringList order = {
        // a scene
        u"version"_s, u"id"_s, u"type"_s, u"name"_s, u"name_en"_s, u"order"_s, u"grid"_s,
        u"stale_after_s"_s, u"expired_after_s"_s,
        // a tile (id and type above)
        u"title"_s, u"title_en"_s, u"col"_s, u"row"_s, u"col_span"_s, u"row_span"_s, u"binding"_s,
        // a binding
        u"indicators"_s, u"areas"_s, u"period"_s, u"window_days"_s, u"aggregation"_s,
        // last: the long parts
        u"props"_s, u"tiles"_s};
    return order;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys(); // alphabetical
    const QStringList &order = preferredOrder();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    return keys;
}

QByteArray scalar(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool isFlat(const QJsonArray &array)
{
    return std::none_of(array.begin(), array.end(),
                        [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
}

void write(const QJsonValue &value, int depth, QByteArray &out)
{
    const QByteArray inner(2 * (depth + 1), ' ');
    const QByteArray outer(2 * depth, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        const QStringList keys = orderedKeys(object);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + scalar(keys.at(i)) + ": ";
            write(object.value(keys.at(i)), depth + 1, out);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += outer + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (isFlat(array)) {
            out += QJsonDocument(array).toJson(QJsonDocument::Compact).replace(",", ", ");
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            write(array.at(i), depth + 1, out);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += outer + ']';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray sceneJsonText(const QJsonObject &scene)
{
    QByteArray out;
    write(scene, 0, out);
    out += '\n';
    return out;
}

} // namespace iocwall
