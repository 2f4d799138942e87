#include "jsontemplate.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::jsonmap {

QString ValueExpr::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

bool ValueExpr::parseTemplate(const QString &text, QList<Part> *parts, QString *error,
                              const QStringList &knownVariables)
{
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            parts->append({Part::Kind::Text, literal, 0, {}});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u'{' || c == u'}') && i + 1 < text.size() && text[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == u'}') {
            *error = tr("dấu \"}\" thừa ở vị trí %1 (viết \"}}\" cho dấu ngoặc thường)").arg(i);
            return false;
        }
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype end = text.indexOf(u'}', i + 1);
        if (end < 0) {
            *error = tr("thiếu dấu \"}\" đóng cho \"{\" ở vị trí %1").arg(i);
            return false;
        }
        QString ref = text.mid(i + 1, end - i - 1).trimmed();
        i = end;
        flush();
        Part part;
        part.text = ref;
        if (ref == u"#") {
            part.kind = Part::Kind::Index;
        } else if (ref.startsWith(u'%')) {
            part.kind = Part::Kind::Variable;
            part.text = ref.mid(1);
            if (!knownVariables.contains(part.text)) {
                *error = tr("biến \"%1\" không có; các biến có: %2")
                             .arg(part.text, knownVariables.join(u", "_s));
                return false;
            }
        } else {
            part.kind = Part::Kind::Field;
            if (ref.startsWith(u'$')) {
                part.up = -1;
                ref = ref.mid(1);
            } else {
                while (ref.startsWith(u'^')) {
                    ++part.up;
                    ref = ref.mid(1);
                }
            }
            if (!ref.isEmpty() && !ref.startsWith(u'/'))
                ref.prepend(u'/');
            QString pointerError;
            const auto pattern = jsonpath::Pattern::parse(ref, &pointerError);
            if (!pattern) {
                *error = pointerError;
                return false;
            }
            if (pattern->wildcardCount() > 0) {
                *error = tr("\"*\" chỉ dùng trong \"records\", không dùng trong trường \"{%1}\"")
                             .arg(part.text);
                return false;
            }
            part.tokens = pattern->tokens();
        }
        parts->append(part);
    }
    flush();
    return true;
}

ValueExpr ValueExpr::compile(const QJsonValue &spec, const QString &path, ConfigIssues &issues,
                             const QStringList &knownVariables)
{
    ValueExpr e;
    if (spec.isUndefined() || spec.isNull())
        return e;
    e.m_set = true;
    QJsonValue source = spec;
    if (spec.isObject()) {
        const QJsonObject o = spec.toObject();
        FieldReader reader(o, path, issues);
        source = o.value(u"from"_s);
        if (!source.isString())
            issues.add(reader.pathOf(u"from"_s),
                       tr("cần một chuỗi mẫu như \"{status}\", nhưng có %1")
                           .arg(FieldReader::describe(source)));
        const QJsonObject map = reader.object(u"map"_s, Need::Optional);
        e.m_hasMap = o.contains(u"map"_s);
        for (auto it = map.begin(); it != map.end(); ++it)
            e.m_map.insert(it.key(), it.value());
        e.m_default = o.value(u"default"_s);
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{u"from"_s, u"map"_s, u"default"_s}.contains(it.key()))
                issues.add(reader.pathOf(it.key()),
                           tr("trường không có ở đây; cần \"from\", \"map\" hoặc \"default\""));
    }
    if (source.isString()) {
        QString error;
        if (!parseTemplate(source.toString(), &e.m_parts, &error, knownVariables))
            issues.add(spec.isObject() ? path + u"/from"_s : path, error);
        if (e.m_parts.isEmpty())
            e.m_constant = QJsonValue(QString());
        else if (e.m_parts.size() == 1 && e.m_parts.first().kind == Part::Kind::Text)
            e.m_constant = QJsonValue(e.m_parts.first().text);
    } else if (source.isDouble() || source.isBool()) {
        e.m_constant = source;
    } else if (!spec.isObject()) {
        issues.add(path, tr("cần một hằng, một chuỗi mẫu như \"{value}\" hoặc một đối tượng "
                            "{\"from\", \"map\"}, nhưng có %1")
                             .arg(FieldReader::describe(spec)));
    }
    return e;
}

QJsonValue ValueExpr::evaluatePart(const Part &part, const jsonpath::Scope &scope,
                                   const Variables &variables, QString *problem) const
{
    switch (part.kind) {
    case Part::Kind::Text:
        return QJsonValue(part.text);
    case Part::Kind::Index:
        return QJsonValue(double(scope.indices.isEmpty() ? 0 : scope.indices.last()));
    case Part::Kind::Variable:
        return QJsonValue(variables.value(part.text));
    case Part::Kind::Field:
        break;
    }
    const qsizetype level = part.up < 0 ? 0 : scope.levels.size() - 1 - part.up;
    if (level < 0) {
        *problem = tr("\"{%1}\" lên quá gốc tài liệu").arg(part.text);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue v = jsonpath::resolve(scope.levels.at(level), part.tokens);
    if (v.isUndefined())
        *problem = tr("không có \"{%1}\"").arg(part.text);
    else if (v.isNull())
        *problem = tr("\"{%1}\" là null").arg(part.text);
    return v;
}

QJsonValue ValueExpr::evaluateParts(const jsonpath::Scope &scope, const Variables &variables,
                                    QString *problem) const
{
    if (!m_constant.isUndefined())
        return m_constant;
    if (m_parts.size() == 1) // a single reference keeps its JSON type
        return evaluatePart(m_parts.first(), scope, variables, problem);
    QString text;
    for (const Part &part : m_parts) {
        const QJsonValue v = evaluatePart(part, scope, variables, problem);
        if (v.isUndefined() || v.isNull())
            return QJsonValue(QJsonValue::Undefined);
        if (v.isObject() || v.isArray()) {
            *problem = tr("\"{%1}\" là %2, không ghép vào chuỗi được")
                           .arg(part.text, FieldReader::describe(v));
            return QJsonValue(QJsonValue::Undefined);
        }
        text += toText(v);
    }
    return QJsonValue(text);
}

QJsonValue ValueExpr::evaluate(const jsonpath::Scope &scope, const Variables &variables,
                               QString *problem) const
{
    if (!m_set)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = evaluateParts(scope, variables, problem);
    if (!m_hasMap || v.isUndefined() || (v.isNull() && m_default.isUndefined()))
        return v;
    const auto it = m_map.constFind(toText(v));
    if (it != m_map.cend())
        return *it;
    return m_default.isUndefined() ? v : m_default;
}

} // namespace iocwall::jsonmap
