#pragma once

// Small helpers the benchmarks share.

#include <QByteArray>
#include <QFile>

namespace praxis::bench {

// Peak resident memory of this process (Linux), in KiB; -1 where it cannot be read.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace praxis::bench
