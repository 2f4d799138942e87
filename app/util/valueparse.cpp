#include "valueparse.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::values {

namespace {

bool isSpace(QChar c)
{
    // U+00A0 and U+202F are what spreadsheets put between thousands.
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// "1.234.567" split at `separator`: the first group 1 to 3 digits, the others
// exactly 3. Returns the digits without separators, or an empty string.
QString groupedDigits(QStringView integer, QChar separator)
{
    const auto groups = integer.split(separator);
    QString out;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups.at(i);
        if (!allDigits(g) || (i == 0 && g.size() > 3) || (i > 0 && g.size() != 3))
            return {};
        out += g;
    }
    return out;
}

// The integer part's digits: plain, or grouped by exactly one kind of separator.
QString integerDigits(QStringView integer)
{
    if (integer.isEmpty())
        return {};
    if (allDigits(integer))
        return integer.toString();
    for (QChar separator : {u' ', u'.', u','})
        if (integer.contains(separator))
            return groupedDigits(integer, separator);
    return {};
}

std::optional<QDateTime> fromEpoch(double seconds_or_ms)
{
    if (!std::isfinite(seconds_or_ms))
        return std::nullopt;
    // Milliseconds when the magnitude says so: 10^11 s is the year 5138.
    const double ms = std::fabs(seconds_or_ms) > 1e11 ? seconds_or_ms : seconds_or_ms * 1000.0;
    if (std::fabs(ms) > 253402300799000.0) // beyond 9999-12-31
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), QTimeZone::utc());
}

std::optional<QDateTime> fromDayMonthYear(QStringView text, const QTimeZone &zone)
{
    static const QRegularExpression re(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(3).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(1).toInt());
    QTime time(0, 0);
    if (m.hasCaptured(4))
        time = QTime(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.hasCaptured(6) ? m.capturedView(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, zone).toUTC();
}

std::optional<QDateTime> fromIso(QStringView text, const QTimeZone &zone)
{
    // ISO 8601 as APIs write it; a space for the 'T' is common enough to accept.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
        "(?:Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?$"_s);
    if (!shape.match(text.toString()).hasMatch())
        return std::nullopt;
    QString iso = text.toString();
    if (iso.size() > 10)
        iso[10] = u'T';
    if (iso.endsWith(u'z'))
        iso.back() = u'Z';
    // Qt reads at most milliseconds: cut longer fractions (micro-, nanoseconds).
    static const QRegularExpression fraction(u"[.,](\\d{3})\\d+"_s);
    iso.replace(fraction, u".\\1"_s);
    iso.replace(u',', u'.');
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no zone written: the source's own zone
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    QString s;
    s.reserve(text.size());
    const QStringView trimmed = text.trimmed();
    // Runs of any space inside become one ' ', a candidate thousands separator.
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (isSpace(trimmed[i])) {
            if (!s.endsWith(u' '))
                s += u' ';
        } else {
            s += trimmed[i];
        }
    }
    s = s.trimmed();
    QString sign;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        if (s.startsWith(u'-'))
            sign = u"-"_s;
        s = s.mid(1).trimmed();
    }
    QString exponent;
    if (const qsizetype e = s.indexOf(u'e', 0, Qt::CaseInsensitive); e >= 0) {
        exponent = s.mid(e + 1);
        s.truncate(e);
        const QStringView digits = QStringView(exponent).mid(
            exponent.startsWith(u'-') || exponent.startsWith(u'+') ? 1 : 0);
        if (!allDigits(digits) || s.contains(u' '))
            return std::nullopt;
    }
    // The decimal separator: the later of '.' and ',' when both occur; a
    // single one alone is decimal ("12,5", "1.5"); one that repeats groups
    // thousands ("1.234.567"). A lone "1,234" is thus 1.234: the Vietnamese
    // reading, as the sources this program reads are Vietnamese.
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    qsizetype decimal = -1;
    if (lastDot >= 0 && lastComma >= 0)
        decimal = std::max(lastDot, lastComma);
    else if (lastDot >= 0 && s.count(u'.') == 1)
        decimal = lastDot;
    else if (lastComma >= 0 && s.count(u',') == 1)
        decimal = lastComma;
    const QStringView integerPart = decimal >= 0 ? QStringView(s).left(decimal) : QStringView(s);
    const QStringView fractionPart = decimal >= 0 ? QStringView(s).mid(decimal + 1) : QStringView();
    if (decimal >= 0 && !fractionPart.isEmpty() && !allDigits(fractionPart))
        return std::nullopt;
    QString integer = integerPart.isEmpty() ? QString() : integerDigits(integerPart);
    if (integer.isEmpty() && !integerPart.isEmpty())
        return std::nullopt;
    if (integer.isEmpty() && fractionPart.isEmpty())
        return std::nullopt;
    // With both separators the thousands one must not be the decimal one.
    if (decimal >= 0 && integerPart.contains(s.at(decimal)))
        return std::nullopt;
    const QString plain = sign + (integer.isEmpty() ? u"0"_s : integer) +
                          (fractionPart.isEmpty() ? QString() : u'.' + fractionPart.toString()) +
                          (exponent.isEmpty() ? QString() : u'e' + exponent);
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString())
        return parseNumber(QStringView(value.toString()));
    return std::nullopt;
}

std::optional<QDateTime> parseTime(QStringView text, const QTimeZone &defaultZone)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (allDigits(t) || (t.startsWith(u'-') && allDigits(t.mid(1)))) {
        if (t.size() > 17)
            return std::nullopt;
        return fromEpoch(double(t.toLongLong()));
    }
    if (t.contains(u'/'))
        return fromDayMonthYear(t, defaultZone);
    return fromIso(t, defaultZone);
}

std::optional<QDateTime> parseTime(const QJsonValue &value, const QTimeZone &defaultZone)
{
    if (value.isDouble())
        return fromEpoch(value.toDouble());
    if (value.isString())
        return parseTime(QStringView(value.toString()), defaultZone);
    return std::nullopt;
}

} // namespace iocwall::values
