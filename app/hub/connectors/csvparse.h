#pragma once

#include "hub/connectors/standardsupport.h"
#include "model/records.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace iocwall::csv {

// Rows of text, as a CSV file or a CKAN datastore page gives them.
struct Table {
    QStringList header; // empty when the file has no header row
    QList<QStringList> rows;
    QList<int> lines; // the line each row starts on (1-based), for messages
};

// RFC 4180: fields separated by `delimiter` (QChar() = detect from the first
// line: the most frequent of , ; and tab outside quotes), quoted fields with
// doubled quotes, delimiters and line breaks inside them; CRLF, LF or CR line
// ends; blank lines skipped. UTF-8 with or without a byte order mark; bytes
// that are not UTF-8, or a quote left open at the end (a truncated file), give
// nullopt and an error naming the line.
std::optional<Table> parseCsv(const QByteArray &bytes, QChar delimiter, bool hasHeader,
                              QString *error);
QChar detectDelimiter(QStringView firstLine);

// Where a field comes from: a header name, a 0-based column index, or a constant.
struct Column {
    enum class Kind { None, Name, Index, Constant };
    Kind kind = Kind::None;
    QString text; // the name or the constant
    int index = -1;
};

// One value column of a row and the indicator its values are.
struct ValueColumn {
    Column column;
    QString indicator;
    QString unit;
};

struct Mapping {
    Column indicator, area, time, unit, value; // `value`: one value per row
    QList<ValueColumn> values;                 // or several, one observation each
    QHash<QString, QString> areaMap;           // area cell → area code
    bool decimalComma = false; // "1.234,5": dots group thousands, the comma is the decimal mark
    QTimeZone zoneless = QTimeZone(7 * 3600);
    QString source;
};

struct Result {
    QList<Observation> observations;
    QStringList problems; // cells skipped, naming the line and the column
    qsizetype skipped = 0;
};

// The observations of the rows. Times as values::parseTime reads them (ISO
// 8601, epoch, dd/MM/yyyy [HH:mm[:ss]]); numbers as values::parseNumber (or the
// decimal-comma rule); an empty value cell is a gap, not a problem. A named
// column missing from the header gives nullopt and an error listing the header.
std::optional<Result> mapTable(const Table &table, const Mapping &mapping, QString *error);

// CKAN action API datastore_search: {"success": true, "result": {"fields":
// [...], "records": [{...}], "total": N, "_links": {"next": "..."}}}; the
// records as a table whose header is the field ids.
struct CkanPage {
    QString next;      // _links.next (a path with query), empty if none
    qint64 total = -1; // result.total when given
    qsizetype records = 0;
};
std::optional<Table> parseCkan(const QByteArray &body, CkanPage *page, QString *error);

} // namespace iocwall::csv
