#include "video/streambudget.h"

#include "video/camerastream.h"

#include <algorithm>

namespace iocwall {

StreamBudget::StreamBudget(int maxStreams, QObject *parent)
    : QObject(parent)
    , m_max(std::clamp(maxStreams, 1, kMaxMaxStreams))
{
}

void StreamBudget::setMaxStreams(int maxStreams)
{
    m_max = std::clamp(maxStreams, 1, kMaxMaxStreams);
    grantWaiting();
}

bool StreamBudget::acquire(QObject *holder, std::function<void()> granted)
{
    m_active.removeIf([](const QPointer<QObject> &p) { return p.isNull(); });
    if (holds(holder))
        return true;
    if (m_active.size() < m_max) {
        m_active.append(holder);
        return true;
    }
    release(holder); // at most one place in the queue
    m_waiting.append({holder, std::move(granted)});
    return false;
}

void StreamBudget::release(QObject *holder)
{
    m_waiting.removeIf([holder](const Waiter &w) { return w.holder == holder || !w.holder; });
    if (m_active.removeIf([holder](const QPointer<QObject> &p) { return p == holder; }) > 0)
        grantWaiting();
}

bool StreamBudget::holds(const QObject *holder) const
{
    return std::any_of(m_active.begin(), m_active.end(),
                       [holder](const QPointer<QObject> &p) { return p == holder; });
}

void StreamBudget::grantWaiting()
{
    m_active.removeIf([](const QPointer<QObject> &p) { return p.isNull(); });
    while (m_active.size() < m_max && !m_waiting.isEmpty()) {
        Waiter next = m_waiting.takeFirst();
        if (!next.holder)
            continue;
        m_active.append(next.holder);
        next.granted();
    }
}

void StreamBudget::enroll(CameraStream *stream)
{
    if (!m_roll.contains(QPointer<CameraStream>(stream)))
        m_roll.append(stream);
    Q_EMIT rollChanged();
}

void StreamBudget::withdraw(CameraStream *stream)
{
    m_roll.removeIf([stream](const QPointer<CameraStream> &p) { return p == stream; });
    m_roll.removeIf([](const QPointer<CameraStream> &p) { return p.isNull(); });
    Q_EMIT rollChanged();
}

QList<CameraStream *> StreamBudget::streams() const
{
    QList<CameraStream *> out;
    for (const auto &s : m_roll)
        if (s)
            out.append(s);
    return out;
}

} // namespace iocwall
