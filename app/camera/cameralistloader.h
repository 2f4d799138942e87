#pragma once

#include "camera/camerainfo.h"
#include "hub/secretstore.h"
#include "util/configerror.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace iocwall {

class CameraListConnector;

// Gives the wall its cameras from cameras.json: a listed file at once; a file
// that names a source from the last good list kept in the data folder at
// once, then from the API, asked again every poll interval. A failed or bad
// answer is reported and the last good list stays; a good one replaces it,
// is saved (QSaveFile) and announced.
//
// Threading: GUI thread. The network is asynchronous and a camera list is
// small (at most a few thousand entries), so nothing here blocks the GUI.
class CameraListLoader : public QObject {
    Q_OBJECT
public:
    // `lastGoodFile`: where the last good fetched list is kept.
    explicit CameraListLoader(QString lastGoodFile, QObject *parent = nullptr);
    ~CameraListLoader() override;

    // Reads cameras.json and starts fetching when it names a source. False when
    // the file is unusable (every problem in `errors`); then nothing changes.
    bool load(const QString &fileName, const QSet<QString> &areaCodes, const SecretStore &secrets,
              QList<ConfigError> *errors, const QHash<QString, QString> &substitutions = {});

    const QList<CameraInfo> &cameras() const { return m_cameras; }
    // Whether cameras.json names a source (the list comes from an API).
    bool isFetched() const { return m_connector != nullptr; }
    const QString &lastGoodFile() const { return m_lastGoodFile; }

Q_SIGNALS:
    // A new list (different from the one before).
    void camerasChanged(const QList<iocwall::CameraInfo> &cameras);
    // A fetch went wrong; the list stays as it was.
    void problem(const QString &message);

private:
    void fetch();
    void take(const QList<CameraInfo> &cameras);
    void readLastGood(const QSet<QString> &areaCodes);

    QString m_lastGoodFile;
    QList<CameraInfo> m_cameras;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CameraListConnector> m_connector;
    QTimer m_refresh;
};

} // namespace iocwall
