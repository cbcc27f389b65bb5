#include "model/record_id.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace praxis::core {

RecordId RecordId::generate(qint64 unixMs)
{
    // RFC 9562 UUID version 7: 48-bit Unix milliseconds, version, 74 random bits, variant.
    quint8 bytes[16];
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = quint8(random[i / 4] >> (8 * (i % 4)));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        text += QLatin1Char(hex[bytes[i] >> 4]);
        text += QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return RecordId(text);
}

bool RecordId::isWellFormed(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace praxis::core
