#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace iocwall {

// Numbers and dates as the wall shows them: vi_VN by default (1.234,5 ·
// 25/11/2026 · 08:15), in the wall's time zone whatever the machine's is.
class Formatter {
public:
    static QLocale vietnamese();
    static QLocale english();
    // Asia/Ho_Chi_Minh; a fixed UTC+7 when the machine has no tz database.
    static QTimeZone wallZone(const QString &ianaId = QStringLiteral("Asia/Ho_Chi_Minh"));

    explicit Formatter(QLocale locale = vietnamese(), QTimeZone zone = wallZone());

    QString number(double value, int decimals) const;
    // A value with a sensible precision for its size and unit ("12.345", "95,3", "0,52").
    QString value(double value, const QString &unit = {}) const;
    QString withUnit(double value, const QString &unit) const;
    // The relative change from `before` to `now` ("+5,2%"), empty when undefined.
    QString percentChange(double now, double before) const;
    QString time(const QDateTime &t) const;     // 08:15
    QString date(const QDateTime &t) const;     // 25/11/2026
    QString dateTime(const QDateTime &t) const; // 08:15 25/11/2026
    QString dayMonth(const QDateTime &t) const; // 25/11

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &zone() const { return m_zone; }

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace iocwall
