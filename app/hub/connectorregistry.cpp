#include "hub/connector.h"
#include "hub/iocapiconnector.h"

namespace iocwall {

namespace {
template <typename T>
ConnectorFactory make()
{
    return [](const SourceConfig &config, const SecretStore &secrets) { return std::make_unique<T>(config, secrets); };
}
} // namespace

// Every connector type the program knows: one line each.
ConnectorRegistry ConnectorRegistry::builtin()
{
    ConnectorRegistry r;
    r.add(IocApiConnector::kType, make<IocApiConnector>());
    return r;
}

} // namespace iocwall
