#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace iocwall {

// The network manager of the hub (and of anything else that polls sources):
// enforces two limits a plain QNetworkAccessManager does not have, read from
// the request's attributes (Connector::request() sets them from the config):
//  - a whole-request deadline, because a server that drips one byte a second
//    never trips the transfer (idle) timeout;
//  - a largest body, because a runaway payload must not exhaust memory.
// A reply stopped by either is aborted with the reason in abortReason(), which
// Connector::body() turns into a plain message.
// Threading: like any QNetworkAccessManager, used only in the thread it lives in.
class GuardedNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    static constexpr auto kMaxBytes = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
    static constexpr auto kDeadlineMs = QNetworkRequest::Attribute(QNetworkRequest::User + 2);

    enum class AbortReason { None, TooLarge, Deadline };

    using QNetworkAccessManager::QNetworkAccessManager;
    static AbortReason abortReason(const QNetworkReply *reply);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

} // namespace iocwall
