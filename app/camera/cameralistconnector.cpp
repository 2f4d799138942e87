#include "cameralistconnector.h"
#include "cameraregistry.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iocwall {

CameraListConnector::CameraListConnector(SourceConfig config, const SecretStore &secrets,
                                         QSet<QString> areaCodes, QObject *parent)
    : Connector(std::move(config), secrets, parent)
    , m_areaCodes(std::move(areaCodes))
{
}

void CameraListConnector::poll(QNetworkAccessManager &network)
{
    if (m_busy)
        return;
    if (const QString problem = authProblem(); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return;
    }
    m_busy = true;
    QNetworkReply *reply = network.get(requestForUrl(config().baseUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_busy = false;
        QString error;
        const auto bytes = body(reply, &error);
        if (!bytes) {
            Q_EMIT failed(error);
            return;
        }
        ConfigIssues issues(config().baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        const auto cameras = readCameraList(*bytes, m_areaCodes, issues);
        if (!cameras) {
            Q_EMIT failed(tr("%1: danh sách camera sai: %2")
                              .arg(where(reply->url().path()), issues.summary()));
            return;
        }
        Q_EMIT listed(*cameras);
        Q_EMIT finished(
            RecordBatch{config().id, QDateTime::currentDateTimeUtc(), {}, {}, {}, {}, {}});
    });
}

} // namespace iocwall
