#pragma once

#include "hub/connectors/standardsupport.h"
#include "model/records.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace iocwall::open311 {

// A ward or commune and the point that stands for it.
struct Centroid {
    QString code;
    double lat = 0.0;
    double lon = 0.0;
};

// The "areas" of a data/areas file ({"areas": [{"code", "lat", "lon"}, ...]}).
QList<Centroid> centroidsFromAreasFile(const QByteArray &json);

// How service requests become reports.
struct Mapping {
    QHash<QString, QString> categoryMap;  // service_code or service_name → category code
    QHash<QString, QString> serviceNames; // service_code → service_name (from services)
    QList<std::pair<QString, QString>> addressAreas; // text found in the address → area
    QList<Centroid> centroids; // else the nearest one within maxAreaKm of lat/long
    double maxAreaKm = 3.0;
    QString defaultArea; // else this (may be empty: the report has no area)
    QTimeZone zoneless = QTimeZone(7 * 3600);
    QDateTime now; // an open request past expected_datetime at `now` is overdue
    QString source;
};

struct Result {
    QList<Report> reports;
    QStringList problems; // requests skipped, naming their position and id
    qsizetype skipped = 0;
    qsizetype read = 0; // records in the payload
};

// GeoReport v2 GET services.(json|xml): service_code → service_name.
// The format is told from the body (JSON or XML).
std::optional<QHash<QString, QString>> parseServices(const QByteArray &body, QString *error);

// GeoReport v2 GET requests.(json|xml). Fields: service_request_id (id),
// status open/closed and status_notes (status: received, in_progress,
// overdue or resolved), service_code / service_name (category through the map),
// description (title), requested_datetime (created), updated_datetime,
// expected_datetime (deadline), address, lat, long, agency_responsible.
// A request without an id or a requested_datetime is skipped; an Open311
// error list (<errors> or [{"code", "description"}]) gives nullopt and it.
std::optional<Result> parseRequests(const QByteArray &body, const Mapping &mapping, QString *error);

// The status vocabulary of the wall for an Open311 request.
QString statusOf(const QString &open311Status, const QString &statusNotes, const QDateTime &created,
                 const QDateTime &updated, const std::optional<QDateTime> &deadline,
                 const QDateTime &now);

} // namespace iocwall::open311
