#pragma once

#include <QRandomGenerator>

namespace iocwall {

// Delays between reconnect attempts: doubling from `min_ms` up to `max_ms`,
// each spread by ±20% so that cameras that failed together do not retry in
// step against a server that has just come back.
class ReconnectBackoff {
public:
    explicit ReconnectBackoff(int min_ms = 1000, int max_ms = 30000, quint32 seed = 0);

    int nextDelayMs(); // the delay before the next attempt; grows each call
    void reset();      // after a good frame: the next failure retries soon
    int attempts() const { return m_attempts; }

private:
    int m_minMs;
    int m_maxMs;
    int m_attempts = 0;
    QRandomGenerator m_random;
};

} // namespace iocwall
