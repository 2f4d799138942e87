#include "hub/connector.h"
#include "hub/connectors/csvconnector.h"
#include "hub/connectors/jsonconnector.h"
#include "hub/connectors/ngsiconnector.h"
#include "hub/connectors/open311connector.h"
#include "hub/connectors/sensorthingsconnector.h"
#include "hub/iocapiconnector.h"

namespace iocwall {

namespace {
template <typename T> ConnectorFactory make()
{
    return [](const SourceConfig &config, const SecretStore &secrets) {
        return std::make_unique<T>(config, secrets);
    };
}
} // namespace

// Every connector type the program knows: one line each.
ConnectorRegistry ConnectorRegistry::builtin()
{
    ConnectorRegistry r;
    r.add(IocApiConnector::kType, make<IocApiConnector>());
    r.add(JsonConnector::kType, make<JsonConnector>());
    r.add(CsvConnector::kType, make<CsvConnector>());
    r.add(NgsiConnector::kType, make<NgsiConnector>());
    r.add(Open311Connector::kType, make<Open311Connector>());
    r.add(SensorThingsConnector::kType, make<SensorThingsConnector>());
    return r;
}

} // namespace iocwall
