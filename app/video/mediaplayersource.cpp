#include "video/mediaplayersource.h"

#include <QFileInfo>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace iocwall {

MediaPlayerSource::MediaPlayerSource(QObject *parent)
    : FrameSource(parent)
{
}

MediaPlayerSource::~MediaPlayerSource()
{
    teardown();
}

// A fresh player per connection: after a network error GStreamer's pipeline
// does not always come back by setSource() alone.
void MediaPlayerSource::open(const QUrl &url)
{
    teardown();
    m_url = url;
    if (url.isLocalFile() && !QFileInfo::exists(url.toLocalFile())) {
        Q_EMIT failed(StreamError::BadUrl, u"no such file: %1"_s.arg(url.toLocalFile()));
        return;
    }
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    m_player->setVideoOutput(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &MediaPlayerSource::onFrame);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error e, const QString &text) {
                StreamError error = StreamError::Other;
                switch (e) {
                case QMediaPlayer::ResourceError:
                    error = text.contains(u"not found"_s, Qt::CaseInsensitive) ||
                                    text.contains(u"resolve"_s, Qt::CaseInsensitive)
                                ? StreamError::BadUrl
                                : StreamError::Refused;
                    break;
                case QMediaPlayer::FormatError:
                    error = StreamError::UnsupportedCodec;
                    break;
                case QMediaPlayer::NetworkError:
                case QMediaPlayer::AccessDeniedError:
                    error = StreamError::Refused;
                    break;
                default:
                    break;
                }
                Q_EMIT failed(error, text);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia)
                    Q_EMIT failed(StreamError::Ended, u"end of media"_s);
                else if (status == QMediaPlayer::InvalidMedia)
                    Q_EMIT failed(StreamError::UnsupportedCodec, u"invalid media"_s);
            });
    m_player->setSource(url);
    m_player->play();
}

void MediaPlayerSource::close()
{
    teardown();
}

void MediaPlayerSource::teardown()
{
    if (m_player) {
        m_player->disconnect(this);
        m_sink->disconnect(this);
        m_player->stop();
        // The sink outlives the player (deleted after it): the backend may
        // still hand it a frame while the pipeline winds down.
        QMediaPlayer *player = m_player;
        QVideoSink *sink = m_sink;
        m_player = nullptr;
        m_sink = nullptr;
        // Often called from within one of the player's own signals: delete later.
        player->deleteLater();
        sink->deleteLater();
    }
}

void MediaPlayerSource::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    const QSize source = frame.size();
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    const QSize scaled = scaledSizeFor(source);
    if (scaled != source)
        image = image.scaled(scaled, Qt::KeepAspectRatio, Qt::FastTransformation);
    Q_EMIT frameDecoded(image, source);
}

} // namespace iocwall
