#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
struct OptionsText {
    Q_DECLARE_TR_FUNCTIONS(OptionsText)
};
} // namespace

ParsedOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsText::tr(
        "Màn hình tường của Trung tâm điều hành thông minh (IOC) thị xã Hòa Thành."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, OptionsText::tr("Chạy với bộ mô phỏng IOC tích hợp và dữ liệu mẫu."));
    const QCommandLineOption config(
        u"config"_s, OptionsText::tr("Thư mục cấu hình (wall.json, scenes/, sources/)."),
        OptionsText::tr("THƯ_MỤC"));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     OptionsText::tr("Thư mục chứa bộ nhớ đệm SQLite."),
                                     OptionsText::tr("THƯ_MỤC"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        OptionsText::tr(
            "Vẽ toàn bộ tường ở độ phân giải đầy đủ khi dữ liệu đã tải, lưu PNG rồi thoát."),
        OptionsText::tr("TỆP.png"));
    const QCommandLineOption scene(u"scene"_s, OptionsText::tr("Cảnh hiển thị đầu tiên."),
                                   OptionsText::tr("TÊN"));
    const QCommandLineOption lang(u"lang"_s,
                                  OptionsText::tr("Ngôn ngữ giao diện: vi (mặc định) hoặc en."),
                                  u"vi|en"_s, u"vi"_s);
    const QCommandLineOption preview(u"preview"_s,
                                     OptionsText::tr("Hiện cả tường thu nhỏ trong một cửa sổ."));
    const QCommandLineOption wait(u"screenshot-timeout"_s,
                                  OptionsText::tr("Số giây tối đa chờ dữ liệu trước khi chụp."),
                                  OptionsText::tr("GIÂY"), u"60"_s);
    const QCommandLineOption report(
        u"screenshot-report"_s,
        OptionsText::tr("Cùng với --screenshot: ghi trạng thái từng ô (có dữ liệu, chưa có, lỗi) "
                        "ra tệp JSON."),
        OptionsText::tr("TỆP.json"));
    parser.addOptions({demo, config, dataDir, screenshot, report, scene, lang, preview, wait});

    ParsedOptions out;
    if (!parser.parse(arguments)) {
        out.action = ParsedOptions::Action::Error;
        out.text = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        out.action = ParsedOptions::Action::ShowHelp;
        out.text = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.action = ParsedOptions::Action::ShowVersion;
        out.text = u"iocwall " IOCWALL_VERSION ""_s;
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.action = ParsedOptions::Action::Error;
        out.text =
            OptionsText::tr("tham số không rõ: %1").arg(parser.positionalArguments().join(u' '));
        return out;
    }
    AppOptions &o = out.options;
    o.demo = parser.isSet(demo);
    o.configDir = parser.value(config);
    o.dataDir = parser.value(dataDir);
    o.screenshotFile = parser.value(screenshot);
    o.screenshotReport = parser.value(report);
    o.scene = parser.value(scene);
    o.language = parser.value(lang);
    o.preview = parser.isSet(preview);
    bool ok = false;
    o.screenshotTimeoutS = parser.value(wait).toInt(&ok);
    if (!QStringList{u"vi"_s, u"en"_s}.contains(o.language)) {
        out.action = ParsedOptions::Action::Error;
        out.text = OptionsText::tr("--lang cần vi hoặc en, nhưng có \"%1\"").arg(o.language);
    } else if (!o.screenshotReport.isEmpty() && o.screenshotFile.isEmpty()) {
        out.action = ParsedOptions::Action::Error;
        out.text = OptionsText::tr("--screenshot-report chỉ dùng cùng --screenshot");
    } else if (!ok || o.screenshotTimeoutS < 1) {
        out.action = ParsedOptions::Action::Error;
        out.text = OptionsText::tr("--screenshot-timeout cần một số giây dương");
    }
    return out;
}

} // namespace iocwall
