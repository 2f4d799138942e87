#include "simfaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

#include <utility>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

const QList<std::pair<QString, SimFault::Kind>> &kinds()
{
    using K = SimFault::Kind;
    static const QList<std::pair<QString, K>> all{{u"http"_s, K::HttpError},
                                                  {u"delay"_s, K::Delay},
                                                  {u"drip"_s, K::Drip},
                                                  {u"truncated"_s, K::Truncated},
                                                  {u"html"_s, K::NotJson},
                                                  {u"wrong-types"_s, K::WrongTypes},
                                                  {u"nan"_s, K::NanLiterals},
                                                  {u"empty"_s, K::EmptyArray},
                                                  {u"huge"_s, K::Huge},
                                                  {u"redirect-loop"_s, K::RedirectLoop},
                                                  {u"expired-token"_s, K::ExpiredToken},
                                                  {u"bom"_s, K::Bom},
                                                  {u"wrapped"_s, K::Wrapped}};
    return all;
}

QJsonValue wrongType(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return double(v.toString().size());
    return v;
}

// `data` rewritten by `change`, the rest of the object as it was.
QByteArray withData(const QByteArray &json, const std::function<QJsonValue(QJsonArray)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(u"data"_s, change(root.value(u"data"_s).toArray()));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray huge(const QByteArray &json, qint64 size)
{
    // Built as bytes, not as a QJsonArray: the point is a big payload for the
    // client, not a slow simulator.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray data = root.take(u"data"_s).toArray();
    QList<QByteArray> elements;
    for (const QJsonValue &v : data)
        elements.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (elements.isEmpty())
        elements.append(QByteArrayLiteral("{\"padding\":\"") + QByteArray(1000, 'x') + "\"}");
    QByteArray rest = QJsonDocument(root).toJson(QJsonDocument::Compact); // {...} or {}
    QByteArray out;
    out.reserve(size + 4096);
    out.append("{\"data\":[");
    for (qsizetype i = 0; out.size() < size; ++i) {
        if (i > 0)
            out.append(',');
        out.append(elements.at(i % elements.size()));
    }
    out.append(']');
    if (rest.size() > 2)
        out.append(',').append(rest.mid(1));
    else
        out.append('}');
    return out;
}

} // namespace

QString SimFaults::kindNames()
{
    QStringList names;
    for (const auto &[name, kind] : kinds())
        names.append(name);
    return names.join(u", "_s);
}

std::optional<SimFault> SimFaults::parse(const QString &spec, QString *error)
{
    const QString name = spec.section(u':', 0, 0);
    const QString arg = spec.section(u':', 1);
    SimFault fault;
    bool known = false;
    for (const auto &[kindName, kind] : kinds()) {
        if (kindName == name) {
            fault.kind = kind;
            known = true;
        }
    }
    if (!known) {
        *error = tr("không có kiểu lỗi \"%1\"; có: %2").arg(name, kindNames());
        return std::nullopt;
    }
    if (arg.isEmpty())
        return fault;
    bool ok = false;
    const int value = arg.toInt(&ok);
    using K = SimFault::Kind;
    if (ok && fault.kind == K::HttpError && value >= 400 && value <= 599)
        fault.status = value;
    else if (ok && (fault.kind == K::Delay || fault.kind == K::Drip) && value > 0)
        fault.delayMs = value;
    else if (ok && fault.kind == K::Huge && value > 0 && value <= 1024)
        fault.sizeMb = value;
    else {
        *error = tr("tham số \"%1\" không hợp lệ cho kiểu lỗi %2").arg(arg, name);
        return std::nullopt;
    }
    return fault;
}

QByteArray SimFaults::htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' +
                             (status == 502   ? QByteArrayLiteral("Bad Gateway")
                              : status == 503 ? QByteArrayLiteral("Service Unavailable")
                              : status == 504 ? QByteArrayLiteral("Gateway Timeout")
                              : status == 404 ? QByteArrayLiteral("Not Found")
                              : status < 500  ? QByteArrayLiteral("Client Error")
                                              : QByteArrayLiteral("Internal Server Error"));
    return "<!DOCTYPE html>\n<html><head><title>" + title +
           "</title><style>body{font-family:sans-serif}</style></head>\n<body><h1>" + title +
           "</h1><hr><p>nginx (iocwall-sim)</p></body></html>\n";
}

QByteArray SimFaults::body(const SimFault &fault, const QByteArray &json)
{
    using K = SimFault::Kind;
    switch (fault.kind) {
    case K::Truncated:
        return json.left(json.size() / 2);
    case K::NotJson:
        return htmlPage(502);
    case K::WrongTypes:
        return withData(json, [](QJsonArray data) {
            for (qsizetype i = 0; i < data.size(); ++i) {
                QJsonObject o = data.at(i).toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    it.value() = wrongType(it.value());
                data.replace(i, o);
            }
            return QJsonValue(data);
        });
    case K::NanLiterals: {
        // Every number value after a key, alternately NaN and Infinity.
        static const QRegularExpression number(u"\":(-?[0-9][0-9.eE+-]*)([,}\\]])"_s);
        QString text = QString::fromUtf8(json);
        QString out;
        qsizetype last = 0;
        int n = 0;
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart(1) - last);
            out += (n++ % 2 == 0) ? u"NaN"_s : u"Infinity"_s;
            last = m.capturedEnd(1);
        }
        out += text.mid(last);
        return out.toUtf8();
    }
    case K::EmptyArray:
        return withData(json, [](const QJsonArray &) { return QJsonValue(QJsonArray()); });
    case K::Huge:
        return huge(json, qint64(fault.sizeMb) * 1024 * 1024);
    case K::Bom:
        return QByteArrayLiteral("\xEF\xBB\xBF") + json;
    case K::Wrapped:
        return withData(json, [](const QJsonArray &data) {
            return QJsonValue(QJsonObject{{u"items"_s, data}, {u"total"_s, data.size()}});
        });
    case K::HttpError:
    case K::Delay:
    case K::Drip:
    case K::RedirectLoop:
    case K::ExpiredToken:
        break;
    }
    return json;
}

} // namespace iocwall
