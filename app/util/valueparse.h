#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace iocwall::values {

// Numbers as they arrive from real APIs and spreadsheets: JSON numbers; strings
// with stray spaces; a decimal comma ("12,5"); thousands separators in either
// convention ("1.234,5", "1,234.5", "1 234"). NaN, Infinity, empty strings and
// anything else that is not a finite number give nullopt.
std::optional<double> parseNumber(QStringView text);
std::optional<double> parseNumber(const QJsonValue &value);

// Times: ISO 8601 with or without a zone (no zone: `defaultZone`), with or
// without seconds and fractions; epoch seconds or milliseconds (numbers or
// digit strings; milliseconds when the magnitude says so, > 10^11); and
// "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss" in `defaultZone`.
// The result is in UTC; nullopt when the text is none of these.
std::optional<QDateTime> parseTime(QStringView text, const QTimeZone &defaultZone);
std::optional<QDateTime> parseTime(const QJsonValue &value, const QTimeZone &defaultZone);

} // namespace iocwall::values
