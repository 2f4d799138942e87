#include "cachecommand.h"

#include "runtime/wallruntime.h"
#include "store/cachedatabase.h"
#include "store/maintenance.h"
#include "store/schema.h"
#include "store/storereader.h"
#include "util/valueparse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iocwall::cli {

namespace {

struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(CacheText)
};

const QString kConnection = u"iocwall-cli-cache"_s;

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

int stats(QSqlDatabase &db, const QString &path, QTextStream &out)
{
    StoreReader reader(db);
    QSqlQuery q(db);
    auto scalar = [&](const QString &sql) -> QVariant {
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const QTimeZone zone(7 * 3600);
    auto when = [&](const QVariant &epoch) {
        return epoch.isNull() ? CacheText::tr("không có")
                              : QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), zone)
                                    .toString(u"HH:mm dd/MM/yyyy"_s);
    };
    out << CacheText::tr("Tệp: %1").arg(path) << Qt::endl;
    out << CacheText::tr("Dung lượng: %1 MB")
               .arg(vi.toString(double(fileBytes(path)) / 1e6, 'f', 2))
        << Qt::endl;
    out << CacheText::tr("Phiên bản lược đồ: %1").arg(scalar(u"PRAGMA user_version"_s).toInt())
        << Qt::endl;
    const QList<std::pair<QString, QString>> tables = {
        {CacheText::tr("Chỉ tiêu"), u"indicators"_s},
        {CacheText::tr("Địa bàn"), u"areas"_s},
        {CacheText::tr("Số liệu"), u"observations"_s},
        {CacheText::tr("Bản sửa số liệu"), u"observation_revisions"_s},
        {CacheText::tr("Phản ánh"), u"reports"_s},
        {CacheText::tr("Camera"), u"cameras"_s}};
    for (const auto &[label, table] : tables)
        out << CacheText::tr("%1: %2").arg(
                   label, vi.toString(scalar(u"SELECT count(*) FROM "_s + table).toLongLong()))
            << Qt::endl;
    out << CacheText::tr("Số liệu cũ nhất: %1")
               .arg(when(scalar(u"SELECT MIN(time) FROM observations"_s)))
        << Qt::endl;
    out << CacheText::tr("Số liệu mới nhất: %1")
               .arg(when(scalar(u"SELECT MAX(time) FROM observations"_s)))
        << Qt::endl;
    for (const SourceHealth &h : reader.health()) {
        const QString state =
            h.ok() ? CacheText::tr("tốt") : CacheText::tr("lỗi: %1").arg(h.lastError);
        out << CacheText::tr("Nguồn %1: lần thành công cuối %2; %3")
                   .arg(h.source,
                        h.lastSuccess.isValid() ? when(h.lastSuccess.toSecsSinceEpoch())
                                                : CacheText::tr("chưa có"),
                        state)
            << Qt::endl;
    }
    return 0;
}

int vacuum(QSqlDatabase &db, const QString &path, QTextStream &out, QTextStream &err)
{
    const qint64 before = fileBytes(path);
    const MaintenanceReport report =
        runMaintenance(db, RetentionPolicy{}, QDateTime::currentDateTimeUtc());
    if (!report.error.isEmpty()) {
        err << report.error << Qt::endl;
        return 1;
    }
    QSqlQuery q(db);
    if (!q.exec(u"VACUUM"_s) || !q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        err << CacheText::tr("không thu gọn được bộ nhớ đệm (có thể tường đang ghi): %1")
                   .arg(q.lastError().text())
            << Qt::endl;
        return 1;
    }
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    out << CacheText::tr("Đã gộp %1 số liệu thô, xoá %2 bản sửa cũ; dung lượng %3 MB → %4 MB")
               .arg(vi.toString(report.rolledUp), vi.toString(report.revisionsPruned),
                    vi.toString(double(before) / 1e6, 'f', 2),
                    vi.toString(double(fileBytes(path)) / 1e6, 'f', 2))
        << Qt::endl;
    return 0;
}

int exportCsv(QSqlDatabase &db, const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    const QTimeZone zone(7 * 3600);
    const QString fromText = p.value(u"from"_s);
    const QString toText = p.value(u"to"_s);
    const auto from = values::parseTime(QStringView(fromText), zone);
    const auto to = values::parseTime(QStringView(toText), zone);
    if (p.value(u"indicator"_s).isEmpty() || !from || !to) {
        err << CacheText::tr("cần --indicator ID --from NGÀY --to NGÀY (ngày dạng 2026-11-01 hoặc "
                             "01/11/2026)")
            << Qt::endl;
        return 2;
    }
    QString sql = u"SELECT indicator, area, time, value, source, fetched_at FROM observations"
                  " WHERE indicator = :indicator AND time >= :from AND time < :to"_s;
    if (p.isSet(u"area"_s))
        sql += u" AND area = :area"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql + u" ORDER BY area, time"_s);
    q.bindValue(u":indicator"_s, p.value(u"indicator"_s));
    q.bindValue(u":from"_s, from->toSecsSinceEpoch());
    // A date alone means the whole of that day.
    const bool dateOnly = toText.size() <= 10;
    q.bindValue(u":to"_s, (dateOnly ? to->addDays(1) : *to).toSecsSinceEpoch());
    if (p.isSet(u"area"_s))
        q.bindValue(u":area"_s, p.value(u"area"_s));
    if (!q.exec()) {
        err << q.lastError().text() << Qt::endl;
        return 1;
    }
    out << (p.isSet(u"vi-headers"_s)
                ? u"Chỉ tiêu,Địa bàn,Thời gian,Giá trị,Nguồn,Thời điểm lấy"_s /* the option asks for
                                                                                 Vietnamese,
                                                                                 whatever the UI
                                                                                 language */
                : u"indicator,area,time,value,source,fetched_at"_s)
        << '\n';
    qint64 rows = 0;
    while (q.next()) {
        const auto time = [&](int column) {
            return QDateTime::fromSecsSinceEpoch(q.value(column).toLongLong(), zone)
                .toString(Qt::ISODate);
        };
        out << csvField(q.value(0).toString()) << ',' << csvField(q.value(1).toString()) << ','
            << time(2) << ',' << QString::number(q.value(3).toDouble(), 'g', 15) << ','
            << csvField(q.value(4).toString()) << ',' << time(5) << '\n';
        ++rows;
    }
    out.flush();
    err << CacheText::tr("%1 dòng").arg(rows) << Qt::endl;
    return 0;
}

} // namespace

int runCache(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, u"stats | vacuum | export"_s);
    p.addOptions({{u"data-dir"_s, CacheText::tr("Thư mục chứa bộ nhớ đệm."), u"DIR"_s},
                  {u"indicator"_s, CacheText::tr("Mã chỉ tiêu cần xuất."), u"ID"_s},
                  {u"area"_s, CacheText::tr("Chỉ xuất địa bàn này."), u"AREA"_s},
                  {u"from"_s, CacheText::tr("Từ ngày."), u"DATE"_s},
                  {u"to"_s, CacheText::tr("Đến hết ngày."), u"DATE"_s},
                  {u"vi-headers"_s, CacheText::tr("Tên cột tiếng Việt.")}});
    if (!p.parse(QStringList{u"iocwall-cli cache"_s} + args) ||
        p.positionalArguments().size() != 1) {
        err << (p.errorText().isEmpty() ? CacheText::tr("cần một việc: stats, vacuum hoặc export")
                                        : p.errorText())
            << Qt::endl;
        return 2;
    }
    const QString action = p.positionalArguments().first();
    if (!QStringList{u"stats"_s, u"vacuum"_s, u"export"_s}.contains(action)) {
        err << CacheText::tr("việc không rõ: \"%1\"; cần stats, vacuum hoặc export").arg(action)
            << Qt::endl;
        return 2;
    }
    const QString path = defaultCachePath(p.value(u"data-dir"_s));
    if (!QFileInfo::exists(path)) {
        err << CacheText::tr("không có bộ nhớ đệm ở %1").arg(path) << Qt::endl;
        return 1;
    }
    const CacheDatabase::Prepared prepared = CacheDatabase::prepare(path);
    if (!prepared.notice.isEmpty())
        err << prepared.notice << Qt::endl;
    if (!prepared.ok) {
        err << prepared.error << Qt::endl;
        return 1;
    }
    int code = 0;
    {
        QString error;
        QSqlDatabase db = CacheDatabase::open(path, kConnection, &error);
        if (action == u"stats")
            code = stats(db, path, out);
        else if (action == u"vacuum")
            code = vacuum(db, path, out, err);
        else
            code = exportCsv(db, p, out, err);
    }
    CacheDatabase::close(kConnection);
    return code;
}

} // namespace iocwall::cli
