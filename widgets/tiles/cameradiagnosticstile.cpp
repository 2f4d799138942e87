#include "cameradiagnosticstile.h"

#include "video/camerastream.h"
#include "video/streambudget.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace iocwall {

TileTypeSpec CameraDiagnosticsTile::typeSpec()
{
    return builtinTileTypes().value(u"camera-diagnostics"_s);
}

CameraDiagnosticsTile::CameraDiagnosticsTile(TileSpec spec, const TileContext &context,
                                             QGraphicsItem *parent)
    : TileItem(std::move(spec), context, parent)
{
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] { update(); });
    m_refresh.start();
}

QVariant CameraDiagnosticsTile::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged) {
        if (value.toBool())
            m_refresh.start();
        else
            m_refresh.stop();
    }
    return TileItem::itemChange(change, value);
}

QString CameraDiagnosticsTile::stateName(int state) const
{
    switch (StreamState(state)) {
    case StreamState::Stopped:
        return tr("đã dừng");
    case StreamState::Connecting:
        return tr("đang kết nối");
    case StreamState::Playing:
        return tr("đang phát");
    case StreamState::Lost:
        return tr("mất tín hiệu");
    case StreamState::Failed:
        return tr("lỗi");
    case StreamState::Paused:
        return tr("tạm dừng (vượt giới hạn)");
    }
    return {};
}

QStringList CameraDiagnosticsTile::rows() const
{
    QStringList out;
    if (!context().streams)
        return out;
    const bool showUrl = spec().props.value(u"show_url"_s, false).toBool();
    for (const CameraStream *stream : context().streams->streams()) {
        const StreamStats s = stream->stats();
        QStringList parts{s.cameraId, stateName(int(s.state))};
        if (s.state != StreamState::Stopped)
            parts.append(
                tr("từ %1").arg(s.since.toTimeZone(format().zone()).toString(u"HH:mm:ss"_s)));
        if (s.resolution.isValid())
            parts.append(u"%1×%2"_s.arg(s.resolution.width()).arg(s.resolution.height()));
        // Just connected, the rate reads high while held frames catch up.
        parts.append(s.state == StreamState::Playing && s.fpsSettling
                         ? tr("đang đo hình/giây")
                         : tr("%1 hình/giây").arg(format().number(s.fps, 1)));
        parts.append(tr("kết nối lại %1").arg(s.reconnects));
        if (s.lastError != StreamError::None)
            parts.append(tr("lỗi cuối: %1 (%2)")
                             .arg(streamErrorText(s.lastError), format().time(s.lastErrorAt)));
        if (showUrl)
            parts.append(s.url.toDisplayString(QUrl::RemoveUserInfo));
        out.append(parts.join(u" · "_s));
    }
    return out;
}

void CameraDiagnosticsTile::paintContent(QPainter *painter, const QRectF &content)
{
    const QStringList lines = rows();
    QFont font = theme().font(0.8);
    painter->setFont(font);
    if (lines.isEmpty()) {
        painter->setPen(theme().unknown);
        painter->drawText(content, Qt::AlignCenter | Qt::TextWordWrap,
                          tr("Chưa có luồng camera nào"));
        return;
    }
    const QFontMetricsF metrics(font);
    const double line = metrics.lineSpacing();
    const int fit = std::max(1, int(content.height() / line));
    const QList<CameraStream *> streams = context().streams->streams();
    for (int i = 0; i < int(lines.size()) && i < fit; ++i) {
        const StreamState state = streams.value(i) ? streams.at(i)->state() : StreamState::Stopped;
        painter->setPen(state == StreamState::Playing ? theme().text
                        : state == StreamState::Lost || state == StreamState::Failed
                            ? theme().critical
                        : state == StreamState::Paused ? theme().warning
                                                       : theme().textDim);
        const QString text = i == fit - 1 && lines.size() > fit
                                 ? tr("… và %1 luồng khác").arg(lines.size() - fit + 1)
                                 : lines.at(i);
        painter->drawText(QRectF(content.left(), content.top() + i * line, content.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, content.width()));
    }
}

} // namespace iocwall
