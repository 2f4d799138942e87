#include "video/mediaplayersource.h"

#include "video/framemeter.h"

#include <QFileInfo>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace iocwall {

MediaPlayerSource::MediaPlayerSource(QObject *parent)
    : FrameSource(parent)
{
    connect(&m_conversion, &QFutureWatcher<Converted>::finished, this,
            &MediaPlayerSource::onConverted);
}

MediaPlayerSource::~MediaPlayerSource()
{
    teardown();
    m_conversion.waitForFinished(); // the task holds no pointer to us, but finish it here
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
    ++m_generation;
    m_waiting = QVideoFrame();
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
    if (m_conversion.isRunning()) {
        m_waiting = frame; // a frame still waiting is simply replaced: the newest wins
        return;
    }
    convert(frame);
}

void MediaPlayerSource::convert(const QVideoFrame &frame)
{
    const QSize source = frame.size();
    const QSize scaled = scaledSizeFor(source);
    m_convertingGeneration = m_generation;
    m_conversion.setFuture(QtConcurrent::run([frame, source, scaled] {
        QImage image = frame.toImage();
        if (!image.isNull() && scaled != source)
            image = image.scaled(scaled, Qt::KeepAspectRatio, Qt::FastTransformation);
        return Converted{image, source, FrameMeter::pictureHash(image),
                         frame.startTime() >= 0 ? frame.startTime() / 1000 : -1};
    }));
}

void MediaPlayerSource::onConverted()
{
    const Converted done = m_conversion.result();
    const bool current = m_convertingGeneration == m_generation;
    if (m_waiting.isValid()) {
        const QVideoFrame next = m_waiting;
        m_waiting = QVideoFrame();
        convert(next);
    }
    if (current && !done.image.isNull()) {
        VideoPicture picture(done.image);
        picture.setPresentationMs(done.presentationMs);
        Q_EMIT frameDecoded(picture, done.sourceSize, done.hash);
    }
}

} // namespace iocwall
