// iocwall-sim: the built-in IOC simulator on its own, for demos, development
// and trying a connector config without a real IOC. data/demo/README.md
// documents the API it serves.

#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// Reads the options into `options`; on a bad value returns the message to print.
std::optional<QString> readOptions(const QCommandLineParser &parser,
                                   iocwall::SimServer::Options &options)
{
    bool ok = true;
    const uint port = parser.value(u"port"_s).toUInt(&ok);
    if (!ok || port > 65535)
        return QCoreApplication::translate("iocwall-sim", "--port cần một số từ 0 đến 65535");
    options.port = quint16(port);
    if (parser.isSet(u"seed"_s)) {
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("iocwall-sim", "--seed cần một số nguyên không âm");
    }
    if (parser.isSet(u"now"_s)) {
        options.fixedNow = iocwall::SimModel::parseTime(parser.value(u"now"_s));
        if (!options.fixedNow)
            return QCoreApplication::translate(
                "iocwall-sim", "--now cần một thời điểm ISO 8601, ví dụ 2026-11-25T08:30:00+07:00");
    }
    if (parser.isSet(u"data"_s))
        options.dataRoot = parser.value(u"data"_s);
    for (const auto &[option, scheme, target] :
         {std::tuple{u"camera-rtsp"_s, u"rtsp"_s, &options.cameraRtspBase},
          std::tuple{u"camera-http"_s, u"http"_s, &options.cameraHttpBase}}) {
        if (!parser.isSet(option))
            continue;
        const QUrl base(parser.value(option), QUrl::StrictMode);
        if (!base.isValid() || base.scheme() != scheme || base.host().isEmpty())
            return QCoreApplication::translate("iocwall-sim", "--%1 cần một địa chỉ %2://HOST:PORT")
                .arg(option, scheme);
        *target = parser.value(option);
        if (target->endsWith(u'/'))
            target->chop(1);
    }
    // Tokens from the environment keep them out of `ps` and shell history.
    const auto token = [&parser](const QString &option, const char *variable, QString &target) {
        if (parser.isSet(option))
            target = parser.value(option);
        else if (qEnvironmentVariableIsSet(variable))
            target = qEnvironmentVariable(variable);
    };
    token(u"province-token"_s, "IOCWALL_SIM_PROVINCE_TOKEN", options.provinceToken);
    token(u"town-token"_s, "IOCWALL_SIM_TOWN_TOKEN", options.townToken);
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iocwall-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IOCWALL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "iocwall-sim", "Bộ mô phỏng IOC: phục vụ API của IOC tỉnh và IOC thị xã từ dữ liệu mẫu."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s,
         QCoreApplication::translate("iocwall-sim",
                                     "Cổng lắng nghe trên 127.0.0.1 (0: cổng trống bất kỳ)."),
         u"N"_s, u"8787"_s},
        {u"seed"_s,
         QCoreApplication::translate("iocwall-sim",
                                     "Hạt giống của dữ liệu sinh ra (mặc định 2026)."),
         u"N"_s},
        {u"now"_s,
         QCoreApplication::translate("iocwall-sim", "Đóng băng đồng hồ ở thời điểm ISO 8601 này."),
         u"ISO"_s},
        {u"data"_s,
         QCoreApplication::translate("iocwall-sim",
                                     "Thư mục dữ liệu thay cho dữ liệu cài sẵn (:/data)."),
         u"DIR"_s},
        {u"province-token"_s,
         QCoreApplication::translate(
             "iocwall-sim",
             "Token của API tỉnh (hoặc biến môi trường IOCWALL_SIM_PROVINCE_TOKEN)."),
         u"T"_s},
        {u"town-token"_s,
         QCoreApplication::translate(
             "iocwall-sim", "Token của API thị xã (hoặc biến môi trường IOCWALL_SIM_TOWN_TOKEN)."),
         u"T"_s},
        {u"camera-rtsp"_s,
         QCoreApplication::translate(
             "iocwall-sim",
             "Máy chủ RTSP của danh sách camera (mặc định rtsp://127.0.0.1:8554, iocwall-camsim)."),
         u"URL"_s},
        {u"camera-http"_s,
         QCoreApplication::translate(
             "iocwall-sim",
             "Máy chủ HTTP (MJPEG, HLS) của danh sách camera (mặc định http://127.0.0.1:8555)."),
         u"URL"_s},
        {u"fault"_s,
         QCoreApplication::translate(
             "iocwall-sim",
             "Làm hỏng các đường dẫn bắt đầu bằng PREFIX theo kiểu KIND (lặp lại được), ví dụ "
             "/town/api/v1/areas=http:503. Kiểu: %1.")
             .arg(iocwall::SimFaults::kindNames()),
         u"PREFIX=KIND[:ARG]"_s},
    });
    parser.process(app);

    iocwall::SimServer::Options options;
    QTextStream err(stderr);
    if (const auto problem = readOptions(parser, options)) {
        err << *problem << Qt::endl;
        return 2;
    }
    iocwall::SimServer server(options);
    for (const QString &spec : parser.values(u"fault"_s)) {
        QString problem;
        const auto fault = iocwall::SimFaults::parse(spec.section(u'=', 1), &problem);
        if (!spec.contains(u'=') || !spec.startsWith(u'/') || !fault) {
            err << QCoreApplication::translate("iocwall-sim",
                                               "--fault cần PREFIX=KIND[:ARG], có \"%1\"%2")
                       .arg(spec, problem.isEmpty() ? QString() : u": "_s + problem)
                << Qt::endl;
            return 2;
        }
        server.setFault(spec.section(u'=', 0, 0), *fault);
    }
    QString why;
    if (!server.start(&why)) {
        err << why << Qt::endl;
        return 1;
    }
    // Not translated: scripts and tests read the port from this exact line.
    QTextStream(stdout) << "iocwall-sim listening on " << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
