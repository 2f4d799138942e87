#include "healthcommand.h"

#include "runtime/vnformat.h"
#include "runtime/wallruntime.h"
#include "store/cachedatabase.h"
#include "store/storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iocwall::cli {

namespace {

struct HealthText {
    Q_DECLARE_TR_FUNCTIONS(HealthText)
};

const QString kConnection = u"iocwall-cli-health"_s;

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject toJson(const SourceHealth &h)
{
    return {{u"source"_s, h.source},
            {u"name"_s, h.name},
            {u"ok"_s, h.ok()},
            {u"last_attempt"_s, isoOrNull(h.lastAttempt)},
            {u"last_success"_s, isoOrNull(h.lastSuccess)},
            {u"last_error_at"_s, isoOrNull(h.lastErrorAt)},
            {u"last_error"_s, h.lastError.isEmpty() ? QJsonValue() : QJsonValue(h.lastError)},
            {u"latency_ms"_s, h.latencyMs >= 0 ? QJsonValue(h.latencyMs) : QJsonValue()},
            {u"records"_s, qint64(h.records)},
            {u"next_poll"_s, isoOrNull(h.nextPoll)},
            {u"skipped_records"_s, qint64(h.skippedRecords)},
            {u"skipped_reason"_s,
             h.skippedReason.isEmpty() ? QJsonValue() : QJsonValue(h.skippedReason)}};
}

void printHuman(const SourceHealth &h, const Formatter &f, QTextStream &out)
{
    const auto when = [&f](const QDateTime &t) {
        return t.isValid() ? f.dateTime(t) : HealthText::tr("chưa có");
    };
    const QString status = !h.ok()       ? HealthText::tr("[LỖI]")
                           : h.partial() ? HealthText::tr("[tốt, có cảnh báo]")
                                         : HealthText::tr("[tốt]");
    out << status << ' ' << h.name << " (" << h.source << ")\n";
    out << "  " << HealthText::tr("Lần thành công gần nhất: %1").arg(when(h.lastSuccess)) << '\n';
    if (h.lastErrorAt.isValid())
        out << "  " << HealthText::tr("Lỗi gần nhất (%1): %2").arg(when(h.lastErrorAt), h.lastError)
            << '\n';
    if (h.latencyMs >= 0)
        out << "  " << HealthText::tr("Thời gian trả lời: %1 ms").arg(f.number(h.latencyMs, 0))
            << '\n';
    out << "  " << HealthText::tr("Bản ghi trong lần lấy gần nhất: %1").arg(f.number(h.records, 0))
        << '\n';
    if (h.skippedRecords > 0)
        out << "  "
            << HealthText::tr("Bỏ qua %1 bản ghi không đọc được; đầu tiên: %2")
                   .arg(f.number(h.skippedRecords, 0), h.skippedReason)
            << '\n';
    out << "  " << HealthText::tr("Lần lấy tiếp theo: %1").arg(when(h.nextPoll)) << '\n';
}

} // namespace

int runHealth(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"data-dir"_s, HealthText::tr("Thư mục dữ liệu chứa cache.sqlite."), u"DIR"_s},
         {u"json"_s, HealthText::tr("Mỗi nguồn một dòng JSON, cho máy đọc.")}});
    if (!parser.parse(QStringList{u"iocwall-cli health"_s} + args) ||
        !parser.positionalArguments().isEmpty()) {
        err << (parser.errorText().isEmpty() ? HealthText::tr("không hiểu \"%1\"")
                                                   .arg(parser.positionalArguments().join(u' '))
                                             : parser.errorText())
            << Qt::endl
            << HealthText::tr("Cách dùng: iocwall-cli health [--data-dir DIR] [--json]")
            << Qt::endl;
        return 2;
    }
    const QString path = defaultCachePath(parser.value(u"data-dir"_s));
    if (!QFileInfo(path).isFile()) {
        // Opening would create an empty file: say there is none instead.
        err << HealthText::tr("không có bộ nhớ đệm ở %1 (tường chưa chạy lần nào, hoặc cần "
                              "--data-dir)")
                   .arg(path)
            << Qt::endl;
        return 2;
    }
    QList<SourceHealth> health;
    QString error;
    {
        StoreReader reader(CacheDatabase::open(path, kConnection, &error));
        if (error.isEmpty()) {
            health = reader.health();
            error = reader.lastError();
        }
    }
    CacheDatabase::close(kConnection);
    if (!error.isEmpty()) {
        err << HealthText::tr("không đọc được bảng tình trạng nguồn trong %1: %2").arg(path, error)
            << Qt::endl;
        return 2;
    }
    bool allOk = true;
    const Formatter format;
    for (const SourceHealth &h : std::as_const(health)) {
        allOk = allOk && h.ok();
        if (parser.isSet(u"json"_s))
            out << QJsonDocument(toJson(h)).toJson(QJsonDocument::Compact) << '\n';
        else
            printHuman(h, format, out);
    }
    if (health.isEmpty() && !parser.isSet(u"json"_s))
        out << HealthText::tr("Chưa có nguồn dữ liệu nào được ghi nhận.") << '\n';
    out.flush();
    return allOk ? 0 : 1;
}

} // namespace iocwall::cli
