#include <gst/gst.h>

#include "gstsupport.h"

#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace iocwall::gst {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

bool haveElements(QString *missing)
{
    ensureInitialized();
    struct Need {
        const char *element;
        const char *package;
    };
    static constexpr Need needs[] = {
        {"videotestsrc", "gstreamer1.0-plugins-base"},
        {"textoverlay", "gstreamer1.0-plugins-base"},
        {"clockoverlay", "gstreamer1.0-plugins-base"},
        {"videoconvert", "gstreamer1.0-plugins-base"},
        {"appsink", "gstreamer1.0-plugins-base"},
        {"jpegenc", "gstreamer1.0-plugins-good"},
        {"rtph264pay", "gstreamer1.0-plugins-good"},
        {"x264enc", "gstreamer1.0-plugins-ugly"},
        {"h264parse", "gstreamer1.0-plugins-bad"},
        {"hlssink2", "gstreamer1.0-plugins-bad"},
    };
    QStringList absent;
    for (const Need &need : needs) {
        if (GstElementFactory *factory = gst_element_factory_find(need.element))
            gst_object_unref(factory);
        else
            absent.append(u"%1 (%2)"_s.arg(QString::fromLatin1(need.element),
                                           QString::fromLatin1(need.package)));
    }
    if (missing)
        *missing = absent.join(u", "_s);
    return absent.isEmpty();
}

} // namespace iocwall::gst
