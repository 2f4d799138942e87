#pragma once

#include "util/configerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace iocwall {

namespace sim {
struct Data;
}

// One value of a simulated series: the start of its bucket and the value,
// already rounded as the API serves it.
struct SimPoint {
    QDateTime time; // bucket start, in SimModel::zone()
    double value = 0.0;

    friend bool operator==(const SimPoint &, const SimPoint &) = default;
};

// One simulated 1022 citizen field report as it stands at a given instant.
struct SimReport {
    QString id; // PA-YYYYMMDD-NNN: day of creation and its rank that day
    QString title;
    QString category;     // code
    QString categoryName; // Vietnamese
    QString status;       // received | in_progress | resolved | overdue
    QString area;
    QDateTime created;
    QDateTime updated;  // the last status change at or before the instant asked about
    QDateTime deadline; // created + N working days of its category
    QString address;
    double lat = 0.0;
    double lon = 0.0;
    QString agency;

    friend bool operator==(const SimReport &, const SimReport &) = default;
};

// The data of the built-in IOC simulator: an indicator catalog, the town and
// its wards/communes, and values generated from the data files and a seed.
//
// Everything is a pure function of (data files, seed, arguments): there is no
// clock and no I/O after construction. A bucket that ended before `now` has
// the same value for every `now`; the bucket holding `now` moves as `now` does.
// Buckets are hours or days of local time in Tây Ninh (UTC+7, no DST).
//
// Threading: immutable after construction, so const calls are safe from any thread.
class SimModel {
public:
    static constexpr quint64 kDefaultSeed = 2026;
    static QString defaultDataRoot() { return QStringLiteral(":/data"); }

    // Reads root/demo/{indicators,profiles,reports}.json and the areas file the
    // profiles name (areas/hoa-thanh.json). Problems go to errors(); a model with
    // errors has no indicators.
    explicit SimModel(const QString &dataRoot = defaultDataRoot(), quint64 seed = kDefaultSeed);
    ~SimModel();
    SimModel(SimModel &&) noexcept;
    SimModel &operator=(SimModel &&) noexcept;

    bool isValid() const { return m_errors.isEmpty(); }
    const QList<ConfigError> &errors() const { return m_errors; }
    quint64 seed() const { return m_seed; }

    // Indicator codes of one API ("town" or "province"), or of both for an empty api.
    QStringList indicatorCodes(const QString &api = {}) const;
    bool hasIndicator(const QString &code) const;
    QString apiOf(const QString &indicator) const; // empty for an unknown code
    QString unitOf(const QString &indicator) const;
    QString periodOf(const QString &indicator) const; // hour | day
    // Catalog entries as served: the indicators.json fields minus "api".
    QJsonArray catalogJson(const QString &api) const;

    QString townCode() const;
    QStringList unitCodes() const;           // the wards and communes, in file order
    bool hasArea(const QString &code) const; // the town or a unit
    // The town first, then its units: {code, name, kind, parent, lat, lon}.
    QJsonArray areasJson() const;
    // The areas an indicator has values for: the units, or just the town.
    QStringList areasOf(const QString &indicator) const;

    // The buckets from the one holding `from` to the one holding min(to, now),
    // in time order. Empty for an unknown indicator, an area it has no values
    // for, or an empty range.
    QList<SimPoint> series(const QString &indicator, const QString &area, const QDateTime &from,
                           const QDateTime &to, const QDateTime &now) const;

    // The reports created in [from, now], oldest first, with their status at `now`.
    QList<SimReport> reports(const QDateTime &from, const QDateTime &now) const;

    // Local time of the simulated town: a fixed UTC+7 offset, so no tzdata is needed.
    static QTimeZone zone();
    // ISO 8601 in zone(), e.g. 2026-11-25T08:00:00+07:00.
    static QString formatTime(const QDateTime &time);
    // ISO 8601 date or date-time; without an offset it is local (UTC+7). A space
    // where the '+' of an offset was (an unencoded '+' in a query) is accepted.
    static std::optional<QDateTime> parseTime(const QString &text);

private:
    std::unique_ptr<const sim::Data> m_data;
    quint64 m_seed = kDefaultSeed;
    QList<ConfigError> m_errors;
};

} // namespace iocwall
