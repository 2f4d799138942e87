#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace iocwall {

// One camera of the registry (cameras.json, or a camera list served by an IOC
// API). A value; the registry owns the list.
struct CameraInfo {
    enum class Kind { Traffic, PublicOrder, OneStopDesk, Other };
    QString id;
    QString name;   // Vietnamese, as the wall shows it: "Ngã tư Mít Một"
    QString nameEn; // English (--lang en), may be empty: use name
    QString area;   // ward/commune id from data/areas, may be empty
    Kind kind = Kind::Other;
    QUrl mainStream; // full resolution: rtsp://, http(s):// (HLS .m3u8, MJPEG), file://
    QUrl subStream;  // small tiles; empty: use mainStream
    QUrl snapshot;   // optional still image URL
    std::optional<double> latitude;
    std::optional<double> longitude;

    // The name in the wall's language.
    const QString &displayName(bool english) const
    {
        return english && !nameEn.isEmpty() ? nameEn : name;
    }
    // The stream a tile of this size should play (small tiles: the sub stream).
    QUrl streamFor(bool large) const
    {
        return large || subStream.isEmpty() ? mainStream : subStream;
    }
    friend bool operator==(const CameraInfo &, const CameraInfo &) = default;
};

// The cameras the wall knows, in registry order.
class CameraRegistry {
public:
    CameraRegistry() = default;
    explicit CameraRegistry(QList<CameraInfo> cameras)
        : m_cameras(std::move(cameras))
    {
    }

    const QList<CameraInfo> &cameras() const { return m_cameras; }
    const CameraInfo *find(const QString &id) const
    {
        for (const CameraInfo &c : m_cameras)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    bool isEmpty() const { return m_cameras.isEmpty(); }

private:
    QList<CameraInfo> m_cameras;
};

} // namespace iocwall
