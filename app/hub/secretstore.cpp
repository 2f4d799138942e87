#include "secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <QtGlobal>

#ifdef IOCWALL_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

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
    if (const auto it = m_keychain.constFind(name); it != m_keychain.cend())
        return *it;
    const QString env = qEnvironmentVariable(environmentName(name).toLocal8Bit().constData());
    if (!env.isEmpty())
        return env;
    return std::nullopt;
}

bool SecretStore::keychainSupported()
{
#ifdef IOCWALL_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

int SecretStore::loadFromKeychain(const QStringList &names, int timeout_ms)
{
#ifdef IOCWALL_HAVE_KEYCHAIN
    if (qEnvironmentVariableIntValue("IOCWALL_NO_KEYCHAIN") != 0)
        return 0;
    QStringList wanted;
    for (const QString &name : names)
        if (!name.isEmpty() && !m_values.contains(name) && !wanted.contains(name))
            wanted.append(name);
    if (wanted.isEmpty())
        return 0;
    // The jobs answer through the event loop. `guard` is the context of every
    // connection: a job that answers after the deadline talks to no one, and
    // deletes itself (auto-delete) whenever it does finish.
    QObject guard;
    QEventLoop loop;
    int pending = int(wanted.size());
    int found = 0;
    for (const QString &name : std::as_const(wanted)) {
        auto *job = new QKeychain::ReadPasswordJob(QString(kKeychainService));
        job->setAutoDelete(true);
        job->setKey(name);
        QObject::connect(job, &QKeychain::Job::finished, &guard, [&, job, name] {
            if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
                m_keychain.insert(name, job->textData());
                ++found;
            }
            if (--pending == 0)
                loop.quit();
        });
        job->start();
    }
    QTimer::singleShot(timeout_ms, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    return found;
#else
    Q_UNUSED(names)
    Q_UNUSED(timeout_ms)
    return 0;
#endif
}

} // namespace iocwall
