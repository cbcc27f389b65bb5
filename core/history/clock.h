#pragma once

#include <QtGlobal>

#include <memory>

namespace praxis::core {

// Source of wall time, injected so tests never depend on the real clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // Unix time, milliseconds
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// A clock that moves only when told; for tests and deterministic tools.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 0;
};

std::shared_ptr<Clock> systemClock();

} // namespace praxis::core
