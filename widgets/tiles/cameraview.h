#pragma once

#include "camera/camerainfo.h"
#include "video/camerastream.h"

#include <QObject>
#include <QRectF>

class QPainter;

namespace iocwall {

class Formatter;
struct Theme;

// One camera's picture inside a tile: owns the camera's stream and paints its
// latest frame (aspect kept, letterboxed) with the name, a live dot, the
// state over the last frame and, on demand, resolution and fps. Not an item:
// camera tiles lay several of these out. Threading: GUI thread only.
class CameraView : public QObject {
    Q_OBJECT
public:
    struct Look {
        bool selected = false;
        bool showStats = false;
        bool showDiagnostics = false;
        // The viewport of the view whose window this paint goes into; null
        // for a screenshot or a grab. What is painted there stays there.
        const QWidget *intoWindow = nullptr;
    };

    // `camera` null: the id is not in the registry, and the view says so.
    CameraView(const QString &cameraId, const CameraInfo *camera, StreamBudget *budget,
               StreamOptions options, QObject *parent = nullptr);

    const QString &cameraId() const { return m_cameraId; }
    bool isKnown() const { return m_stream != nullptr; }
    CameraStream *stream() const { return m_stream; }
    QString name() const;

    // Large (enlarged to a screen): the main stream; small: the sub stream.
    void setLarge(bool large);
    bool isLarge() const { return m_large; }
    void setPlaying(bool playing);

    void paint(QPainter *painter, const QRectF &rect, const Theme &theme, const Formatter &format,
               const Look &look);
    // Frames painted that were new since the previous paint (benchmarks, tests).
    quint64 framesShown() const { return m_framesShown; }
    // Pictures converted straight into the surface painted on (tests).
    quint64 picturesWritten() const { return m_picturesWritten; }
    // The state line drawn over the picture; empty while it plays.
    QString stateText(const Formatter &format) const;
    QString statsText(const Formatter &format) const; // "640×360 · 25,0 hình/giây"

    // Device pixels of the last paints into `viewport`'s window
    // (Look::intoWindow) that a new picture leaves as they are, the opaque
    // plates over it, while its cell is still at `cell` (device pixels) there.
    QRegion pixelsKeptForNewPictures(const QWidget *viewport, const QRect &cell) const;

Q_SIGNALS:
    // Anything in the cell may have changed (the stream's state): repaint all of it.
    void changed();
    // Only a new picture: the plates over it stay (pixelsKeptForNewPictures).
    void pictureChanged();

private:
    // `picture` scaled into `target`, or put on whole pixels when it is
    // already that size on the device (converted straight into the surface
    // when it can be; `clippedOutside`: the painter was clipped before the cell).
    // Returns whether it was written straight into the surface. Device
    // pixels `covered` (opaque plates painted next) need not be written.
    static bool drawPicture(QPainter *painter, const QRectF &target, const VideoPicture &picture,
                            bool clippedOutside, const QRegion &covered);
    // After a paint with the band's `plates` (none: not over a playing
    // picture): which plates the window now holds.
    void keepPlates(QPainter *painter, const QRectF &rect, const QRegion &plates, bool bandRedrawn,
                    const Look &look);
    // The name and live plates over a playing picture in the cell `rect`,
    // drawn into m_band when they change; their device pixels in the band
    // painted at m_bandAt.
    QRegion bandPlates(QPainter *painter, const QRectF &rect, const Theme &theme);
    // The camera's name, top left, and while `live` the red "TRỰC TIẾP" mark, top right.
    // Returns the plates' rectangles.
    QList<QRectF> paintTopPlates(QPainter *painter, const QRectF &rect, const Theme &theme,
                                 bool live) const;

    QString m_cameraId;
    std::optional<CameraInfo> m_camera;
    CameraStream *m_stream = nullptr;
    bool m_large = false;
    quint64 m_framesShown = 0;
    quint64 m_picturesWritten = 0;
    quint64 m_lastPaintedKey = 0;
    // The name and live plates over a playing picture, drawn once (see paint()).
    struct BandKey {
        QString name;
        QSize pixels;
        double scale = 0.0;
        bool operator==(const BandKey &) const = default;
    };
    QImage m_band;
    QList<QRect> m_bandParts;          // the plates within m_band
    QPoint m_bandAt;                   // where m_band's top-left goes, device pixels
    bool m_bandRedrawn = false;        // m_band was drawn again in this paint
    QRegion m_keptPlates;              // see pixelsKeptForNewPictures()
    QRect m_keptCell;                  // the cell's device pixels when they were kept
    const QWidget *m_keptIn = nullptr; // the viewport whose window keeps them
    BandKey m_bandKey;
    // The height of a line of the plates' bold text at m_lineScale.
    double lineHeight(const Theme &theme, double scale);
    double m_lineTextPx = 0.0;
    double m_lineScale = 0.0;
    double m_lineHeight = 0.0;
};

} // namespace iocwall
