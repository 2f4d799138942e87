#include "csvparse.h"

#include "hub/connectors/csvconnector.h"
#include "util/valueparse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace iocwall::csv {

namespace {

constexpr qsizetype kMaxProblems = 20;

void problem(Result &r, int line, const QString &what)
{
    ++r.skipped;
    if (r.problems.size() < kMaxProblems)
        r.problems.append(CsvConnector::tr("dòng %1: %2").arg(line).arg(what));
}

QString columnName(const Column &c)
{
    return c.kind == Column::Kind::Name ? u'"' + c.text + u'"' : QString::number(c.index);
}

} // namespace

QChar detectDelimiter(QStringView firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    return semicolon > comma ? u';' : u',';
}

std::optional<Table> parseCsv(const QByteArray &bytes, QChar delimiter, bool hasHeader,
                              QString *error)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        *error = CsvConnector::tr("tệp không phải UTF-8 (dòng %1): hãy xuất lại với mã hóa UTF-8")
                     .arg(text.left(std::max<qsizetype>(bad, 0)).count(u'\n') + 1);
        return std::nullopt;
    }
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    if (delimiter.isNull())
        delimiter = detectDelimiter(QStringView(text).left(text.indexOf(u'\n')));

    Table table;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            table.rows.append(row);
            table.lines.append(rowLine);
        }
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                continue; // a CRLF inside a field is kept as one line break
            } else {
                line += c == u'\n';
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            rowLine = ++line;
        } else {
            field.append(c); // a stray quote inside an unquoted field is kept as text
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = CsvConnector::tr("dấu ngoặc kép mở ở dòng %1 không được đóng (tệp bị cắt?)")
                     .arg(rowLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    if (hasHeader && !table.rows.isEmpty()) {
        table.header = table.rows.takeFirst();
        table.lines.removeFirst();
        for (QString &h : table.header)
            h = h.trimmed();
    }
    return table;
}

std::optional<Result> mapTable(const Table &table, const Mapping &m, QString *error)
{
    // Names to indexes, once.
    QList<Column> wanted{m.indicator, m.area, m.time, m.unit, m.value};
    for (const ValueColumn &v : m.values)
        wanted.append(v.column);
    QList<int> index;
    for (const Column &c : wanted) {
        int i = c.index;
        if (c.kind == Column::Kind::Name) {
            i = int(table.header.indexOf(c.text));
            for (qsizetype h = 0; i < 0 && h < table.header.size(); ++h)
                if (table.header.at(h).compare(c.text.trimmed(), Qt::CaseInsensitive) == 0)
                    i = int(h);
            if (i < 0) {
                *error = CsvConnector::tr("không có cột %1; các cột đọc được: %2")
                             .arg(columnName(c), table.header.join(u" | "_s));
                return std::nullopt;
            }
        }
        index.append(i);
    }
    const auto cell = [&](const QStringList &row, int which, const Column &c) -> QString {
        if (c.kind == Column::Kind::Constant)
            return c.text;
        const int i = index.at(which);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };

    Result r;
    r.observations.reserve(table.rows.size() * std::max<qsizetype>(1, m.values.size()));
    for (qsizetype rowIndex = 0; rowIndex < table.rows.size(); ++rowIndex) {
        const QStringList &row = table.rows.at(rowIndex);
        const int line = table.lines.value(rowIndex, int(rowIndex) + 1);
        const QString areaCell = cell(row, 1, m.area);
        const QString area = m.areaMap.value(areaCell, areaCell);
        const QString timeCell = cell(row, 2, m.time);
        const auto time = values::parseTime(QStringView(timeCell), m.zoneless);
        const qsizetype targets = m.values.isEmpty() ? 1 : m.values.size();
        for (qsizetype t = 0; t < targets; ++t) {
            const bool single = m.values.isEmpty();
            const Column &column = single ? m.value : m.values.at(t).column;
            const int which = single ? 4 : int(5 + t);
            if (column.kind != Column::Kind::Constant && index.at(which) >= row.size()) {
                problem(r, line,
                        CsvConnector::tr("thiếu cột %1 (dòng chỉ có %2 cột)")
                            .arg(columnName(column))
                            .arg(row.size()));
                continue;
            }
            QString text = cell(row, which, column);
            if (text.isEmpty())
                continue; // a blank cell in a spreadsheet is a gap
            if (m.decimalComma)
                text = text.remove(u'.').replace(u',', u'.');
            const auto value = values::parseNumber(QStringView(text));
            const QString indicator = single ? cell(row, 0, m.indicator) : m.values.at(t).indicator;
            if (!value) {
                problem(r, line,
                        CsvConnector::tr("cột %1: \"%2\" không phải số")
                            .arg(columnName(column), text.left(40)));
            } else if (!time) {
                problem(r, line,
                        CsvConnector::tr("cột %1: \"%2\" không phải thời điểm")
                            .arg(columnName(m.time), timeCell.left(40)));
            } else if (area.isEmpty() || indicator.isEmpty()) {
                problem(r, line, CsvConnector::tr("thiếu mã chỉ tiêu hoặc địa bàn"));
            } else {
                const QString unit = single || m.values.at(t).unit.isEmpty() ? cell(row, 3, m.unit)
                                                                             : m.values.at(t).unit;
                r.observations.append({indicator, area, *time, *value, unit, m.source});
            }
        }
    }
    return r;
}

std::optional<Table> parseCkan(const QByteArray &body, CkanPage *page, QString *error)
{
    const auto doc = standards::parseJson(body, error);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    if (root.value(u"success"_s).toBool() == false || !root.value(u"result"_s).isObject()) {
        const QJsonObject e = root.value(u"error"_s).toObject();
        *error = e.isEmpty()
                     ? CsvConnector::tr("cần phản hồi datastore_search của CKAN "
                                        "({\"success\": true, \"result\": {...}}), nhưng "
                                        "có %1")
                           .arg(doc->isArray() ? CsvConnector::tr("một mảng")
                                               : root.keys().join(u", "_s))
                     : CsvConnector::tr("CKAN báo lỗi: %1 %2")
                           .arg(e.value(u"__type"_s).toString(), e.value(u"message"_s).toString());
        return std::nullopt;
    }
    const QJsonObject result = root.value(u"result"_s).toObject();
    if (!result.value(u"records"_s).isArray()) {
        *error = CsvConnector::tr("kết quả CKAN thiếu mảng \"records\"");
        return std::nullopt;
    }
    const QJsonArray records = result.value(u"records"_s).toArray();
    Table table;
    for (const QJsonValue f : result.value(u"fields"_s).toArray())
        table.header.append(f.toObject().value(u"id"_s).toString());
    if (table.header.isEmpty() && !records.isEmpty())
        table.header = records.first().toObject().keys();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject o = records.at(i).toObject();
        QStringList row;
        for (const QString &field : std::as_const(table.header)) {
            const QJsonValue v = o.value(field);
            row.append(v.isDouble()
                           ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                           : v.toString());
        }
        table.rows.append(row);
        table.lines.append(int(i) + 1);
    }
    page->records = records.size();
    page->total = result.value(u"total"_s).toInteger(-1);
    page->next = result.value(u"_links"_s).toObject().value(u"next"_s).toString();
    return table;
}

} // namespace iocwall::csv
