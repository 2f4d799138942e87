#include "video/framesource.h"

#include "video/gstpipelinesource.h"
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
    if (qEnvironmentVariable("IOCWALL_VIDEO_BACKEND")
            .compare(u"qtmultimedia"_s, Qt::CaseInsensitive) == 0)
        return new MediaPlayerSource(parent);
    return new GstPipelineSource(parent);
}

QSize FrameSource::scaledSize(const QSize &source, const QSize &max)
{
    if (!max.isValid() || source.isEmpty())
        return source;
    // Scale only when it saves much: painting scales the rest on the fly.
    if (source.width() <= max.width() * 3 / 2 && source.height() <= max.height() * 3 / 2)
        return source;
    return source.scaled(max, Qt::KeepAspectRatio);
}

} // namespace iocwall
