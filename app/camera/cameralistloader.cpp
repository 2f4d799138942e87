#include "cameralistloader.h"
#include "cameralistconnector.h"
#include "cameraregistry.h"

#include "hub/guardednetwork.h"
#include "util/jsonfields.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace iocwall {

CameraListLoader::CameraListLoader(QString lastGoodFile, QObject *parent)
    : QObject(parent)
    , m_lastGoodFile(std::move(lastGoodFile))
{
    connect(&m_refresh, &QTimer::timeout, this, &CameraListLoader::fetch);
}

CameraListLoader::~CameraListLoader() = default;

bool CameraListLoader::load(const QString &fileName, const QSet<QString> &areaCodes,
                            const SecretStore &secrets, QList<ConfigError> *errors,
                            const QHash<QString, QString> &substitutions)
{
    ConfigIssues issues(fileName);
    const auto config = readCameraConfig(fileName, areaCodes, issues, substitutions);
    if (errors)
        errors->append(issues.errors());
    if (!config)
        return false;
    m_refresh.stop();
    m_connector.reset();
    if (!config->source) {
        take(config->cameras);
        return true;
    }
    readLastGood(areaCodes);
    if (!m_network)
        m_network = std::make_unique<GuardedNetwork>();
    m_connector = std::make_unique<CameraListConnector>(*config->source, secrets, areaCodes);
    connect(m_connector.get(), &CameraListConnector::listed, this,
            [this](const QList<CameraInfo> &cameras) {
                if (cameras == m_cameras)
                    return;
                QSaveFile file(m_lastGoodFile);
                QDir().mkpath(QFileInfo(m_lastGoodFile).absolutePath());
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(QJsonDocument(cameraListJson(cameras)).toJson());
                    if (!file.commit())
                        Q_EMIT problem(tr("Không lưu được danh sách camera vào %1: %2")
                                           .arg(m_lastGoodFile, file.errorString()));
                }
                take(cameras);
            });
    connect(m_connector.get(), &CameraListConnector::failed, this, [this](const QString &why) {
        Q_EMIT problem(m_cameras.isEmpty()
                           ? tr("Không tải được danh sách camera: %1").arg(why)
                           : tr("Không tải được danh sách camera, dùng danh sách đã lưu (%1 "
                                "camera): %2")
                                 .arg(m_cameras.size())
                                 .arg(why));
    });
    m_refresh.start(std::max(60, config->source->pollIntervalS) * 1000);
    fetch();
    return true;
}

void CameraListLoader::fetch()
{
    if (m_connector && m_network)
        m_connector->start(*m_network);
}

void CameraListLoader::take(const QList<CameraInfo> &cameras)
{
    if (cameras == m_cameras)
        return;
    m_cameras = cameras;
    Q_EMIT camerasChanged(m_cameras);
}

void CameraListLoader::readLastGood(const QSet<QString> &areaCodes)
{
    if (!QFileInfo::exists(m_lastGoodFile))
        return;
    ConfigIssues issues(m_lastGoodFile);
    const auto doc = readJsonFile(m_lastGoodFile, issues);
    const auto cameras = doc ? readCameraList(doc->object(), areaCodes, issues) : std::nullopt;
    if (cameras)
        take(*cameras);
    else
        Q_EMIT problem(tr("Bỏ qua danh sách camera đã lưu: %1").arg(issues.summary()));
}

} // namespace iocwall
