#include "video/framesource.h"

#include "video/mediaplayersource.h"
#include "video/mjpegreader.h"

using namespace Qt::StringLiterals;

namespace iocwall {

bool FrameSource::isMjpegUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return false;
    const QString path = url.path().toLower();
    // HLS playlists and plain video files go to the media player.
    for (const auto &ext : {u".m3u8"_s, u".mp4"_s, u".mkv"_s, u".ts"_s, u".webm"_s, u".mov"_s})
        if (path.endsWith(ext))
            return false;
    return true;
}

FrameSource *FrameSource::create(const QUrl &url, QObject *parent)
{
    if (isMjpegUrl(url))
        return new MjpegReader(parent);
    return new MediaPlayerSource(parent);
}

QSize FrameSource::scaledSizeFor(const QSize &source) const
{
    if (!m_maxFrameSize.isValid() || source.isEmpty())
        return source;
    // Scale only when it saves much: painting scales the rest on the fly.
    if (source.width() <= m_maxFrameSize.width() * 3 / 2 &&
        source.height() <= m_maxFrameSize.height() * 3 / 2)
        return source;
    return source.scaled(m_maxFrameSize, Qt::KeepAspectRatio);
}

} // namespace iocwall
