#include "painttarget.h"

#include <QPaintEngine>
#include <QPainter>

namespace iocwall {

PaintTarget PaintTarget::of(QPainter *painter)
{
    PaintTarget target;
    QPaintEngine *engine = painter->paintEngine();
    if (!engine)
        return target;
    // The world transform undone, what is left is where the widget sits in
    // its window (the redirection of a widget repaint); anything more (a
    // device pixel ratio) and the pixels are not 1:1.
    const QTransform shift = painter->worldTransform().inverted() * painter->deviceTransform();
    if (shift.type() > QTransform::TxTranslate)
        return target;
    target.offset = QPoint(qRound(shift.dx()), qRound(shift.dy()));
    // A widget repaint sets the region it repaints as the engine's system
    // clip, in the device's pixels.
    target.repainted = engine->systemClip().translated(-target.offset);
    QPaintDevice *device = engine->paintDevice();
    if (device && device->devType() == QInternal::Image && engine->type() == QPaintEngine::Raster)
        target.image = static_cast<QImage *>(device);
    return target;
}

} // namespace iocwall
