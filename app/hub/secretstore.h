#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace iocwall {

// Secrets (API tokens, passwords, OAuth2 client secrets) by name. Configs
// reference a secret by name; the value comes, in this order, from values set
// in-process (the demo's own simulator tokens), from the system keychain
// (service "iocwall", key = the name; loaded once by loadFromKeychain()), or
// from the environment variable IOCWALL_SECRET_<NAME> (upper case, '-' and '.'
// as '_') on headless machines. Values never go into logs or messages.
//
// Threading: a value type; each thread works on its own copy. loadFromKeychain()
// runs a local event loop, so call it from a worker thread (the hub's, at start).
class SecretStore {
public:
    static constexpr auto kKeychainService = QLatin1StringView("iocwall");

    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    std::optional<QString> value(const QString &name) const;
    static QString environmentName(const QString &name);

    // Looks `names` up in the system keychain, all at once, waiting at most
    // `timeout_ms` in total: a machine without a keychain service (a kiosk, CI)
    // fails fast or runs out the clock, and the environment stays the fallback.
    // Names already set in-process are skipped; IOCWALL_NO_KEYCHAIN=1 skips it all.
    // Returns how many were found.
    int loadFromKeychain(const QStringList &names, int timeout_ms = 2000);
    // Whether this build can reach a keychain at all (built with qtkeychain).
    static bool keychainSupported();

private:
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_keychain;
};

} // namespace iocwall
