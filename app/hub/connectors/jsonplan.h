#pragma once

#include "hub/connectors/jsonmapping.h"

#include <QSet>
#include <QUrl>

namespace iocwall::jsonmap {

// How one request walks through the pages of its answer.
struct PagingSpec {
    enum class Kind { None, Page, Offset, Cursor, NextLink };
    Kind kind = Kind::None;
    QString param;      // Page: page number, Offset: offset, Cursor: cursor parameter
    QString sizeParam;  // optional parameter carrying `size`
    int size = 0;       // records per page; 0: unknown, only an empty page ends
    qint64 start = 1;   // Page: first page number; Offset: first offset
    QStringList next;   // Cursor / NextLink: pointer tokens of the next cursor or link
    QString nextText;   // ... as written, for messages
    int maxPages = 100; // hard limit per request, whatever the server says
};

// One kind of request of a source; `each` repeats it once per value of a
// variable (e.g. one request per indicator).
struct RequestSpec {
    enum class TimeFormat { IsoUtc, IsoLocal, Date, EpochSeconds, EpochMilliseconds };
    QString path;                             // template: {from}, {to}, the `each` variable
    QList<std::pair<QString, QString>> query; // values are templates
    QString eachName;
    QStringList eachValues;
    TimeFormat timeFormat = TimeFormat::IsoUtc;
    PagingSpec paging;
    std::optional<ObservationMapping> observations;
    std::optional<ReportMapping> reports;
};

// Everything the json connector does in one poll, read from a source's settings.
// Immutable after reading; any thread.
struct JsonPlan {
    QList<RequestSpec> requests;
    int windowHours = 24; // {from} is now minus this
    QTimeZone zone = QTimeZone(7 * 3600);
};

// Reads and checks a source's `settings` (every problem under /settings/...).
std::optional<JsonPlan> readJsonPlan(const QJsonObject &settings, ConfigIssues &issues);

// One request to send: which spec, and the variables of this instance.
struct Job {
    int request = 0;
    Variables variables;
};
QList<Job> plannedJobs(const JsonPlan &plan, const QDateTime &now);

// Maps one page of a request's answer through its observation and report
// mappings into `out`; returns how many records the page held (for paging).
qsizetype mapRequest(const RequestSpec &request, const QJsonValue &payload,
                     const MapContext &context, MapResult &out);

// `text` with every {name} of `variables` filled in (unknown ones left as is).
QString fill(const QString &text, const Variables &variables);

// Where a request is in its pages. Start with startPaging().
struct PageState {
    int fetched = 0;
    qint64 number = 0; // page number or offset
    QString cursor;
    QUrl nextUrl; // NextLink: the URL to fetch, when set
    QSet<QString> seen;
};
PageState startPaging(const PagingSpec &spec);
// The query parameters of the page `state` is at (none for a next link).
QList<std::pair<QString, QString>> pageQuery(const PagingSpec &spec, const PageState &state);

enum class PageStep { Done, Next, LimitReached, Loop, ForeignLink };
// After a page with `records` records arrived from `current`: is there another?
// A next link must stay on the origin of `base` (the source's token is sent there).
PageStep advance(const PagingSpec &spec, PageState &state, const QJsonValue &payload,
                 qsizetype records, const QUrl &current, const QUrl &base);

} // namespace iocwall::jsonmap
