// A process that writes batches into a cache file as fast as it can and says
// "committed N" after each commit: the crash-safety test kills it with SIGKILL
// at random moments and checks what survived.
#include "store/cachedatabase.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: iocwall-test-cachewriter CACHE FIRST_BATCH" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    const int first = args.at(2).toInt();
    if (!iocwall::CacheDatabase::prepare(path).ok)
        return 1;
    iocwall::StoreWriter writer(path);
    writer.open();
    QTextStream out(stdout);
    int committed = 0;
    QObject::connect(&writer, &iocwall::StoreWriter::committed, &writer,
                     [&](const QString &, const QStringList &, qsizetype) {
                         out << "committed " << committed << Qt::endl;
                     });
    for (int batch = first;; ++batch) {
        iocwall::RecordBatch b;
        b.source = u"kill-test"_s;
        b.fetchedAt = QDateTime::currentDateTimeUtc();
        for (int k = 0; k < 1000; ++k)
            b.observations.append({u"t.kill"_s,
                                   u"a"_s,
                                   QDateTime::fromSecsSinceEpoch(qint64(batch) * 1000 + k, Qt::UTC),
                                   double(batch),
                                   {},
                                   b.source});
        committed = batch;
        writer.write(b);
    }
}
