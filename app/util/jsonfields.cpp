#include "jsonfields.h"

#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

std::optional<QJsonDocument> readJsonFile(const QString &fileName, ConfigIssues &issues)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.add({}, FieldReader::tr("không mở được tệp: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        issues.add({}, FieldReader::tr("JSON không hợp lệ ở dòng %1, cột %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        issues.add(u"/"_s, FieldReader::tr("cần một đối tượng JSON ở gốc tệp"));
        return std::nullopt;
    }
    return doc;
}

FieldReader::FieldReader(QJsonObject object, QString path, ConfigIssues &issues)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_issues(issues)
{
}

QString FieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("giá trị logic %1").arg(value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double:
        return tr("số %1").arg(value.toDouble());
    case QJsonValue::String:
        return tr("chuỗi \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return tr("một mảng");
    case QJsonValue::Object:
        return tr("một đối tượng");
    case QJsonValue::Undefined:
        break;
    }
    return tr("không có gì");
}

bool FieldReader::missing(const QString &key, Need need, const QString &expected) const
{
    if (m_object.contains(key) && !m_object.value(key).isNull())
        return false;
    if (need == Need::Required)
        m_issues.add(pathOf(key), tr("thiếu trường bắt buộc; cần %1").arg(expected));
    return true;
}

void FieldReader::wrong(const QString &key, const QString &expected) const
{
    m_issues.add(pathOf(key),
                 tr("cần %1, nhưng có %2").arg(expected, describe(m_object.value(key))));
}

QString FieldReader::string(const QString &key, Need need, const QString &fallback) const
{
    const QString expected = tr("một chuỗi");
    if (missing(key, need, expected))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        wrong(key, expected);
        return fallback;
    }
    return v.toString();
}

double FieldReader::number(const QString &key, Need need, double fallback,
                           std::optional<double> min, std::optional<double> max) const
{
    QString expected = tr("một số");
    if (min && max)
        expected = tr("một số từ %1 đến %2").arg(*min).arg(*max);
    else if (min)
        expected = tr("một số không nhỏ hơn %1").arg(*min);
    if (missing(key, need, expected))
        return fallback;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || (min && d < *min) || (max && d > *max)) {
        wrong(key, expected);
        return fallback;
    }
    return d;
}

std::optional<double> FieldReader::optionalNumber(const QString &key) const
{
    if (missing(key, Need::Optional, {}))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        wrong(key, tr("một số"));
        return std::nullopt;
    }
    return v.toDouble();
}

int FieldReader::integer(const QString &key, Need need, int fallback, int min, int max) const
{
    const QString expected = tr("một số nguyên từ %1 đến %2").arg(min).arg(max);
    if (missing(key, need, expected))
        return fallback;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        wrong(key, expected);
        return fallback;
    }
    return int(d);
}

bool FieldReader::boolean(const QString &key, bool fallback) const
{
    if (missing(key, Need::Optional, {}))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        wrong(key, tr("true hoặc false"));
        return fallback;
    }
    return v.toBool();
}

QJsonObject FieldReader::object(const QString &key, Need need) const
{
    const QString expected = tr("một đối tượng");
    if (missing(key, need, expected))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        wrong(key, expected);
        return {};
    }
    return v.toObject();
}

QJsonArray FieldReader::array(const QString &key, Need need) const
{
    const QString expected = tr("một mảng");
    if (missing(key, need, expected))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrong(key, expected);
        return {};
    }
    return v.toArray();
}

QStringList FieldReader::stringList(const QString &key, Need need) const
{
    QStringList out;
    const QJsonArray items = array(key, need);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_issues.add(pathOf(key) + u'/' + QString::number(i),
                         tr("cần một chuỗi, nhưng có %1").arg(describe(items.at(i))));
            continue;
        }
        out.append(items.at(i).toString());
    }
    return out;
}

} // namespace iocwall
