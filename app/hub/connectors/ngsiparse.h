#pragma once

#include "hub/connectors/standardsupport.h"
#include "model/records.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace iocwall::ngsi {

// How the attributes of FIWARE entities become observations.
struct Mapping {
    QHash<QString, standards::IndicatorTarget> attributes; // attribute name → indicator
    QString areaAttribute; // a Property or Relationship naming the area (refArea, areaServed)
    QHash<QString, QString> areaMap;          // area attribute value or entity id → area code
    QString defaultArea;                      // when neither names one
    QTimeZone zoneless = QTimeZone(7 * 3600); // zone of times written without one
    QString source;
};

// What one payload gave. Values that cannot become an observation (not a
// number, no time, no area) are skipped and counted; the first few are
// described in `problems`, each naming the entity and the attribute.
struct Result {
    QList<Observation> observations;
    QStringList problems;
    qsizetype skipped = 0;
    qsizetype entities = 0;
};

// Entities as NGSI-v2 /v2/entities and NGSI-LD /ngsi-ld/v1/entities and
// /ngsi-ld/v1/temporal/entities serve them: an array (or a single entity
// object), each attribute in any of the forms below, told apart per attribute:
//   keyValues       "pm25": 12.5
//   v2 normalized   "pm25": {"type": "Number", "value": 12.5, "metadata": {...}}
//   LD normalized   "pm25": {"type": "Property", "value": 12.5, "observedAt": ...}
//   LD temporal     "pm25": [{"type": "Property", "value": ..., "observedAt": ...}, ...]
//   temporalValues  "pm25": {"type": "Property", "values": [[12.5, "<time>"], ...]}
// Time: the instance's observedAt, else its metadata TimeInstant / dateObserved
// / timestamp, else the entity's dateObserved / TimeInstant / observedAt.
// Unit: unitCode (UN/CEFACT, shown as a display unit), else the mapping's.
// A body that is not JSON, a broker error object or a wrapper object where
// the array belongs gives nullopt and an error.
std::optional<Result> parseEntities(const QByteArray &body, const Mapping &mapping, QString *error);

// What a QuantumLeap request was for: used when the payload does not say.
struct SeriesRequest {
    QString entityId;
    QString attribute;
};

// QuantumLeap time series (NGSI-v2): {"entityId", "attrName", "index": [...],
// "values": [...]} from /v2/entities/{id}/attrs/{attr}; {"attrName",
// "entities": [{"entityId", "index", "values"}]} from /v2/types/{type}/attrs/
// {attr}; {"entityId", "index", "attributes": [{"attrName", "values"}]} from
// /v2/entities/{id}. The area comes from the area map by entity id (a series
// carries no area attribute), else the default area. Null values are gaps.
std::optional<Result> parseTimeSeries(const QByteArray &body, const Mapping &mapping,
                                      const SeriesRequest &asked, QString *error);

} // namespace iocwall::ngsi
