#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace iocwall {

class CameraStream;

// The wall's decode budget: at most `maxStreams` streams decode at once
// (wall.json "max_streams"); a stream over the limit waits, paused, and gets
// the first slot that frees. It is also the roll of every camera stream that
// exists, which the diagnostics view lists. One per wall, passed to the
// tiles. Threading: GUI thread only.
class StreamBudget : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxStreams = 16;
    static constexpr int kMaxMaxStreams = 64;

    explicit StreamBudget(int maxStreams = kDefaultMaxStreams, QObject *parent = nullptr);

    int maxStreams() const { return m_max; }
    void setMaxStreams(int maxStreams);
    int activeCount() const { return int(m_active.size()); }
    int waitingCount() const { return int(m_waiting.size()); }

    // Asks for a slot for `holder`: true when granted now; otherwise it is
    // queued and `granted` runs when a slot frees (unless released before).
    bool acquire(QObject *holder, std::function<void()> granted);
    // Gives the slot back (or leaves the queue).
    void release(QObject *holder);
    bool holds(const QObject *holder) const;

    void enroll(CameraStream *stream);
    void withdraw(CameraStream *stream);
    QList<CameraStream *> streams() const;

Q_SIGNALS:
    void rollChanged();

private:
    struct Waiter {
        QPointer<QObject> holder;
        std::function<void()> granted;
    };
    void grantWaiting();

    int m_max;
    QList<QPointer<QObject>> m_active;
    QList<Waiter> m_waiting;
    QList<QPointer<CameraStream>> m_roll;
};

} // namespace iocwall
