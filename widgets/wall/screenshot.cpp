#include "screenshot.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

namespace iocwall {

QImage renderWall(QGraphicsScene &scene, const WallGeometry &wall)
{
    // Charts lay themselves out on a posted event: run those layouts first, or
    // a tile that got its data a moment ago would render empty.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image(wall.wallPixelSize(), QImage::Format_RGB32);
    image.fill(scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < wall.screenCount(); ++i) {
        const QRect source = wall.screenRect(i);
        const QRect target((i % wall.columns) * wall.screenWidthPx,
                           (i / wall.columns) * wall.screenHeightPx, wall.screenWidthPx,
                           wall.screenHeightPx);
        scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    }
    return image;
}

} // namespace iocwall
