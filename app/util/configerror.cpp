#include "configerror.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace iocwall {

QString ConfigError::toString() const
{
    const QString where = path.isEmpty() ? file : file + u": "_s + path;
    return where + u": "_s + message;
}

QString ConfigIssues::summary() const
{
    QStringList lines;
    for (const auto &e : m_errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace iocwall
