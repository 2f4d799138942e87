#include "video/reconnectbackoff.h"

#include <algorithm>

namespace iocwall {

ReconnectBackoff::ReconnectBackoff(int min_ms, int max_ms, quint32 seed)
    : m_minMs(min_ms)
    , m_maxMs(std::max(min_ms, max_ms))
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

int ReconnectBackoff::nextDelayMs()
{
    const int shift = std::min(m_attempts, 16);
    const double base = std::min(double(m_maxMs), double(m_minMs) * double(1 << shift));
    ++m_attempts;
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    return int(std::clamp(base * jitter, double(m_minMs) * 0.8, double(m_maxMs)));
}

void ReconnectBackoff::reset()
{
    m_attempts = 0;
}

} // namespace iocwall
