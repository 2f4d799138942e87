#pragma once

#include "camera/camerainfo.h"
#include "hub/connector.h"

#include <QSet>

namespace iocwall {

// Fetches a camera list from an IOC API (the "source" of cameras.json) with
// the source's auth, TLS, timeouts and size limit, like any data source.
// Each poll ends in exactly one of listed() (the whole list, validated) or
// failed() (why, naming the URL path and the JSON path of a bad entry).
// Threading: used in the thread it lives in; a camera list is small, so it is
// parsed there.
class CameraListConnector : public Connector {
    Q_OBJECT
public:
    CameraListConnector(SourceConfig config, const SecretStore &secrets, QSet<QString> areaCodes,
                        QObject *parent = nullptr);

    void poll(QNetworkAccessManager &network) override;

Q_SIGNALS:
    void listed(const QList<iocwall::CameraInfo> &cameras);

private:
    QSet<QString> m_areaCodes;
    bool m_busy = false;
};

} // namespace iocwall
