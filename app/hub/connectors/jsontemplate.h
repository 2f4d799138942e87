#pragma once

#include "hub/connectors/jsonpointer.h"
#include "util/jsonfields.h"

#include <QHash>
#include <QJsonValue>

namespace iocwall::jsonmap {

// Values of a request known while mapping its payload: from, to, page, and the
// variable a request is repeated for (e.g. indicator).
using Variables = QHash<QString, QString>;

// Where one field of a normalized record comes from, as a technician writes it
// in a mapping (docs/json-connector.md):
//   5, true               a constant
//   "dvc.received"        a constant string (no braces)
//   "{value}"             the record's field (a pointer relative to the record:
//                         "{a/b}" or "{/a/b}"), its JSON value kept as it is
//   "aqi.{station}"       a template: text with fields filled in as text
//   "{^/indicator}"       from the element one wildcard up ("^^" two up)
//   "{$/meta/unit}"       from the top of the payload
//   "{#}"                 the record's index in its array
//   "{%indicator}"        a request variable
//   {"from": "{status}", "map": {"Đã xử lý": "resolved"}, "default": "received"}
//                         a value looked up in a table (unlisted: the default,
//                         or the value itself when there is no default)
// "{{" and "}}" are literal braces. Immutable after compile(); any thread.
class ValueExpr {
    Q_DECLARE_TR_FUNCTIONS(ValueExpr)
public:
    // Reads `spec`; problems go to `issues` at `path`. An unset expression
    // (isSet() false) results from a missing spec.
    static ValueExpr compile(const QJsonValue &spec, const QString &path, ConfigIssues &issues,
                             const QStringList &knownVariables);

    bool isSet() const { return m_set; }
    // The value for one record. Undefined when a field it needs is missing,
    // Null when a single reference ("{value}") is null; then `*problem` says
    // which (a field holding an object or array in a text template is a
    // problem too).
    QJsonValue evaluate(const jsonpath::Scope &scope, const Variables &variables,
                        QString *problem) const;

    // A scalar as template text: numbers without a needless ".0".
    static QString toText(const QJsonValue &value);

private:
    struct Part {
        enum class Kind { Text, Field, Index, Variable };
        Kind kind = Kind::Text;
        QString text;       // Text: the text; Field: the reference as written
        int up = 0;         // Field: levels above the record; -1: the document
        QStringList tokens; // Field: pointer tokens
    };
    QJsonValue evaluateParts(const jsonpath::Scope &scope, const Variables &variables,
                             QString *problem) const;
    QJsonValue evaluatePart(const Part &part, const jsonpath::Scope &scope,
                            const Variables &variables, QString *problem) const;
    static bool parseTemplate(const QString &text, QList<Part> *parts, QString *error,
                              const QStringList &knownVariables);

    bool m_set = false;
    QJsonValue m_constant = QJsonValue(QJsonValue::Undefined);
    QList<Part> m_parts;
    bool m_hasMap = false;
    QHash<QString, QJsonValue> m_map;
    QJsonValue m_default = QJsonValue(QJsonValue::Undefined);
};

} // namespace iocwall::jsonmap
