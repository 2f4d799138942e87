// iocwall-cli: the technicians' command line. Links the core only (no GUI).
#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iocwall"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IOCWALL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == u"--version") {
        out << "iocwall-cli " IOCWALL_VERSION << Qt::endl;
        return 0;
    }
    for (const iocwall::cli::Command &c : iocwall::cli::commands())
        if (verb == QLatin1StringView(c.name))
            return c.run(args, out, err);
    const bool help = verb == u"--help" || verb == u"-h";
    QTextStream &to = help ? out : err;
    if (!help)
        to << QCoreApplication::translate("iocwall-cli", "lệnh không rõ: \"%1\"").arg(verb) << Qt::endl;
    to << QCoreApplication::translate("iocwall-cli", "Cách dùng:") << Qt::endl;
    for (const iocwall::cli::Command &c : iocwall::cli::commands())
        to << "  iocwall-cli " << c.usage << Qt::endl;
    return help ? 0 : 2;
}
