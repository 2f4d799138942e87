#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace iocwall {

// Secrets (API tokens, passwords) by name. Configs reference a secret by name;
// the value comes from values set in-process (the demo's own simulator tokens)
// or the environment variable IOCWALL_SECRET_<NAME> (upper case, '-' and '.'
// as '_') on headless machines. Values never go into logs or messages.
class SecretStore {
public:
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    std::optional<QString> value(const QString &name) const;
    static QString environmentName(const QString &name);

private:
    QHash<QString, QString> m_values;
};

} // namespace iocwall
