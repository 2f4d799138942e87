#pragma once

#include "hub/connectors/standardsupport.h"
#include "model/records.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace iocwall::sensorthings {

// Which Datastreams become which indicators, and where their Things are.
struct Mapping {
    // Key: a Datastream's @iot.id (as text), its name, or its ObservedProperty's
    // name, looked up in that order.
    QHash<QString, standards::IndicatorTarget> datastreams;
    QString areaProperty;            // a key of Thing.properties holding the area
    QHash<QString, QString> areaMap; // that property's value, or Thing @iot.id or name → area
    QString defaultArea;
    QTimeZone zoneless = QTimeZone(7 * 3600);
    QString source;
};

// A mapped Datastream with what its Observations need.
struct Stream {
    QString id;    // @iot.id as text
    QString urlId; // @iot.id as an OData key: 5 or 'abc'
    QString name;
    QString indicator;
    QString unit; // unitOfMeasurement.symbol, else the mapping's unit
    QString area;
};

// What one page gave. Unusable observations are skipped and counted; the
// first few are described, naming the Datastream.
struct Result {
    QList<Observation> observations;
    QList<Stream> streams; // mapped Datastreams on this page
    QStringList problems;
    qsizetype skipped = 0;
    qsizetype entities = 0;
    QString nextLink; // @iot.nextLink of the page, empty on the last
};

// A page of /Things with $expand=Datastreams($expand=ObservedProperty,
// Observations(...)), or of /Datastreams with $expand=Thing,ObservedProperty,
// Observations(...): {"value": [...], "@iot.nextLink": ...}. Datastreams the
// mapping does not name are passed over. Time: phenomenonTime (an instant, or
// the start of an interval); value: result (a number, or a numeric string).
std::optional<Result> parseThings(const QByteArray &body, const Mapping &mapping, QString *error);
std::optional<Result> parseDatastreams(const QByteArray &body, const Mapping &mapping,
                                       QString *error);

// Observations in the dataArray result format ($resultFormat=dataArray):
// {"value": [{"Datastream@iot.navigationLink": ".../Datastreams(5)",
// "components": ["id", "phenomenonTime", "result"], "dataArray": [[...], ...]}]}.
// Each group belongs to the stream its navigation link names, or to `asked`
// when it has none (the request was /Datastreams(5)/Observations).
std::optional<Result> parseDataArray(const QByteArray &body, const QList<Stream> &streams,
                                     const Stream &asked, const Mapping &mapping, QString *error);

} // namespace iocwall::sensorthings
