// The json connector's mapping on a ~50 MB payload generated here: records per
// second and peak memory (VmHWM). Prints figures; passes or fails nothing.
//   bench_json_connector [--benchmark_filter=...]
#include "hub/connectors/jsonplan.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace iocwall;
using namespace iocwall::jsonmap;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kTargetBytes = 50LL * 1024 * 1024;

// The simulator's shape, with the number and time forms real APIs send mixed in.
const QByteArray &payload()
{
    static const QByteArray bytes = [] {
        static const char *const areas[] = {"long-hoa",       "long-thanh-trung", "hiep-tan",
                                            "long-thanh-bac", "truong-tay",       "long-thanh-nam",
                                            "truong-hoa",     "truong-dong"};
        QByteArray out;
        out.reserve(kTargetBytes + 4096);
        out += R"({"indicator":"env.pm25","unit":"µg/m³","data":[)";
        for (qint64 i = 0; out.size() < kTargetBytes; ++i) {
            if (i)
                out += ',';
            const qint64 hour = i / 8;
            out += R"({"area":")";
            out += areas[i % 8];
            out += R"(","station":"S)" + QByteArray::number(i % 97) + R"(","time":)";
            switch (i % 3) {
            case 0:
                out += '"' +
                       QDateTime::fromSecsSinceEpoch(1700000000 + hour * 3600, QTimeZone(7 * 3600))
                           .toString(Qt::ISODate)
                           .toLatin1() +
                       '"';
                break;
            case 1:
                out += QByteArray::number(1700000000 + hour * 3600);
                break;
            default:
                out += "\"" + QByteArray::number((1700000000LL + hour * 3600) * 1000) + "\"";
            }
            out += R"(,"value":)";
            out += i % 2 ? QByteArray::number(double(i % 1000) / 10.0)
                         : '"' + QByteArray::number(i % 1000) + ",5\"";
            out += R"(,"aqi":)" + QByteArray::number(i % 300) + '}';
        }
        out += "]}";
        return out;
    }();
    return bytes;
}

JsonPlan plan()
{
    const QByteArray settings = R"({"requests":[{"path":"/observations","observations":{
        "records":"/data/*","area":"{area}","time":"{time}","unit":"{$/unit}",
        "values":[{"indicator":"{$/indicator}","value":"{value}"},
                  {"indicator":"aqi.{station}","value":"{aqi}","unit":"AQI"}]}}]})";
    ConfigIssues issues;
    QString error;
    return *readJsonPlan(parsePayload(settings, &error)->toObject(), issues);
}

double peakMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void report(benchmark::State &state, qsizetype records, qsizetype observations)
{
    state.counters["records/s"] =
        benchmark::Counter(double(records), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["observations"] = double(observations);
    state.counters["payload_MB"] = double(payload().size()) / (1024.0 * 1024.0);
    state.counters["peak_MB"] = peakMegabytes();
}

// What the connector does per page: parse, then map.
void BM_ParseAndMap(benchmark::State &state)
{
    const JsonPlan p = plan();
    const QByteArray &bytes = payload();
    qsizetype records = 0, observations = 0;
    for (auto _ : state) {
        QString error;
        const auto doc = parsePayload(bytes, &error);
        MapResult out;
        mapRequest(p.requests.first(), *doc, {{}, u"bench"_s, p.zone}, out);
        records = out.selected;
        observations = out.observations.size();
        if (out.failed)
            state.SkipWithError("records failed to map");
        benchmark::DoNotOptimize(out);
    }
    report(state, records, observations);
}
BENCHMARK(BM_ParseAndMap)->Unit(benchmark::kMillisecond)->Iterations(3);

// The mapping alone, on a payload parsed once.
void BM_MapOnly(benchmark::State &state)
{
    const JsonPlan p = plan();
    QString error;
    const auto doc = parsePayload(payload(), &error);
    qsizetype records = 0, observations = 0;
    for (auto _ : state) {
        MapResult out;
        mapRequest(p.requests.first(), *doc, {{}, u"bench"_s, p.zone}, out);
        records = out.selected;
        observations = out.observations.size();
        benchmark::DoNotOptimize(out);
    }
    report(state, records, observations);
}
BENCHMARK(BM_MapOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
