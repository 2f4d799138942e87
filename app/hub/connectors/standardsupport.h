#pragma once

#include "util/jsonfields.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

#include <optional>

namespace iocwall::standards {

// Helpers shared by the pure payload readers of the open-standard connectors
// (ngsi, sensorthings, open311, csv). Pure functions; messages through
// Connector::tr.

// A JSON body; a UTF-8 byte order mark is skipped. An empty or malformed body
// gives nullopt and an error naming the byte offset.
std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *error);

// A finite number: a JSON number, or a string holding one in C notation
// ("12.5", " 3 "). NaN, Infinity, booleans and the rest give nullopt.
std::optional<double> number(const QJsonValue &value);

// An ISO 8601 date-time (with or without fractions and zone; without a zone it
// is in `zoneless`), converted to UTC; nullopt when it is not one. For an ISO
// 8601 interval "start/end" the start is taken.
std::optional<QDateTime> isoTime(const QString &text, const QTimeZone &zoneless);
std::optional<QDateTime> isoTime(const QJsonValue &value, const QTimeZone &zoneless);

// The display unit for a UN/CEFACT Recommendation 20 code (NGSI "unitCode"):
// GQ → µg/m³, P1 → %, CEL → °C ... An unknown code is returned as it is.
QString unitFromCode(const QString &code);

// What a payload field maps to: an indicator code, and a unit to use when the
// payload gives none.
struct IndicatorTarget {
    QString indicator;
    QString unit;
};

// Settings "key": { "<name in the payload>": "<indicator>" or
// {"indicator": "...", "unit": "..."} }. Problems go to the reader's issues.
QHash<QString, IndicatorTarget> indicatorMap(const FieldReader &settings, const QString &key,
                                             Need need);
// Settings "key": { "<value>": "<string>" }.
QHash<QString, QString> stringMap(const FieldReader &settings, const QString &key);
// Settings "utc_offset_hours" (default 7, Vietnam): the zone of times given
// without one.
QTimeZone zonelessZone(const FieldReader &settings);

} // namespace iocwall::standards
