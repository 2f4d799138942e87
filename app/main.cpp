// iocwall: the wall program. Only wiring: parse the command line, set up the
// language, hand over to WallApplication.
#include "app/wallapplication.h"
#include "runtime/options.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The language must be known before anything prints, so it is read first.
QString requestedLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u"--lang="_s))
            return arg.mid(7);
        if (arg == u"--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return u"vi"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"iocwall"_s);
    QApplication::setOrganizationName(u"iocwall"_s);
    QApplication::setApplicationVersion(QStringLiteral(IOCWALL_VERSION));

    // Vietnamese is the source language; English comes from a translation.
    QTranslator translator;
    const QString language = requestedLanguage(argc, argv);
    if (language == u"en" && translator.load(u":/i18n/iocwall_en.qm"_s))
        QApplication::installTranslator(&translator);
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    const iocwall::ParsedOptions parsed = iocwall::parseOptions(QApplication::arguments());
    switch (parsed.action) {
    case iocwall::ParsedOptions::Action::ShowVersion:
    case iocwall::ParsedOptions::Action::ShowHelp:
        QTextStream(stdout) << parsed.text << Qt::endl;
        return 0;
    case iocwall::ParsedOptions::Action::Error:
        QTextStream(stderr) << parsed.text << Qt::endl;
        return 2;
    case iocwall::ParsedOptions::Action::Run:
        break;
    }
    iocwall::WallApplication wall(parsed.options);
    if (const int code = wall.start(); code != 0)
        return code;
    return QApplication::exec();
}
