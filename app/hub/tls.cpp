#include "tls.h"

#include <QSslCertificate>
#include <QSslSocket>

namespace iocwall {

std::optional<QSslConfiguration> sslConfigurationFor(const SourceConfig &config)
{
    if (config.caBundle.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(config.caBundle, QSsl::Pem);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Added to, never instead of, the system's CAs; peer verification stays at
    // its default (VerifyPeer for clients) whatever the file says.
    ssl.addCaCertificates(extra);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

} // namespace iocwall
