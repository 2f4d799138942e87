#include "cameragridtile.h"

#include "video/snapshot.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {
CameraInfo::Kind kindOf(const QString &name)
{
    if (name == u"traffic")
        return CameraInfo::Kind::Traffic;
    if (name == u"public_order")
        return CameraInfo::Kind::PublicOrder;
    if (name == u"one_stop_desk")
        return CameraInfo::Kind::OneStopDesk;
    return CameraInfo::Kind::Other;
}
} // namespace

TileTypeSpec CameraGridTile::typeSpec()
{
    return builtinTileTypes().value(u"camera-grid"_s);
}

CameraGridTile::CameraGridTile(TileSpec spec, const TileContext &context, QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
{
    // Video changes many times a second: a cached picture of the tile would
    // be redrawn whole each time. Paint straight, only the exposed cells.
    setCacheMode(QGraphicsItem::NoCache);
    setFlag(ItemIsFocusable);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::LeftButton);
    const QString layout = this->spec().props.value(u"layout"_s, u"1x1"_s).toString();
    m_grid = std::clamp(layout.left(1).toInt(), 1, 4);
    m_showStats = this->spec().props.value(u"show_stats"_s, false).toBool();
    m_ids = resolveIds();
    m_tour.setInterval(std::max(3, this->spec().props.value(u"dwell_s"_s, 15).toInt()) * 1000);
    connect(&m_tour, &QTimer::timeout, this, &CameraGridTile::stepTour);
    showPage(0);
}

QStringList CameraGridTile::resolveIds() const
{
    const QVariantMap &props = spec().props;
    if (props.contains(u"camera"_s))
        return {props.value(u"camera"_s).toString().trimmed()};
    QStringList ids;
    for (const QString &id : props.value(u"cameras"_s).toString().split(u',', Qt::SkipEmptyParts))
        ids.append(id.trimmed());
    if (!ids.isEmpty() || !context().cameras)
        return ids;
    const QString kind = props.value(u"kind"_s, u"any"_s).toString();
    const QString area = props.value(u"area"_s).toString();
    for (const CameraInfo &c : context().cameras->cameras()) {
        if (kind != u"any" && c.kind != kindOf(kind))
            continue;
        if (!area.isEmpty() && c.area != area)
            continue;
        ids.append(c.id);
    }
    return ids;
}

StreamOptions CameraGridTile::streamOptions() const
{
    StreamOptions o;
    o.stallTimeoutS = spec().props.value(u"stall_timeout_s"_s, 5).toInt();
    const QString transport = spec().props.value(u"rtsp_transport"_s, u"auto"_s).toString();
    o.rtspTransport = transport == u"tcp"   ? StreamOptions::RtspTransport::Tcp
                      : transport == u"udp" ? StreamOptions::RtspTransport::Udp
                                            : StreamOptions::RtspTransport::Auto;
    return o;
}

QStringList CameraGridTile::shownIds() const
{
    QStringList ids;
    for (const CameraView *v : m_views)
        ids.append(v->cameraId());
    return ids;
}

void CameraGridTile::showPage(int page)
{
    const int cells = m_grid * m_grid;
    const int pages = std::max(1, int((m_ids.size() + cells - 1) / cells));
    m_page = ((page % pages) + pages) % pages;
    qDeleteAll(m_views); // stops their players and gives back their budget slots
    m_views.clear();
    for (int i = 0; i < cells; ++i) {
        const qsizetype index = qsizetype(m_page) * cells + i;
        if (index >= m_ids.size())
            break;
        const QString &id = m_ids.at(index);
        const CameraInfo *info = context().cameras ? context().cameras->find(id) : nullptr;
        auto *view = new CameraView(id, info, context().streams, streamOptions(), this);
        const int cell = i;
        connect(view, &CameraView::changed, this, [this, cell] {
            const QRectF r = cellRect(cell);
            if (!r.isEmpty()) // an empty rectangle would repaint the whole tile
                updateLive(r);
        });
        connect(view, &CameraView::pictureChanged, this, [this, cell, view] {
            const QRectF r = cellRect(cell);
            if (!r.isEmpty())
                updateLive(r, [view](const QWidget *viewport, const QRect &pixels) {
                    return view->pixelsKeptForNewPictures(viewport, pixels);
                });
        });
        m_views.append(view);
    }
    m_selected = std::min(m_selected, int(m_views.size()) - 1);
    m_selected = std::max(m_selected, 0);
    layoutContent(contentRect());
    updatePlaying();
    update();
}

void CameraGridTile::stepTour()
{
    if (m_enlarged)
        return; // an operator is looking at one camera: do not take it away
    showPage(m_page + 1);
}

QRectF CameraGridTile::cellRect(int cell) const
{
    const QRectF content = contentRect();
    if (m_enlarged)
        return cell == m_selected ? content : QRectF();
    const double gap = theme().textPx * 0.1;
    const double w = (content.width() - gap * (m_grid - 1)) / m_grid;
    const double h = (content.height() - gap * (m_grid - 1)) / m_grid;
    const int row = cell / m_grid;
    const int column = cell % m_grid;
    return QRectF(content.left() + column * (w + gap), content.top() + row * (h + gap), w, h);
}

int CameraGridTile::cellAt(const QPointF &pos) const
{
    for (int i = 0; i < int(m_views.size()); ++i)
        if (cellRect(i).contains(pos))
            return i;
    return -1;
}

void CameraGridTile::layoutContent(const QRectF &content)
{
    // Decode no larger than the cell shows (a little slack for sharpness).
    for (int i = 0; i < int(m_views.size()); ++i)
        if (CameraStream *s = m_views.at(i)->stream()) {
            const QRectF cell = cellRect(i);
            s->setMaxFrameSize(cell.isEmpty() ? content.size().toSize() : cell.size().toSize());
        }
}

void CameraGridTile::updatePlaying()
{
    const bool onWall = scene() != nullptr && isVisible();
    m_playing = onWall;
    for (int i = 0; i < int(m_views.size()); ++i)
        m_views.at(i)->setPlaying(onWall && (!m_enlarged || i == m_selected));
    const bool touring =
        spec().props.value(u"tour"_s, false).toBool() && m_ids.size() > m_grid * m_grid;
    if (onWall && touring)
        m_tour.start();
    else
        m_tour.stop();
}

QVariant CameraGridTile::itemChange(GraphicsItemChange change, const QVariant &value)
{
    const QVariant result = TileItem::itemChange(change, value);
    if (change == ItemVisibleHasChanged || change == ItemSceneHasChanged)
        updatePlaying();
    return result;
}

void CameraGridTile::select(int cell)
{
    if (cell < 0 || cell >= int(m_views.size()) || m_enlarged)
        return;
    const int old = m_selected;
    m_selected = cell;
    update(cellRect(old));
    update(cellRect(cell));
}

void CameraGridTile::setEnlarged(bool enlarged)
{
    if (enlarged == m_enlarged || m_views.isEmpty())
        return;
    if (enlarged) {
        m_normalRect = QRectF(pos(), boundingRect().size());
        QRectF screen = m_normalRect;
        if (const WallGeometry *wall = context().wall) {
            const QPointF centre = mapToScene(cellRect(m_selected).center());
            for (int i = 0; i < wall->screenCount(); ++i)
                if (QRectF(wall->screenRect(i)).contains(centre))
                    screen = wall->screenRect(i);
        }
        m_enlarged = true;
        setZValue(10);
        setTileRect(screen);
    } else {
        m_enlarged = false;
        setZValue(0);
        setTileRect(m_normalRect);
    }
    m_views.at(m_selected)->setLarge(enlarged);
    layoutContent(contentRect());
    updatePlaying();
    if (enlarged)
        m_tour.stop();
}

void CameraGridTile::setShowStats(bool show)
{
    m_showStats = show;
    update();
}

void CameraGridTile::setShowDiagnostics(bool show)
{
    m_showDiagnostics = show;
    update();
}

QString CameraGridTile::saveSnapshot(QString *error)
{
    CameraView *v = m_views.value(m_selected);
    if (!v || !v->stream()) {
        if (error)
            *error = tr("không có camera được chọn");
        return {};
    }
    if (context().snapshotDir.isEmpty()) {
        if (error)
            *error = tr("chưa đặt thư mục lưu ảnh");
        return {};
    }
    const QDateTime at = QDateTime::currentDateTimeUtc().toTimeZone(format().zone());
    const QString file = iocwall::saveSnapshot(v->stream()->latestFrame(), context().snapshotDir,
                                               v->cameraId(), at, error);
    if (!file.isEmpty()) {
        qCInfo(lcVideo, "%s: snapshot %s", qUtf8Printable(v->cameraId()), qUtf8Printable(file));
        Q_EMIT snapshotSaved(file);
    }
    return file;
}

void CameraGridTile::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int cell = cellAt(event->pos());
    if (cell >= 0)
        select(cell);
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void CameraGridTile::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const int cell = cellAt(event->pos());
    if (m_enlarged) {
        setEnlarged(false);
    } else if (cell >= 0) {
        select(cell);
        setEnlarged(true);
    }
    event->accept();
}

void CameraGridTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setEnlarged(true);
        break;
    case Qt::Key_Escape:
        setEnlarged(false);
        break;
    case Qt::Key_I:
        setShowStats(!m_showStats);
        break;
    case Qt::Key_D:
        setShowDiagnostics(!m_showDiagnostics);
        break;
    case Qt::Key_S:
        saveSnapshot();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = event->key() == Qt::Key_Left    ? -1
                          : event->key() == Qt::Key_Right ? 1
                          : event->key() == Qt::Key_Up    ? -m_grid
                                                          : m_grid;
        select(m_selected + delta);
        break;
    }
    default:
        TileItem::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CameraGridTile::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    m_exposed = option ? option->exposedRect : boundingRect();
    m_intoWindow = paintsIntoWindow(painter, widget);
    TileItem::paint(painter, option, widget);
}

QList<QRectF> CameraGridTile::liveCover() const
{
    // Each cell paints all of itself: its picture, or black around or instead of it.
    QList<QRectF> cells;
    for (int i = 0; i < int(m_views.size()); ++i)
        cells.append(cellRect(i));
    return cells;
}

void CameraGridTile::paintContent(QPainter *painter, const QRectF &content)
{
    if (m_views.isEmpty()) {
        painter->setFont(theme().font(1.2));
        painter->setPen(theme().unknown);
        painter->drawText(content, Qt::AlignCenter | Qt::TextWordWrap,
                          tr("Không có camera nào phù hợp"));
        return;
    }
    for (int i = 0; i < int(m_views.size()); ++i) {
        // On whole pixels: the frame is not copied under the cell, so the
        // cell covers every pixel of it without blending into the pixels around.
        const QRectF cell = snapToPixels(cellRect(i), painter->worldTransform());
        if (cell.isEmpty() || (!m_exposed.isEmpty() && !m_exposed.intersects(cell)))
            continue;
        CameraView::Look look;
        look.selected = hasFocus() && i == m_selected && m_grid > 1 && !m_enlarged;
        look.showStats = m_showStats;
        look.showDiagnostics = m_showDiagnostics;
        look.intoWindow = m_intoWindow;
        m_views.at(i)->paint(painter, cell, theme(), format(), look);
    }
}

} // namespace iocwall
