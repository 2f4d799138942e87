#include "probecommand.h"

#include "hub/connector.h"
#include "hub/connectors/jsonconnector.h"
#include "hub/guardednetwork.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iocwall::cli {

namespace {

struct ProbeCommand {
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

// A scalar in JSON notation (strings escaped, numbers as JSON writes them).
QString scalar(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString timeText(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return u.toString(u.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString line(const QList<std::pair<const char *, QJsonValue>> &fields)
{
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts.append(scalar(QString::fromLatin1(key)) + u':' + scalar(value));
    return u'{' + parts.join(u',') + u'}';
}

QJsonValue optionalTime(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(timeText(*t)) : QJsonValue();
}

QJsonValue optionalNumber(const std::optional<double> &d)
{
    return d ? QJsonValue(*d) : QJsonValue();
}

void print(const RecordBatch &batch, QTextStream &out)
{
    for (const Observation &o : batch.observations)
        out << observationLine(o) << '\n';
    for (const Report &r : batch.reports)
        out << reportLine(r) << '\n';
    out.flush();
}

struct Options {
    bool help = false;
    QString sourceFile;
    QString payloadFile;
    int request = 0;
    QHash<QString, QString> variables; // {name} in base_url
    SecretStore secrets;
};

// NAME=VALUE, or nullopt.
std::optional<std::pair<QString, QString>> assignment(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return std::nullopt;
    return std::make_pair(text.left(eq), text.mid(eq + 1));
}

std::optional<Options> parse(const QStringList &args, QTextStream &err)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--help" || a == u"-h") {
            o.help = true;
            return o;
        } else if (a == u"--file" && hasValue) {
            o.payloadFile = args.at(++i);
        } else if (a == u"--request" && hasValue) {
            bool ok = false;
            o.request = args.at(++i).toInt(&ok);
            if (!ok || o.request < 0) {
                err << ProbeCommand::tr("--request cần số thứ tự yêu cầu (từ 0)") << Qt::endl;
                return std::nullopt;
            }
        } else if ((a == u"--var" || a == u"--secret") && hasValue) {
            const auto kv = assignment(args.at(++i));
            if (!kv) {
                err << ProbeCommand::tr("%1 cần dạng TÊN=GIÁ_TRỊ").arg(a) << Qt::endl;
                return std::nullopt;
            }
            if (a == u"--var")
                o.variables.insert(kv->first, kv->second);
            else
                o.secrets.set(kv->first, kv->second);
        } else if (!a.startsWith(u"--") && o.sourceFile.isEmpty()) {
            o.sourceFile = a;
        } else {
            err << ProbeCommand::tr("tham số không rõ hoặc thiếu giá trị: \"%1\"").arg(a)
                << Qt::endl;
            return std::nullopt;
        }
    }
    if (o.sourceFile.isEmpty()) {
        err << ProbeCommand::tr("cần tệp nguồn: iocwall-cli probe SOURCE.json [--file PAYLOAD]")
            << Qt::endl;
        return std::nullopt;
    }
    return o;
}

void printHelp(QTextStream &out)
{
    out << ProbeCommand::tr(
               "Cách dùng: iocwall-cli probe SOURCE.json [--file PAYLOAD] [--request N]\n"
               "                         [--var TÊN=GIÁ_TRỊ] [--secret TÊN=GIÁ_TRỊ]\n"
               "Lấy dữ liệu một lần từ nguồn; mỗi bản ghi in ra một dòng JSON.\n"
               "  --file PAYLOAD  đọc một câu trả lời đã lưu của API, không dùng mạng. Với nguồn "
               "mà mỗi lần lấy gửi nhiều yêu cầu (phân trang, liên kết trang sau, $expand, danh "
               "mục trước), tệp chỉ là một câu trả lời: một trang (xem docs/connectors.md).\n"
               "  --request N     nguồn json: câu trả lời của yêu cầu thứ N trong "
               "settings.requests (từ 0).\n"
               "  --var TÊN=GIÁ_TRỊ     thay {TÊN} trong base_url.\n"
               "  --secret TÊN=GIÁ_TRỊ  bí mật cho thử nghiệm (hiện trong ps; nên dùng biến môi "
               "trường IOCWALL_SECRET_TÊN).\n"
               "Mã thoát: 0 thành công, 1 lấy hoặc đọc thất bại, 2 sai lệnh hoặc tệp nguồn.")
        << Qt::endl;
}

// The source's connector, or nullptr after saying which types there are.
std::unique_ptr<Connector> makeConnector(const SourceConfig &config, const SecretStore &secrets,
                                         QTextStream &err)
{
    const ConnectorRegistry registry = ConnectorRegistry::builtin();
    std::unique_ptr<Connector> connector = registry.create(config, secrets);
    if (!connector)
        err << ProbeCommand::tr("loại nguồn \"%1\" không có; các loại có: %2")
                   .arg(config.type, registry.types().join(u", "_s))
            << Qt::endl;
    return connector;
}

void printSummary(const RecordBatch &batch, QTextStream &err)
{
    err << ProbeCommand::tr("%1 quan trắc, %2 phản ánh")
               .arg(batch.observations.size())
               .arg(batch.reports.size())
        << Qt::endl;
    if (!batch.indicators.isEmpty() || !batch.areas.isEmpty())
        err << ProbeCommand::tr("%1 chỉ tiêu trong danh mục, %2 địa bàn")
                   .arg(batch.indicators.size())
                   .arg(batch.areas.size())
            << Qt::endl;
}

// --file: the connector's mapping on a saved payload, no network.
int mapFile(const SourceConfig &config, const Options &o, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Connector> connector = makeConnector(config, o.secrets, err);
    if (!connector)
        return 2;
    QFile file(o.payloadFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << ProbeCommand::tr("không mở được %1: %2").arg(o.payloadFile, file.errorString())
            << Qt::endl;
        return 2;
    }
    const PayloadMapping mapped = connector->mapPayload(file.readAll(), {o.request});
    if (!mapped.batch) {
        err << (mapped.settingsProblem ? config.fileName : o.payloadFile) << ": " << mapped.error
            << Qt::endl;
        return mapped.settingsProblem ? 2 : 1;
    }
    print(*mapped.batch, out);
    printSummary(*mapped.batch, err);
    for (const QString &warning : mapped.warnings)
        err << o.payloadFile << ": " << warning << Qt::endl;
    return 0;
}

int pollOnce(const SourceConfig &config, Options &o, QTextStream &out, QTextStream &err)
{
    if (!config.secretName.isEmpty() && !o.secrets.value(config.secretName) &&
        SecretStore::keychainSupported())
        o.secrets.loadFromKeychain({config.secretName});
    const std::unique_ptr<Connector> connector = makeConnector(config, o.secrets, err);
    if (!connector)
        return 2;
    GuardedNetwork network;
    QEventLoop loop;
    int code = 1;
    QObject::connect(connector.get(), &Connector::finished, &loop, [&](const RecordBatch &batch) {
        print(batch, out);
        printSummary(batch, err);
        code = 0;
        // A warning() may follow in the same turn of the event loop.
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    QObject::connect(connector.get(), &Connector::failed, &loop, [&](const QString &error) {
        err << error << Qt::endl;
        code = 1;
        loop.quit();
    });
    if (auto *json = qobject_cast<JsonConnector *>(connector.get()))
        QObject::connect(json, &JsonConnector::warning, &loop,
                         [&](const QString &warning) { err << warning << Qt::endl; });
    // start() may fail at once (a missing secret): run it inside the loop so
    // that quit() finds the loop running.
    QTimer::singleShot(0, connector.get(), [&] { connector->start(network); });
    loop.exec();
    return code;
}

} // namespace

QString observationLine(const Observation &o)
{
    return line({{"kind", u"observation"_s},
                 {"indicator", o.indicator},
                 {"area", o.area},
                 {"time", timeText(o.time)},
                 {"value", o.value},
                 {"unit", o.unit},
                 {"source", o.source}});
}

QString reportLine(const Report &r)
{
    return line({{"kind", u"report"_s},
                 {"id", r.id},
                 {"category", r.category},
                 {"status", r.status},
                 {"time", timeText(r.created)},
                 {"lat", optionalNumber(r.lat)},
                 {"lon", optionalNumber(r.lon)},
                 {"title", r.title},
                 {"area", r.area},
                 {"created", timeText(r.created)},
                 {"updated", optionalTime(r.updated)},
                 {"deadline", optionalTime(r.deadline)},
                 {"address", r.address},
                 {"agency", r.agency},
                 {"source", r.source}});
}

int runProbe(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto options = parse(args, err);
    if (!options)
        return 2;
    if (options->help) {
        printHelp(out);
        return 0;
    }
    ConfigIssues issues(options->sourceFile);
    const auto config = readSourceConfig(options->sourceFile, issues, options->variables);
    if (!config) {
        err << issues.summary() << Qt::endl;
        return 2;
    }
    if (!options->payloadFile.isEmpty())
        return mapFile(*config, *options, out, err);
    return pollOnce(*config, *options, out, err);
}

} // namespace iocwall::cli
