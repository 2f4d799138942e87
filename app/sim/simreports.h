#pragma once

#include "simdata.h"
#include "simhash.h"
#include "simmodel.h"

namespace iocwall::sim {

// One simulated 1022 report reduced to numbers: everything about it that does
// not depend on the instant it is looked at. Times are UTC seconds.
struct ReportDraft {
    qint64 day = 0; // local day of creation
    int seq = 0;    // 1-based rank within its day, by creation time
    qint64 createdS = 0;
    qint64 acknowledgedS = 0; // received -> in_progress
    qint64 deadlineS = 0;     // created + the category's working days
    qint64 resolvedS = 0;     // every report is resolved in the end, some late
    int area = 0;             // index into ReportTemplates::areas
    int category = 0;         // index into ReportTemplates::categories
    SimHash choices{0};       // draws for title, place, house number, position
};

// All reports created on local days firstDay..lastDay, in creation order. A
// day's reports depend only on the seed and the day, never on other days.
QList<ReportDraft> reportDrafts(const Data &data, quint64 seed, qint64 firstDay, qint64 lastDay);

// received | in_progress | resolved | overdue at the instant atS.
QString statusAt(const ReportDraft &draft, qint64 atS);

// The report as the API shows it at atS.
SimReport toSimReport(const Data &data, const ReportDraft &draft, qint64 atS);

// A "reports" profile's series (pakn.*): counts and shares of the drafts of
// `area` (every area for the town), bucket by bucket, as in SeriesGenerator::values.
QList<double> reportMetricValues(const Data &data, quint64 seed, const Profile &profile,
                                 const QString &area, Period period, qint64 first, qint64 last,
                                 qint64 nowS);

} // namespace iocwall::sim
