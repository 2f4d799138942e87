#pragma once

#include <QStringView>
#include <QtGlobal>

#include <concepts>

namespace iocwall::sim {

// splitmix64 (Steele, Lea, Flood 2014): a tiny, well-mixing 64-bit finalizer.
constexpr quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// FNV-1a over UTF-16 code units. qHash is seeded per process, so it cannot be
// used where values must be the same in every run and on every machine.
inline quint64 fnv1a(QStringView text)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ull;
    }
    return h;
}

// A deterministic random draw keyed by a chain of values:
// SimHash(seed).with(u"env.pm25").with(area).with(hour).tri().
// Equal chains give equal draws; any difference in a link gives an unrelated one.
class SimHash {
public:
    constexpr explicit SimHash(quint64 seed)
        : m_h(splitmix64(seed))
    {
    }

    template <std::integral T> constexpr SimHash with(T key) const
    {
        return SimHash(m_h ^ splitmix64(quint64(key)), Raw{});
    }
    SimHash with(QStringView key) const { return with(fnv1a(key)); }

    // Uniform in [0, 1).
    constexpr double unit() const { return double(splitmix64(m_h) >> 11) * 0x1.0p-53; }
    // A second, independent uniform draw in [0, 1).
    constexpr double unit2() const
    {
        return double(splitmix64(m_h ^ 0xA5A5A5A5A5A5A5A5ull) >> 11) * 0x1.0p-53;
    }
    // Triangular in (-1, 1), mean 0: noise that is mostly small, never large.
    constexpr double tri() const { return unit() + unit2() - 1.0; }

private:
    struct Raw {};
    constexpr SimHash(quint64 h, Raw)
        : m_h(splitmix64(h))
    {
    }
    quint64 m_h;
};

} // namespace iocwall::sim
