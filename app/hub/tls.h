#pragma once

#include "hub/sourceconfig.h"

#include <QSslConfiguration>

#include <optional>

namespace iocwall {

// TLS for one source. Verification is always on (there is no way to turn it
// off); a source may add the CAs of a bundle file (a provincial PKI) to the
// system's. nullopt when the source adds nothing: Qt's defaults apply.
// Threading: a pure function of the config; call from any thread.
std::optional<QSslConfiguration> sslConfigurationFor(const SourceConfig &config);

} // namespace iocwall
