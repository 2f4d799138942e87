#include "cachefixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace iocwall::test {

CacheFixture::CacheFixture()
    : m_path(m_dir.filePath(u"cache.sqlite"_s))
    , m_readerName(u"fixture-reader-%1"_s.arg(quintptr(this), 0, 16))
{
    CacheDatabase::prepare(m_path);
    m_writer = std::make_unique<StoreWriter>(m_path);
    m_writer->open();
    QString error;
    m_reader = std::make_unique<StoreReader>(CacheDatabase::open(m_path, m_readerName, &error));
}

CacheFixture::~CacheFixture()
{
    m_reader.reset();
    CacheDatabase::close(m_readerName);
    m_writer.reset();
}

qint64 CacheFixture::scalar(const QString &sql) const
{
    QSqlQuery q(m_reader->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QDateTime CacheFixture::at(int day, int hour, int month, int year)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(7 * 3600)).toUTC();
}

RecordBatch CacheFixture::observations(const QString &indicator, Aggregation aggregation,
                                       const QList<std::tuple<QString, QDateTime, double>> &values,
                                       const QDateTime &fetchedAt)
{
    RecordBatch b;
    b.source = u"town"_s;
    b.fetchedAt = fetchedAt;
    IndicatorInfo info;
    info.code = indicator;
    info.name = indicator;
    info.aggregation = aggregation;
    b.indicators = {info};
    b.areas = {{u"long-hoa"_s, u"Phường Long Hoa"_s, u"phuong"_s, u"hoa-thanh"_s, 11.28, 106.13},
               {u"hiep-tan"_s, u"Phường Hiệp Tân"_s, u"phuong"_s, u"hoa-thanh"_s, 11.27, 106.14},
               {u"truong-tay"_s, u"Xã Trường Tây"_s, u"xa"_s, u"hoa-thanh"_s, 11.30, 106.10}};
    for (const auto &[area, time, value] : values)
        b.observations.append({indicator, area, time, value, {}, b.source});
    b.polledIndicators = {indicator};
    return b;
}

} // namespace iocwall::test
