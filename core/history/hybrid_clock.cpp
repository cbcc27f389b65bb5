#include "history/hybrid_clock.h"

#include <QStringList>

#include <algorithm>

namespace praxis::core {

QString HlcTime::toString() const
{
    return QStringLiteral("%1-%2").arg(wallMs, 15, 10, QLatin1Char('0')).arg(counter, 6, 10, QLatin1Char('0'));
}

std::optional<HlcTime> HlcTime::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okWall = false;
    bool okCounter = false;
    HlcTime t{parts[0].toLongLong(&okWall), parts[1].toUInt(&okCounter)};
    if (!okWall || !okCounter || t.wallMs < 0)
        return std::nullopt;
    return t;
}

HybridClock::HybridClock(std::shared_ptr<Clock> wall, HlcTime last)
    : m_wall(std::move(wall))
    , m_last(last)
{
}

HlcTime HybridClock::now()
{
    const qint64 physical = m_wall->nowMs();
    if (physical > m_last.wallMs)
        m_last = HlcTime{physical, 0};
    else
        ++m_last.counter;
    return m_last;
}

void HybridClock::receive(const HlcTime &remote)
{
    const qint64 physical = m_wall->nowMs();
    const qint64 wall = std::max({physical, m_last.wallMs, remote.wallMs});
    quint32 counter = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wallMs)
        counter = m_last.counter + 1;
    else if (wall == remote.wallMs)
        counter = remote.counter + 1;
    m_last = HlcTime{wall, counter};
}

} // namespace praxis::core
