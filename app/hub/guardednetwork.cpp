#include "guardednetwork.h"

#include <QNetworkReply>
#include <QTimer>

namespace iocwall {

namespace {
constexpr char kReasonProperty[] = "iocwall_abort_reason";
}

GuardedNetwork::AbortReason GuardedNetwork::abortReason(const QNetworkReply *reply)
{
    return AbortReason(reply->property(kReasonProperty).toInt());
}

QNetworkReply *GuardedNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                             QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const auto stop = [reply](AbortReason reason) {
        // Marked even when the body is already in: it is still not to be read.
        reply->setProperty(kReasonProperty, int(reason));
        if (!reply->isFinished())
            reply->abort();
    };
    const qint64 maxBytes = request.attribute(kMaxBytes).toLongLong();
    if (maxBytes > 0) {
        // A Content-Length over the limit is refused before the body comes; a
        // chunked body when it passes the limit (progress is reported in
        // steps, so a fast local body may be complete by then: still refused).
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stop, maxBytes] {
            if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBytes)
                stop(AbortReason::TooLarge);
        });
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [stop, maxBytes](qint64 received, qint64 total) {
                    if (received > maxBytes || total > maxBytes)
                        stop(AbortReason::TooLarge);
                });
    }
    const int deadlineMs = request.attribute(kDeadlineMs).toInt();
    if (deadlineMs > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [stop] { stop(AbortReason::Deadline); });
        timer->start(deadlineMs);
    }
    return reply;
}

} // namespace iocwall
