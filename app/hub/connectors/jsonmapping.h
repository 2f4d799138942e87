#pragma once

#include "hub/connectors/jsontemplate.h"
#include "model/records.h"

#include <QTimeZone>

#include <optional>

namespace iocwall::jsonmap {

// How records of a payload become observations (docs/json-connector.md):
// `records` selects them; indicator, area, time, value and unit say where each
// field is. With `values`, one record yields one observation per entry, each
// entry overriding indicator/value/unit. Immutable after reading; any thread.
struct ObservationMapping {
    struct ValueField {
        ValueExpr indicator;
        ValueExpr value;
        ValueExpr unit;
    };
    jsonpath::Pattern records;
    ValueExpr indicator;
    ValueExpr area;
    ValueExpr time;
    ValueExpr unit;
    QList<ValueField> values; // at least one (the top-level "value" when unlisted)
};

// How records become 1022-style reports; id and created are required.
struct ReportMapping {
    jsonpath::Pattern records;
    ValueExpr id, title, category, status, area, created, updated, deadline, address, lat, lon,
        agency;
};

// One record that could not be mapped: where it is, which field, what was wrong.
struct MapProblem {
    QString record; // concrete pointer, e.g. /data/17
    QString field;  // the mapping's field name, e.g. "time"
    QString what;

    QString toString() const;
};

// What mapping one payload produced. `failed` records are left out, the good
// ones kept; `skipped` counts values that were null (no measurement).
struct MapResult {
    QList<Observation> observations;
    QList<Report> reports;
    qsizetype selected = 0;
    qsizetype failed = 0;
    qsizetype skipped = 0;
    QList<MapProblem> problems;      // the first few (kMaxProblems)
    std::optional<QString> unusable; // the payload is not of the configured shape at all

    static constexpr int kMaxProblems = 5;
    // Nothing usable came although there were records: the poll should fail.
    bool allFailed() const { return selected > 0 && failed == selected; }
    void merge(MapResult &&other); // leaves `other` without its records
    QString summary() const;       // counts and the first problems, one line each
};

struct MapContext {
    Variables variables;
    QString source; // the source id put in each record
    QTimeZone zone; // for times written without one
};

// Readers of the "observations" and "reports" objects of a mapping. Problems
// go to `issues` under `path`; nullopt when the mapping cannot be used.
std::optional<ObservationMapping> readObservationMapping(const FieldReader &reader,
                                                         const QStringList &knownVariables);
std::optional<ReportMapping> readReportMapping(const FieldReader &reader,
                                               const QStringList &knownVariables);

// The pure mapping step: a parsed payload in, records out, appended to `out`.
void mapObservations(const QJsonValue &payload, const ObservationMapping &mapping,
                     const MapContext &context, MapResult &out);
void mapReports(const QJsonValue &payload, const ReportMapping &mapping, const MapContext &context,
                MapResult &out);

// Parses a payload (a UTF-8 BOM is accepted); nullopt and a plain-words error
// naming the offset when it is no JSON.
std::optional<QJsonValue> parsePayload(const QByteArray &bytes, QString *error);

} // namespace iocwall::jsonmap
