#include "tilefixtures.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace iocwall::test {

TileContext TileEnvironment::context() const
{
    TileContext c;
    c.theme = &theme;
    c.formatter = &formatter;
    c.staleAfterS = 300;
    c.expiredAfterS = 3600;
    return c;
}

IndicatorInfo indicator(const QString &code, const QString &unit, Thresholds thresholds,
                        std::optional<double> target)
{
    IndicatorInfo i;
    i.code = code;
    i.name = u"Chỉ tiêu thử nghiệm – Đường Điện Biên Phủ"_s;
    i.unit = unit;
    i.thresholds = thresholds;
    i.target = target;
    i.aggregation = Aggregation::Sum;
    return i;
}

static SourceHealth healthy()
{
    SourceHealth h;
    h.source = u"town"_s;
    h.name = u"IOC Hòa Thành"_s;
    h.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-60);
    return h;
}

TileData kpiData(const IndicatorInfo &info, double latest, std::optional<double> previous)
{
    TileData d;
    d.indicators.insert(info.code, info);
    d.latest = latest;
    d.previous = previous;
    d.latestTime = QDateTime::currentDateTimeUtc();
    d.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    d.sources = {healthy()};
    return d;
}

TileData seriesData(const IndicatorInfo &info, int lines, int points)
{
    TileData d;
    d.indicators.insert(info.code, info);
    const qint64 start = QDateTime::currentDateTimeUtc().addDays(-points).toMSecsSinceEpoch();
    for (int l = 0; l < lines; ++l) {
        TileSeries s;
        s.indicator = info.code;
        s.area = u"area-%1"_s.arg(l);
        s.label = u"Phường %1"_s.arg(l + 1);
        for (int p = 0; p < points; ++p)
            s.points.append(
                QPointF(double(start + qint64(p) * 86'400'000), 20.0 + 10 * l + (p % 7) * 3));
        d.series.append(s);
    }
    d.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    d.sources = {healthy()};
    return d;
}

QImage renderItem(QGraphicsItem &item)
{
    QGraphicsScene scene;
    scene.addItem(&item);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRectF rect = item.sceneBoundingRect();
    QImage image(rect.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::black);
    {
        QPainter p(&image);
        scene.render(&p, QRectF(QPointF(0, 0), rect.size()), rect);
    }
    scene.removeItem(&item);
    return image;
}

int pixelsDifferentFrom(const QImage &image, const QRect &rect, const QColor &background)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                    std::abs(c.blue() - background.blue()) >
                60)
                ++n;
        }
    return n;
}

int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour, int tolerance)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <=
                tolerance)
                ++n;
        }
    return n;
}

} // namespace iocwall::test
