#pragma once

#include "history/hybrid_clock.h"
#include "model/record_id.h"
#include "storage/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace praxis::core {

class Database;
class RecordStore;

enum class ChangeOp { Create, Set, Trash, Restore, Purge };
QString changeOpName(ChangeOp op);

// One mutation: who changed which field of which record to what, and when (HLC).
struct ChangeEntry {
    qint64 seq = 0;
    HlcTime time;
    QString device;
    QString author;
    QString recordType;
    RecordId recordId;
    ChangeOp op = ChangeOp::Set;
    QString field;     // for Set
    QJsonValue value;  // for Set: the new value (null when cleared); for Create: {"sample": bool}
};

struct LogCheck {
    qint64 entries = 0;
    qint64 recordsChecked = 0;
    QStringList problems; // empty when the log reproduces every record
};

// The append-only log of every mutation, written in the same transaction as the change itself.
// It is what history, undo across sessions and shared-folder sync stand on.
class ChangeLog {
public:
    ChangeLog(Database &db, HybridClock &clock, QString deviceId, QString author);

    // Appends one entry stamped with a fresh HLC time; returns that time.
    Result<HlcTime> append(const QString &recordType, const RecordId &id, ChangeOp op,
                           const QString &field = {}, const QJsonValue &value = {});
    // Appends an entry as given: its time, device and author (the write pipeline's path, for changes
    // stamped beforehand and for changes received from other devices).
    Status appendEntry(const ChangeEntry &entry);
    // Whether the log holds this entry already (same record, time, device, operation and field).
    Result<bool> contains(const ChangeEntry &entry) const;

    Result<QList<ChangeEntry>> history(const RecordId &id) const;
    Result<QList<ChangeEntry>> since(qint64 afterSeq, int limit) const;
    Result<qint64> count() const;

    // Replays the whole log in clock order (time, then device: the order that decides which write wins)
    // and compares the result with the records as stored.
    Result<LogCheck> verify(const RecordStore &store) const;

    const QString &deviceId() const { return m_deviceId; }
    const QString &author() const { return m_author; }
    HybridClock &clock() { return m_clock; }

private:
    Database &m_db;
    HybridClock &m_clock;
    QString m_deviceId;
    QString m_author;
};

} // namespace praxis::core
