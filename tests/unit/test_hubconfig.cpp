// The hub's pure pieces: the simulator's fault specs and body rewrites, the
// secret-free error excerpts and the TLS configuration of a source.
#include "hub/connector.h"
#include "hub/tls.h"
#include "sim/simfaults.h"

#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kObservations =
    R"({"data":[{"area":"long-hoa","time":"2026-11-25T00:00:00+07:00","value":48},)"
    R"({"area":"hiep-tan","time":"2026-11-25T00:00:00+07:00","value":12.5}],)"
    R"("indicator":"dvc.received","unit":"hồ sơ"})";
}

TEST(SimFaults, ParsesKindsAndArguments)
{
    QString error;
    auto f = SimFaults::parse(u"http:503"_s, &error);
    ASSERT_TRUE(f) << error.toStdString();
    EXPECT_EQ(f->kind, SimFault::Kind::HttpError);
    EXPECT_EQ(f->status, 503);
    f = SimFaults::parse(u"drip:250"_s, &error);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, SimFault::Kind::Drip);
    EXPECT_EQ(f->delayMs, 250);
    f = SimFaults::parse(u"huge:20"_s, &error);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->sizeMb, 20);
    EXPECT_FALSE(SimFaults::parse(u"http:200"_s, &error));
    EXPECT_TRUE(error.contains(u"200"_s));
    EXPECT_FALSE(SimFaults::parse(u"teapot"_s, &error));
    EXPECT_TRUE(error.contains(u"redirect-loop"_s)) << error.toStdString(); // lists the kinds
}

TEST(SimFaults, RewritesBodies)
{
    SimFault f;
    f.kind = SimFault::Kind::NanLiterals;
    const QByteArray nan = SimFaults::body(f, kObservations);
    EXPECT_TRUE(nan.contains("\"value\":NaN")) << nan.constData();
    EXPECT_TRUE(nan.contains("\"value\":Infinity")) << nan.constData();
    EXPECT_TRUE(nan.contains("2026-11-25T00:00:00+07:00")); // strings untouched

    f.kind = SimFault::Kind::Wrapped;
    const QJsonObject wrapped = QJsonDocument::fromJson(SimFaults::body(f, kObservations)).object();
    EXPECT_EQ(wrapped.value(u"data"_s).toObject().value(u"items"_s).toArray().size(), 2);

    f.kind = SimFault::Kind::WrongTypes;
    const QJsonObject wrong = QJsonDocument::fromJson(SimFaults::body(f, kObservations)).object();
    const QJsonObject first = wrong.value(u"data"_s).toArray().at(0).toObject();
    EXPECT_TRUE(first.value(u"value"_s).isString());
    EXPECT_TRUE(first.value(u"area"_s).isDouble());

    f.kind = SimFault::Kind::Bom;
    EXPECT_TRUE(SimFaults::body(f, kObservations).startsWith("\xEF\xBB\xBF{"));

    f.kind = SimFault::Kind::Huge;
    f.sizeMb = 2;
    const QByteArray huge = SimFaults::body(f, kObservations);
    EXPECT_GE(huge.size(), 2 * 1024 * 1024);
    QJsonParseError parse;
    const QJsonObject big = QJsonDocument::fromJson(huge, &parse).object();
    ASSERT_EQ(parse.error, QJsonParseError::NoError) << parse.errorString().toStdString();
    EXPECT_EQ(big.value(u"indicator"_s).toString(), u"dvc.received"_s);
    EXPECT_GT(big.value(u"data"_s).toArray().size(), 10000);

    f.kind = SimFault::Kind::Truncated;
    QJsonDocument::fromJson(SimFaults::body(f, kObservations), &parse);
    EXPECT_NE(parse.error, QJsonParseError::NoError);
}

TEST(ConnectorExcerpt, TakesTheMessageStripsHtmlAndRedactsSecrets)
{
    EXPECT_EQ(Connector::excerpt(R"({"error":"bad_request","message":"thiếu indicator"})"),
              u"thiếu indicator"_s);
    EXPECT_EQ(Connector::excerpt("<html><head><style>h1{color:red}</style><title>503 Service "
                                 "Unavailable</title></head><body><h1>Bảo trì</h1></body></html>"),
              u"503 Service Unavailable Bảo trì"_s);
    const QString redacted =
        Connector::excerpt(R"({"message":"token s3cr3t-value is not valid"})", {"s3cr3t-value"});
    EXPECT_FALSE(redacted.contains(u"s3cr3t"_s)) << redacted.toStdString();
    EXPECT_TRUE(redacted.contains(u"***"_s));
    EXPECT_LE(Connector::excerpt(QByteArray(5000, 'x')).size(), 161);
}

TEST(SourceTls, ExtraCasAreAddedToTheSystemOnesAndVerificationStaysOn)
{
    SourceConfig plain;
    EXPECT_FALSE(sslConfigurationFor(plain)); // Qt's defaults
    SourceConfig withBundle;
    withBundle.caBundle = test::sourceDir() + u"/tests/fixtures/tls/ca.pem"_s;
    const auto ssl = sslConfigurationFor(withBundle);
    ASSERT_TRUE(ssl);
    const auto system = QSslConfiguration::defaultConfiguration().caCertificates();
    EXPECT_EQ(ssl->caCertificates().size(), system.size() + 1);
    EXPECT_EQ(ssl->peerVerifyMode(), QSslSocket::VerifyPeer);
}
