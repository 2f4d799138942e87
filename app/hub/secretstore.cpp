#include "secretstore.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace iocwall {

QString SecretStore::environmentName(const QString &name)
{
    QString env = u"IOCWALL_SECRET_"_s + name.toUpper();
    env.replace(u'-', u'_').replace(u'.', u'_');
    return env;
}

std::optional<QString> SecretStore::value(const QString &name) const
{
    if (const auto it = m_values.constFind(name); it != m_values.cend())
        return *it;
    const QString env = qEnvironmentVariable(environmentName(name).toLocal8Bit().constData());
    if (!env.isEmpty())
        return env;
    return std::nullopt;
}

} // namespace iocwall
