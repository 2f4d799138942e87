#pragma once

#include "video/framesource.h"

#include <memory>

namespace iocwall {

struct GstLink;

// RTSP (rtsp://, rtspt:// over TCP, rtspu:// over UDP), HLS (.m3u8), other
// http(s) video and files through a GStreamer pipeline of our own:
//   uridecodebin → videoconvert ! videoscale ! video/x-raw,format=I420[,size] ! appsink
// The decoder's I420 frame passes through (other layouts are brought to
// I420; videoscale scales when setMaxFrameSize asks for much less). On the
// streaming thread the frame is kept mapped in a VideoPicture, not converted,
// and one in FrameMeter::kHashEvery is hashed on its luma plane; it becomes RGB
// only where it is shown (VideoPicture::writeInto / toImage, libyuv). Qt
// Multimedia 6.4 instead converted to AYUV and then again to RGB on the CPU.
// Audio is never decoded (its pads end in a fakesink), so the source is
// silent. Only the newest frame waits for the GUI thread, which takes the
// frames of all pipelines together, 60 times a second (FrameCollector).
// Threading: open/close and every signal on the object's thread; GStreamer's
// streaming threads only post to it (through a GstLink whose owner close()
// clears under a lock); a pipeline is set to NULL and freed on a pool thread.
class GstPipelineSource : public FrameSource {
    Q_OBJECT
public:
    explicit GstPipelineSource(QObject *parent = nullptr);
    ~GstPipelineSource() override;

    void open(const QUrl &url) override;
    void close() override;

    // The GStreamer URI for `url` (a local file as file://, others as given).
    static QString uriFor(const QUrl &url);
    // Pipelines made and not yet freed, in the whole process: a closed
    // connection's pipeline is freed shortly after (tests check that none is kept).
    static int livePipelines();

private:
    friend struct GstLink;
    friend class FrameCollector;
    // Emits the newest decoded frame, if one came since the last call.
    void collectFrame();
    void deliverFailure(quint64 generation, iocwall::StreamError error, const QString &detail);

    std::shared_ptr<GstLink> m_link; // the open connection's; null when closed
    quint64 m_generation = 0;        // bumped by every open and close
};

} // namespace iocwall
