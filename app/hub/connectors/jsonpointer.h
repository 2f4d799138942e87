#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace iocwall::jsonpath {

// A JSON Pointer (RFC 6901, "~0" for '~' and "~1" for '/') whose tokens may
// be "*": every element of an array. "" is the whole document. Pure value
// type, usable from any thread.
class Pattern {
    Q_DECLARE_TR_FUNCTIONS(Pattern)
public:
    // nullopt and an error saying what is wrong when `text` is no pointer.
    static std::optional<Pattern> parse(const QString &text, QString *error);

    const QStringList &tokens() const { return m_tokens; }
    bool isWildcard(qsizetype i) const { return m_wildcards.at(i); }
    int wildcardCount() const;
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QStringList m_tokens;
    QList<bool> m_wildcards;
};

// The value at a plain pointer's tokens under `root`; Undefined when a step is
// missing (an absent key, an index out of range, a scalar in the way).
QJsonValue resolve(const QJsonValue &root, const QStringList &tokens);

// Where a selected record sits: levels[0] is the document, levels[k] the element
// the k-th wildcard matched, the last level the record itself; indices[k-1] is
// that element's index in its array.
struct Scope {
    QList<QJsonValue> levels;
    QList<qsizetype> indices;

    const QJsonValue &record() const { return levels.last(); }
};

// The concrete pointer of a record, e.g. "/data/items/17" for "/data/items/*".
QString concretePath(const Pattern &pattern, const QList<qsizetype> &indices);

struct SelectProblem {
    QString path; // concrete pointer where selection stopped
    QString what; // what was expected there and what came
};

// Calls `visit` for every value the pattern matches, in document order. A step
// that fails before the first wildcard makes the whole selection fail (nullopt
// returned, the reason in `fatal`): the payload is not of the configured shape.
// A step that fails inside a wildcard skips that branch and is listed in
// `problems` (at most `maxProblems`); `failedBranches` counts all of them.
struct SelectOutcome {
    std::optional<SelectProblem> fatal;
    QList<SelectProblem> problems;
    qsizetype failedBranches = 0;
};
SelectOutcome select(const QJsonValue &root, const Pattern &pattern,
                     const std::function<void(const Scope &)> &visit, int maxProblems = 5);

} // namespace iocwall::jsonpath
