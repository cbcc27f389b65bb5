#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace praxis::core {

// Identity of a record: a UUID (version 7, time ordered) in its canonical lower-case text form.
class RecordId {
public:
    RecordId() = default;
    explicit RecordId(QString text) : m_text(std::move(text)) {}

    // A fresh UUIDv7 using the given Unix time in milliseconds.
    static RecordId generate(qint64 unixMs);
    static bool isWellFormed(const QString &text);

    bool isNull() const { return m_text.isEmpty(); }
    const QString &toString() const { return m_text; }

    friend bool operator==(const RecordId &, const RecordId &) = default;
    friend auto operator<=>(const RecordId &a, const RecordId &b) { return a.m_text.compare(b.m_text) <=> 0; }

private:
    QString m_text;
};

inline size_t qHash(const RecordId &id, size_t seed = 0)
{
    return qHash(id.toString(), seed);
}

} // namespace praxis::core

Q_DECLARE_METATYPE(praxis::core::RecordId)
