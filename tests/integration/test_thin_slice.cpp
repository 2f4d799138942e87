// The thin slice end to end: the built-in simulator on 127.0.0.1, the hub with
// the demo's source configs polling it, the writer filling a real SQLite file,
// and the values read back from that file compared with what the API served.
#include "hub/hub.h"
#include "runtime/configset.h"
#include "sim/simserver.h"
#include "store/cachedatabase.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "support/testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

struct Slice {
    QTemporaryDir dir;
    QString cachePath = dir.filePath(u"cache.sqlite"_s);
    SimServer sim{SimServer::Options{}};
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<Hub> hub;
    QList<SourceHealth> health;
    bool firstRound = false;

    void start(const QString &simUrl, const QString &townToken = u"demo-town-token"_s)
    {
        ASSERT_TRUE(CacheDatabase::prepare(cachePath).ok);
        writer = std::make_unique<StoreWriter>(cachePath);
        writer->open();
        QList<ConfigError> errors;
        const QList<SourceConfig> sources = demoSources(simUrl, &errors);
        ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
        ASSERT_EQ(sources.size(), 2);
        SecretStore secrets;
        secrets.set(u"demo-province-token"_s, u"demo-province-token"_s);
        secrets.set(u"demo-town-token"_s, townToken);
        hub = std::make_unique<Hub>(sources, secrets, ConnectorRegistry::builtin());
        QObject::connect(hub.get(), &Hub::batchReady, writer.get(), &StoreWriter::write);
        QObject::connect(hub.get(), &Hub::healthChanged, writer.get(), &StoreWriter::writeHealth);
        QObject::connect(hub.get(), &Hub::healthChanged, hub.get(),
                         [this](const SourceHealth &h) { health.append(h); });
        QObject::connect(hub.get(), &Hub::firstRoundDone, hub.get(), [this] { firstRound = true; });
        hub->start();
    }
};

} // namespace

TEST(ThinSlice, SimulatorToSqliteAndBack)
{
    Slice s;
    QString error;
    ASSERT_TRUE(s.sim.start(&error)) << error.toStdString();
    ASSERT_EQ(s.sim.baseUrl().host(), u"127.0.0.1"_s);
    s.start(s.sim.baseUrl().toString(QUrl::StripTrailingSlash));
    ASSERT_TRUE(test::waitUntil([&] { return s.firstRound; }, 30000));
    for (const SourceHealth &h : s.health)
        EXPECT_TRUE(h.ok()) << h.source.toStdString() << ": " << h.lastError.toStdString();

    // Read back from the SQLite file with a connection of our own.
    QString openError;
    StoreReader reader(CacheDatabase::open(s.cachePath, u"check"_s, &openError));
    const auto catalog = reader.indicators();
    for (const char *code : {"dvc.received", "dvc.ontime_rate", "pakn.received", "env.aqi",
                             "env.pm25", "ns.revenue", "dtc.disbursement_rate"})
        EXPECT_TRUE(catalog.contains(QString::fromLatin1(code))) << code;
    EXPECT_EQ(catalog.value(u"dvc.received"_s).source, u"town"_s);
    EXPECT_EQ(catalog.value(u"env.aqi"_s).source, u"province"_s);
    EXPECT_EQ(reader.areas().size(), 9); // the town and its eight wards and communes
    EXPECT_GT(reader.observationCount(), 1000);

    // The value stored for a past day equals what the simulator serves for it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto expected = s.sim.model().series(u"dvc.received"_s, u"long-hoa"_s, now.addDays(-10),
                                               now.addDays(-5), now);
    ASSERT_FALSE(expected.isEmpty());
    const auto stored = reader.series(u"dvc.received"_s, {u"long-hoa"_s}, expected.first().time,
                                      expected.last().time, u"day"_s, Aggregation::Sum, 7 * 3600);
    ASSERT_EQ(stored.size(), 1);
    ASSERT_EQ(stored.first().points.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(qint64(stored.first().points.at(i).x()), expected.at(i).time.toMSecsSinceEpoch());
        EXPECT_DOUBLE_EQ(stored.first().points.at(i).y(), expected.at(i).value);
    }
    EXPECT_TRUE(reader.fetchedAt(u"env.pm25"_s).has_value());
    EXPECT_EQ(reader.health().size(), 2);

    // A second poll of the same data adds nothing.
    const qint64 before = reader.observationCount();
    QSignalSpy committed(s.writer.get(), &StoreWriter::committed);
    s.hub->pollNow(u"province"_s);
    ASSERT_TRUE(test::waitUntil([&] { return committed.size() >= 1; }, 20000));
    EXPECT_LE(reader.observationCount() - before, 8 * 2); // at most a new hour bucket per station
    CacheDatabase::close(u"check"_s);
}

TEST(ThinSlice, WrongTokenIsAHealthErrorAndNothingIsWritten)
{
    Slice s;
    QString error;
    ASSERT_TRUE(s.sim.start(&error));
    s.start(s.sim.baseUrl().toString(QUrl::StripTrailingSlash), u"wrong-token"_s);
    ASSERT_TRUE(test::waitUntil([&] { return s.firstRound; }, 30000));
    const auto town = std::find_if(s.health.begin(), s.health.end(),
                                   [](const SourceHealth &h) { return h.source == u"town"; });
    ASSERT_NE(town, s.health.end());
    EXPECT_FALSE(town->ok());
    EXPECT_TRUE(town->lastError.contains(u"HTTP 401"_s)) << town->lastError.toStdString();
    QString openError;
    StoreReader reader(CacheDatabase::open(s.cachePath, u"check2"_s, &openError));
    EXPECT_FALSE(reader.indicators().contains(u"dvc.received"_s));
    EXPECT_TRUE(reader.indicators().contains(u"env.aqi"_s)); // the province source is unaffected
    CacheDatabase::close(u"check2"_s);
}

TEST(ThinSlice, UnreachableApiIsAHealthError)
{
    Slice s;
    // A port nothing listens on: take a free one from a server, then stop it.
    quint16 port = 0;
    {
        SimServer probe{SimServer::Options{}};
        QString error;
        ASSERT_TRUE(probe.start(&error));
        port = probe.port();
    }
    s.start(u"http://127.0.0.1:%1"_s.arg(port));
    ASSERT_TRUE(test::waitUntil([&] { return s.firstRound; }, 30000));
    ASSERT_EQ(s.health.size(), 2);
    for (const SourceHealth &h : s.health) {
        EXPECT_FALSE(h.ok());
        EXPECT_TRUE(h.lastError.contains(u"không kết nối được"_s)) << h.lastError.toStdString();
        EXPECT_TRUE(h.nextPoll.isValid());
    }
}
