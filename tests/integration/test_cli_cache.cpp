#include "support/cachefixture.h"
#include "support/testutil.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace iocwall::test;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(binaryDir() + u"/app/iocwall-cli"_s, args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(CliCache, StatsExportAndVacuum)
{
    CacheFixture cache;
    cache.writer().write(CacheFixture::observations(u"dvc.received"_s, Aggregation::Sum,
                                                    {{u"long-hoa"_s, CacheFixture::at(20), 5},
                                                     {u"long-hoa"_s, CacheFixture::at(21), 7.5},
                                                     {u"hiep-tan"_s, CacheFixture::at(21), 3},
                                                     {u"hiep-tan"_s, CacheFixture::at(23), 4}},
                                                    CacheFixture::at(23, 9)));
    const QString dataDir = QFileInfo(cache.path()).absolutePath();

    const CliRun stats = cli({u"cache"_s, u"stats"_s, u"--data-dir"_s, dataDir});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(u"Số liệu: 4"_s)) << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(u"Địa bàn: 3"_s)) << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(u"Số liệu mới nhất: 00:00 23/11/2026"_s))
        << stats.out.toStdString();

    const CliRun csv =
        cli({u"cache"_s, u"export"_s, u"--data-dir"_s, dataDir, u"--indicator"_s, u"dvc.received"_s,
             u"--area"_s, u"long-hoa"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"21/11/2026"_s});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << csv.out.toStdString();
    EXPECT_EQ(lines.at(0), u"indicator,area,time,value,source,fetched_at"_s);
    EXPECT_EQ(
        lines.at(2),
        u"dvc.received,long-hoa,2026-11-21T00:00:00+07:00,7.5,town,2026-11-23T09:00:00+07:00"_s);

    const CliRun vi =
        cli({u"cache"_s, u"export"_s, u"--data-dir"_s, dataDir, u"--indicator"_s, u"dvc.received"_s,
             u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--vi-headers"_s});
    ASSERT_EQ(vi.code, 0);
    EXPECT_TRUE(vi.out.startsWith(u"Chỉ tiêu,Địa bàn,Thời gian,Giá trị"_s)) << vi.out.toStdString();
    EXPECT_EQ(vi.out.split(u'\n', Qt::SkipEmptyParts).size(), 5);

    const CliRun vacuum = cli({u"cache"_s, u"vacuum"_s, u"--data-dir"_s, dataDir});
    EXPECT_EQ(vacuum.code, 0) << vacuum.err.toStdString();
    EXPECT_TRUE(vacuum.out.contains(u"MB"_s));
}

TEST(CliCache, ClearErrors)
{
    QTemporaryDir empty;
    const CliRun missing = cli({u"cache"_s, u"stats"_s, u"--data-dir"_s, empty.path()});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"không có bộ nhớ đệm ở "_s + empty.path()))
        << missing.err.toStdString();
    const CliRun badAction = cli({u"cache"_s, u"shrink"_s});
    EXPECT_EQ(badAction.code, 2);
    EXPECT_TRUE(badAction.err.contains(u"stats, vacuum hoặc export"_s));
    CacheFixture cache;
    const CliRun noIndicator =
        cli({u"cache"_s, u"export"_s, u"--data-dir"_s, QFileInfo(cache.path()).absolutePath()});
    EXPECT_EQ(noIndicator.code, 2);
    EXPECT_TRUE(noIndicator.err.contains(u"--indicator"_s));
}
