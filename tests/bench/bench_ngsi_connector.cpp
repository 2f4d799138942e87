// Records per second and peak memory of the NGSI reader on a ~50 MB NGSI-v2
// keyValues payload (made here, 180,000 air-quality entities, four mapped
// attributes each). Run by hand: build/<dir>/tests/bench_ngsi_connector.
// Prints figures; never passes or fails.
#include "hub/connectors/ngsiparse.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEntities = 180000;

const char *const kAreas[] = {"Phường Long Hoa",   "Phường Long Thành Bắc", "Phường Hiệp Tân",
                              "Xã Long Thành Nam", "Xã Trường Hòa",         "Xã Trường Đông"};

QByteArray payload()
{
    QByteArray out;
    out.reserve(52 * 1024 * 1024);
    out += '[';
    for (int i = 0; i < kEntities; ++i) {
        if (i)
            out += ",\n";
        const int hour = i % 24;
        out += "{\"id\":\"urn:ngsi-ld:AirQualityObserved:HT-" + QByteArray::number(i) +
               "\",\"type\":\"AirQualityObserved\",\"dateObserved\":\"2024-11-" +
               QByteArray::number(10 + i % 15) + "T" + (hour < 10 ? "0" : "") +
               QByteArray::number(hour) + ":00:00.000Z\",\"areaServed\":\"" + kAreas[i % 6] +
               "\",\"pm25\":" + QByteArray::number(10 + (i % 500) / 10.0) +
               ",\"pm10\":" + QByteArray::number(20 + (i % 700) / 10.0) +
               ",\"airQualityIndex\":" + QByteArray::number(30 + i % 120) +
               ",\"relativeHumidity\":" + QByteArray::number(60 + i % 35) +
               ",\"location\":{\"type\":\"Point\",\"coordinates\":[106.13" +
               QByteArray::number(i % 90) + ",11.28" + QByteArray::number(i % 70) + "]}}";
    }
    out += ']';
    return out;
}

ngsi::Mapping mapping()
{
    ngsi::Mapping m;
    m.attributes = {{u"pm25"_s, {u"env.pm25"_s, u"µg/m³"_s}},
                    {u"pm10"_s, {u"env.pm10"_s, u"µg/m³"_s}},
                    {u"airQualityIndex"_s, {u"env.aqi"_s, {}}},
                    {u"relativeHumidity"_s, {u"env.humidity"_s, u"%"_s}}};
    m.areaAttribute = u"areaServed"_s;
    m.areaMap = {
        {u"Phường Long Hoa"_s, u"long-hoa"_s}, {u"Phường Long Thành Bắc"_s, u"long-thanh-bac"_s},
        {u"Phường Hiệp Tân"_s, u"hiep-tan"_s}, {u"Xã Long Thành Nam"_s, u"long-thanh-nam"_s},
        {u"Xã Trường Hòa"_s, u"truong-hoa"_s}, {u"Xã Trường Đông"_s, u"truong-dong"_s}};
    m.source = u"bench"_s;
    return m;
}

// The process's peak resident memory so far (VmHWM), in MB.
double peakResidentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void NgsiV2KeyValues50MB(benchmark::State &state)
{
    const double beforeMb = peakResidentMb();
    const QByteArray body = payload();
    const ngsi::Mapping m = mapping();
    qsizetype records = 0;
    for (auto _ : state) {
        QString error;
        const auto result = ngsi::parseEntities(body, m, &error);
        if (!result) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        records = result->observations.size();
        benchmark::DoNotOptimize(result->observations.data());
    }
    state.counters["payload_MB"] = double(body.size()) / (1024 * 1024);
    state.counters["records"] = double(records);
    state.counters["records_per_s"] =
        benchmark::Counter(double(records), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_MB"] = peakResidentMb();
    state.counters["peak_before_MB"] = beforeMb;
}

} // namespace

BENCHMARK(NgsiV2KeyValues50MB)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
