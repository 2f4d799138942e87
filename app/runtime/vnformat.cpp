#include "vnformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

Formatter::Formatter(QLocale locale, QTimeZone zone)
    : m_locale(std::move(locale))
    , m_zone(std::move(zone))
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QLocale Formatter::vietnamese()
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QLocale Formatter::english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QTimeZone Formatter::wallZone(const QString &ianaId)
{
    QTimeZone zone(ianaId.toLatin1());
    return zone.isValid() ? zone : QTimeZone(7 * 3600);
}

QString Formatter::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString Formatter::value(double value, const QString &unit) const
{
    const double magnitude = std::fabs(value);
    // Whole numbers stay whole; fractions keep one decimal below a thousand
    // (two below one), which is what a wall can be read at.
    int decimals = 0;
    const bool fraction = std::fabs(value - std::round(value)) > 1e-9;
    if (unit == u"%" || (fraction && magnitude < 1000.0))
        decimals = magnitude < 1.0 && magnitude > 0.0 ? 2 : 1;
    return number(value, decimals);
}

QString Formatter::withUnit(double v, const QString &unit) const
{
    if (unit.isEmpty())
        return value(v, unit);
    if (unit == u"%")
        return value(v, unit) + unit;
    return value(v, unit) + u' ' + unit;
}

QString Formatter::percentChange(double now, double before) const
{
    if (!std::isfinite(now) || !std::isfinite(before) || std::fabs(before) < 1e-12)
        return {};
    const double change = (now - before) / std::fabs(before) * 100.0;
    if (std::fabs(change) < 0.05)
        return number(0.0, 1) + u'%';
    const QString sign = change > 0 ? u"+"_s : QString();
    return sign + number(change, std::fabs(change) < 10.0 ? 1 : 0) + u'%';
}

QString Formatter::time(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).toString(u"HH:mm"_s);
}

QString Formatter::date(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).toString(u"dd/MM/yyyy"_s);
}

QString Formatter::dateTime(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).toString(u"HH:mm dd/MM/yyyy"_s);
}

QString Formatter::dayMonth(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).toString(u"dd/MM"_s);
}

} // namespace iocwall
