// iocwall-camsim: demo cameras for the wall, its tests and development. Serves
// test streams on 127.0.0.1 (RTSP, MJPEG, HLS); data/demo/README.md documents it.

#include "camsim/camstreamserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct CamsimText {
    Q_DECLARE_TR_FUNCTIONS(CamsimText)
};

std::optional<quint16> readPort(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const uint port = parser.value(name).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

int signalPipe[2] = {-1, -1};

// SIGTERM and Ctrl+C end the event loop, so the server stops cleanly (clients
// closed, HLS folders removed). Only write() is safe in a signal handler: the
// loop learns of the signal from the pipe.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iocwall-camsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IOCWALL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(CamsimText::tr(
        "Camera mô phỏng: luồng thử RTSP, MJPEG và HLS trên 127.0.0.1 cho bức tường màn hình."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"rtsp-port"_s, CamsimText::tr("Cổng RTSP (0: cổng trống bất kỳ)."), u"N"_s, u"8554"_s},
        {u"http-port"_s, CamsimText::tr("Cổng HTTP cho MJPEG và HLS (0: cổng trống bất kỳ)."),
         u"M"_s, u"8555"_s},
        {u"cameras"_s,
         CamsimText::tr("Danh sách camera (cameras.json; mặc định: camera của bản demo)."),
         u"FILE"_s},
        {u"count"_s, CamsimText::tr("Thay cho --cameras: K camera cam-1 … cam-K."), u"K"_s},
    });
    parser.process(app);

    QTextStream err(stderr);
    const auto rtspPort = readPort(parser, u"rtsp-port"_s);
    const auto httpPort = readPort(parser, u"http-port"_s);
    if (!rtspPort || !httpPort) {
        err << CamsimText::tr("--rtsp-port và --http-port cần một số từ 0 đến 65535") << Qt::endl;
        return 2;
    }
    iocwall::CamStreamServer::Options options{*rtspPort, *httpPort, {}};
    if (parser.isSet(u"count"_s)) {
        bool ok = false;
        const int count = parser.value(u"count"_s).toInt(&ok);
        if (!ok || count < 1 || count > 64) {
            err << CamsimText::tr("--count cần một số từ 1 đến 64") << Qt::endl;
            return 2;
        }
        options.cameras = iocwall::generatedSimCameras(count);
    } else {
        QString why;
        options.cameras = iocwall::readSimCameras(
            parser.isSet(u"cameras"_s) ? parser.value(u"cameras"_s) : u":/data/demo/cameras.json"_s,
            &why);
        if (options.cameras.isEmpty()) {
            err << why << Qt::endl;
            return 2;
        }
    }

    iocwall::CamStreamServer server(options);
    QString why;
    if (!server.start(&why)) {
        err << why << Qt::endl;
        return 1;
    }
    // Not translated: scripts and tests read these lines.
    using Stream = iocwall::CamStreamServer::Stream;
    QTextStream out(stdout);
    for (const iocwall::SimCamera &camera : server.cameras()) {
        const QJsonObject line{
            {u"id"_s, camera.id},
            {u"name"_s, camera.name},
            {u"rtsp_main"_s, server.url(camera.id, Stream::RtspMain).toString()},
            {u"rtsp_sub"_s, server.url(camera.id, Stream::RtspSub).toString()},
            {u"mjpeg"_s, server.url(camera.id, Stream::Mjpeg).toString()},
            {u"snapshot"_s, server.url(camera.id, Stream::Snapshot).toString()},
            {u"hls"_s, server.url(camera.id, Stream::Hls).toString()},
        };
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    out << "ready" << Qt::endl;
    quitOnSignals(app);
    return QCoreApplication::exec();
}
