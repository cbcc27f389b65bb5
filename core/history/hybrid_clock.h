#pragma once

#include "history/clock.h"

#include <QString>

#include <compare>
#include <memory>
#include <optional>

namespace praxis::core {

// A hybrid logical clock reading: wall milliseconds plus a counter for events within one millisecond.
// Its text form sorts in the same order as the reading.
struct HlcTime {
    qint64 wallMs = 0;
    quint32 counter = 0;

    QString toString() const;
    static std::optional<HlcTime> fromString(const QString &text);
    friend auto operator<=>(const HlcTime &, const HlcTime &) = default;
    friend bool operator==(const HlcTime &, const HlcTime &) = default;
};

// Issues strictly increasing readings even when the wall clock stalls or steps back, and moves past
// readings received from other devices (receive()).
class HybridClock {
public:
    explicit HybridClock(std::shared_ptr<Clock> wall, HlcTime last = {});

    HlcTime now();
    void receive(const HlcTime &remote);
    HlcTime last() const { return m_last; }
    qint64 wallMs() const { return m_wall->nowMs(); }

private:
    std::shared_ptr<Clock> m_wall;
    HlcTime m_last;
};

} // namespace praxis::core
