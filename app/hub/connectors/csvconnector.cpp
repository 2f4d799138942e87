#include "csvconnector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

// A column given as a header name ("PM2.5"), an index (3) or {"const": "..."}.
csv::Column column(const FieldReader &r, const QString &key)
{
    csv::Column c;
    const QJsonValue v = r.json().value(key);
    if (v.isUndefined() || v.isNull())
        return c;
    if (v.isString()) {
        c.kind = csv::Column::Kind::Name;
        c.text = v.toString();
    } else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == std::floor(v.toDouble())) {
        c.kind = csv::Column::Kind::Index;
        c.index = v.toInt();
    } else if (v.isObject() && v.toObject().value(u"const"_s).isString()) {
        c.kind = csv::Column::Kind::Constant;
        c.text = v.toObject().value(u"const"_s).toString();
    } else {
        r.issues().add(r.pathOf(key),
                       CsvConnector::tr("cần tên cột, số thứ tự cột (từ 0) hoặc {\"const\": "
                                        "\"...\"}, nhưng có %1")
                           .arg(FieldReader::describe(v)));
    }
    return c;
}

} // namespace

CsvConnector::Settings CsvConnector::readSettings(const SourceConfig &config, ConfigIssues &issues)
{
    Settings s;
    FieldReader r(config.settings, u"/settings"_s, issues);
    const QString format = r.string(u"format"_s, Need::Optional, u"csv"_s);
    s.ckan = format == u"ckan";
    if (!s.ckan && format != u"csv")
        issues.add(r.pathOf(u"format"_s),
                   CsvConnector::tr("cần \"csv\" hoặc \"ckan\", nhưng có \"%1\"").arg(format));
    s.file = r.string(u"file"_s, Need::Optional);
    if (s.file.isEmpty() && config.baseUrl.isLocalFile())
        s.file = config.baseUrl.toLocalFile();
    if (!s.file.isEmpty() && QFileInfo(s.file).isRelative() && !config.fileName.isEmpty())
        s.file = QFileInfo(config.fileName).dir().filePath(s.file); // next to the source file
    s.path = r.string(u"path"_s, Need::Optional);
    s.resourceId = r.string(u"resource_id"_s, s.ckan ? Need::Required : Need::Optional);
    s.pageSize = r.integer(u"page_size"_s, Need::Optional, s.pageSize, 1, 32000);
    s.maxPages = r.integer(u"max_pages"_s, Need::Optional, s.maxPages, 1, 1000);
    const QString delimiter = r.string(u"delimiter"_s, Need::Optional, u"auto"_s);
    if (delimiter == u"\\t" || delimiter == u"tab")
        s.delimiter = u'\t';
    else if (delimiter.size() == 1)
        s.delimiter = delimiter.front();
    else if (delimiter != u"auto")
        issues.add(r.pathOf(u"delimiter"_s),
                   CsvConnector::tr("cần một ký tự (\",\", \";\", \"\\t\") hoặc \"auto\", nhưng "
                                    "có \"%1\"")
                       .arg(delimiter));
    s.header = r.boolean(u"header"_s, s.header);

    csv::Mapping &m = s.mapping;
    const QJsonObject columns = r.object(u"columns"_s);
    FieldReader c(columns, r.pathOf(u"columns"_s), issues);
    m.indicator = column(c, u"indicator"_s);
    m.area = column(c, u"area"_s);
    m.time = column(c, u"time"_s);
    m.unit = column(c, u"unit"_s);
    m.value = column(c, u"value"_s);
    const QJsonArray values = r.array(u"values"_s, Need::Optional);
    for (qsizetype i = 0; i < values.size(); ++i) {
        FieldReader v(values.at(i).toObject(), r.pathOf(u"values/%1"_s.arg(i)), issues);
        csv::ValueColumn target{column(v, u"column"_s), v.string(u"indicator"_s),
                                v.string(u"unit"_s, Need::Optional)};
        if (target.column.kind == csv::Column::Kind::None)
            issues.add(v.pathOf(u"column"_s), CsvConnector::tr("thiếu cột giá trị"));
        m.values.append(target);
    }
    const auto missing = [&](const csv::Column &col, const QString &key) {
        if (col.kind == csv::Column::Kind::None)
            issues.add(c.pathOf(key), CsvConnector::tr("thiếu trường bắt buộc; cần tên cột, số "
                                                       "thứ tự cột hoặc {\"const\": \"...\"}"));
    };
    missing(m.area, u"area"_s);
    missing(m.time, u"time"_s);
    if (m.values.isEmpty()) {
        missing(m.value, u"value"_s);
        missing(m.indicator, u"indicator"_s);
    }
    m.areaMap = standards::stringMap(r, u"area_map"_s);
    m.decimalComma = r.boolean(u"decimal_comma"_s, false);
    m.zoneless = standards::zonelessZone(r);
    m.source = config.id;
    return s;
}

CsvConnector::CsvConnector(const SourceConfig &config, const SecretStore &secrets, QObject *parent)
    : ChainConnector(config, secrets, parent)
{
    ConfigIssues issues(config.fileName);
    m_settings = readSettings(config, issues);
    if (!issues.isEmpty())
        m_settingsProblem = issues.summary();
}

QString CsvConnector::queueFirstRequests()
{
    if (!m_settingsProblem.isEmpty())
        return m_settingsProblem;
    resetSkipped();
    m_pages = 0;
    if (!m_settings.file.isEmpty()) {
        QFile file(m_settings.file);
        if (!file.open(QIODevice::ReadOnly))
            return CsvConnector::tr("không mở được tệp %1: %2")
                .arg(m_settings.file, file.errorString());
        QString error;
        // Nothing queued: the poll finishes with this batch.
        return take(csv::parseCsv(file.readAll(), m_settings.delimiter, m_settings.header, &error),
                    error);
    }
    if (m_settings.ckan) {
        requestCkan(request(u"/api/3/action/datastore_search"_s,
                            {{u"resource_id"_s, m_settings.resourceId},
                             {u"limit"_s, QString::number(m_settings.pageSize)},
                             {u"offset"_s, u"0"_s}}));
        return {};
    }
    QNetworkRequest r = request(m_settings.path);
    r.setRawHeader("Accept", "text/csv, text/plain;q=0.9, */*;q=0.5");
    enqueue(r, [this](QNetworkReply &, const QByteArray &body) {
        QString error;
        return take(csv::parseCsv(body, m_settings.delimiter, m_settings.header, &error), error);
    });
    return {};
}

void CsvConnector::requestCkan(const QNetworkRequest &pageRequest)
{
    enqueue(pageRequest, [this](QNetworkReply &, const QByteArray &body) {
        QString error;
        csv::CkanPage page;
        if (const QString problem = take(csv::parseCkan(body, &page, &error), error);
            !problem.isEmpty())
            return problem;
        // CKAN keeps giving a next link past the end: stop on an empty page or at the total.
        const qint64 seen = qint64(++m_pages) * m_settings.pageSize;
        if (page.records == 0 || page.next.isEmpty() || (page.total >= 0 && seen >= page.total))
            return QString();
        if (m_pages >= m_settings.maxPages) {
            qWarning().noquote() << "iocwall: nguồn" << config().id << ": dừng ở" << m_pages
                                 << "trang (max_pages)";
            return QString();
        }
        requestCkan(requestForUrl(config().baseUrl.resolved(QUrl(page.next))));
        return QString();
    });
}

QString CsvConnector::take(const std::optional<csv::Table> &table, const QString &error)
{
    if (!table)
        return error;
    QString mapError;
    const auto result = csv::mapTable(*table, m_settings.mapping, &mapError);
    if (!result)
        return mapError;
    batch().observations.append(result->observations);
    noteSkipped(result->skipped, result->problems);
    return {};
}

QString CsvConnector::complete()
{
    return observationsOutcome();
}

PayloadMapping CsvConnector::mapPayload(const QByteArray &payload, const PayloadHint &) const
{
    if (!m_settingsProblem.isEmpty())
        return PayloadMapping::unusable(m_settingsProblem, true);
    QString error;
    csv::CkanPage ckanPage;
    const auto table =
        m_settings.ckan ? csv::parseCkan(payload, &ckanPage, &error)
                        : csv::parseCsv(payload, m_settings.delimiter, m_settings.header, &error);
    if (!table)
        return PayloadMapping::unusable(error);
    const auto result = csv::mapTable(*table, m_settings.mapping, &error);
    if (!result)
        return PayloadMapping::unusable(error);
    RecordBatch page = newBatch();
    page.observations = result->observations;
    return pageMapping(std::move(page), result->skipped, result->problems, noValueUsable());
}

} // namespace iocwall
