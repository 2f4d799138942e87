#include "jsonpointer.h"

#include "util/jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iocwall::jsonpath {

namespace {

QString escapeToken(QString token)
{
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QJsonValue step(const QJsonValue &from, const QString &token)
{
    if (from.isObject())
        return from.toObject().value(token);
    if (from.isArray()) {
        bool ok = false;
        const qsizetype index = token.toLongLong(&ok);
        const QJsonArray array = from.toArray();
        if (!ok || index < 0 || index >= array.size() || (token.size() > 1 && token[0] == u'0'))
            return QJsonValue(QJsonValue::Undefined);
        return array.at(index);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString describeFound(const QJsonValue &v)
{
    if (v.isUndefined())
        return Pattern::tr("không có gì");
    if (v.isObject()) {
        QStringList keys = v.toObject().keys();
        if (keys.size() > 8)
            keys = keys.mid(0, 8) << u"…"_s;
        return Pattern::tr("một đối tượng (các khóa: %1)").arg(keys.join(u", "_s));
    }
    return FieldReader::describe(v);
}

struct Walker {
    const Pattern &pattern;
    const std::function<void(const Scope &)> &visit;
    int maxProblems;
    SelectOutcome outcome;
    Scope scope;

    void problem(qsizetype tokenCount, const QString &what)
    {
        // The concrete pointer of the failing step: tokens so far, wildcards
        // replaced by the indices taken.
        QString path;
        qsizetype w = 0;
        for (qsizetype i = 0; i < tokenCount; ++i)
            path += u'/' + (pattern.isWildcard(i) ? QString::number(scope.indices.at(w++))
                                                  : escapeToken(pattern.tokens().at(i)));
        const SelectProblem p{path.isEmpty() ? u"/"_s : path, what};
        if (scope.indices.isEmpty()) {
            outcome.fatal = p;
            return;
        }
        ++outcome.failedBranches;
        if (outcome.problems.size() < maxProblems)
            outcome.problems.append(p);
    }

    void walk(const QJsonValue &value, qsizetype token)
    {
        if (outcome.fatal)
            return;
        const QStringList &tokens = pattern.tokens();
        if (token == tokens.size()) {
            scope.levels.append(value);
            visit(scope);
            scope.levels.removeLast();
            return;
        }
        if (pattern.isWildcard(token)) {
            if (!value.isArray()) {
                problem(token, Pattern::tr("cần một mảng, nhưng có %1").arg(describeFound(value)));
                return;
            }
            const QJsonArray array = value.toArray();
            scope.levels.append(value);
            for (qsizetype i = 0; i < array.size() && !outcome.fatal; ++i) {
                scope.indices.append(i);
                // Intermediate levels hold the element itself, not its array.
                scope.levels.last() = array.at(i);
                walkFromElement(array.at(i), token + 1);
                scope.indices.removeLast();
            }
            scope.levels.removeLast();
            return;
        }
        const QJsonValue next = step(value, tokens.at(token));
        if (next.isUndefined()) {
            problem(token + 1, value.isObject() || value.isArray()
                                   ? Pattern::tr("không có trường này")
                                   : Pattern::tr("cần một đối tượng hoặc mảng ở đây, nhưng có %1")
                                         .arg(describeFound(value)));
            return;
        }
        walk(next, token + 1);
    }

    // After a wildcard: the element is already the last level; a further
    // wildcard or the record pushes its own.
    void walkFromElement(const QJsonValue &element, qsizetype token)
    {
        if (token == pattern.tokens().size()) {
            visit(scope);
            return;
        }
        walk(element, token);
    }
};

} // namespace

std::optional<Pattern> Pattern::parse(const QString &text, QString *error)
{
    Pattern p;
    p.m_text = text;
    if (text.isEmpty())
        return p;
    if (!text.startsWith(u'/')) {
        *error = tr("con trỏ JSON phải bắt đầu bằng \"/\" (ví dụ \"/data/*\"), nhưng có \"%1\"")
                     .arg(text);
        return std::nullopt;
    }
    const QStringList raw = text.mid(1).split(u'/');
    for (const QString &token : raw) {
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token[i] == u'~' &&
                (i + 1 >= token.size() || (token[i + 1] != u'0' && token[i + 1] != u'1'))) {
                *error =
                    tr("\"~\" trong con trỏ JSON chỉ được theo sau bởi 0 hoặc 1: \"%1\"").arg(text);
                return std::nullopt;
            }
        }
        p.m_wildcards.append(token == u"*");
        QString unescaped = token;
        unescaped.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        p.m_tokens.append(unescaped);
    }
    return p;
}

int Pattern::wildcardCount() const
{
    return int(m_wildcards.count(true));
}

QJsonValue resolve(const QJsonValue &root, const QStringList &tokens)
{
    QJsonValue v = root;
    for (const QString &token : tokens) {
        v = step(v, token);
        if (v.isUndefined())
            break;
    }
    return v;
}

QString concretePath(const Pattern &pattern, const QList<qsizetype> &indices)
{
    QString out;
    qsizetype w = 0;
    for (qsizetype i = 0; i < pattern.tokens().size(); ++i)
        out += u'/' + (pattern.isWildcard(i) && w < indices.size()
                           ? QString::number(indices.at(w++))
                           : escapeToken(pattern.tokens().at(i)));
    return out.isEmpty() ? u"/"_s : out;
}

SelectOutcome select(const QJsonValue &root, const Pattern &pattern,
                     const std::function<void(const Scope &)> &visit, int maxProblems)
{
    Walker walker{pattern, visit, maxProblems, {}, {}};
    walker.scope.levels.append(root);
    walker.walkFromElement(root, 0);
    return walker.outcome;
}

} // namespace iocwall::jsonpath
