#pragma once

#include "history/change_log.h"
#include "model/record_id.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace praxis::core {

class Database;
class Transaction;

// Where a change was made: here, or on another device whose change log is being replayed.
enum class ChangeOrigin { Local, Remote };

// One change to one record, as it goes through the write pipeline and as hooks see it.
struct Change {
    Change() = default;
    Change(QString type, RecordId id, ChangeOp operation, QString fieldName = {}, QVariant before = {}, QVariant after = {})
        : recordType(std::move(type))
        , recordId(std::move(id))
        , op(operation)
        , field(std::move(fieldName))
        , oldValue(std::move(before))
        , newValue(std::move(after))
    {
    }

    QString recordType;
    RecordId recordId;
    ChangeOp op = ChangeOp::Set;
    QString field; // for Set
    QVariant oldValue; // for Set: the value before (invalid when it was empty)
    QVariant newValue; // for Set: the value after (invalid when cleared); for Create: the sample mark (bool)
    HlcTime time; // local changes: stamped by the pipeline; remote ones: the other device's time
    QString device;
    QString author;
    ChangeOrigin origin = ChangeOrigin::Local;
    RecordId parent; // the record this one is a part of (its value after the change), when it is a part
};

// Runs inside the write's transaction, after the change is in the change log; a failure undoes the write.
struct WriteHook {
    QString name;
    std::function<Status(const Change &)> apply;
    std::function<void()> writeEnded; // optional: the outermost write committed or anything rolled back
};

class WritePipeline;

// One write: a transaction (a savepoint when nested in another write) that commits or rolls back on
// scope exit. After the outermost write commits, the pipeline announces which record types changed.
class WriteScope {
public:
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    const Status &status() const { return m_begin; }
    Status commit();
    void rollback();

private:
    friend class WritePipeline;
    explicit WriteScope(WritePipeline &pipeline);
    WritePipeline &m_pipeline;
    std::unique_ptr<Transaction> m_tx;
    Status m_begin;
    bool m_done = false;
};

// The one path every record write goes through: one transaction, the change log (stamped with this
// device's clock for local changes, with the other device's time and id for remote ones), the hooks in
// that same transaction, and one "these record types changed" notice after the outermost commit.
class WritePipeline {
public:
    WritePipeline(Database &db, ChangeLog &log);
    ~WritePipeline();
    WritePipeline(const WritePipeline &) = delete;
    WritePipeline &operator=(const WritePipeline &) = delete;

    WriteScope begin();
    bool inWrite() const { return !m_frames.isEmpty(); }

    // A fresh reading of this device's clock, for a local change whose time a row needs before it is logged.
    HlcTime now();
    // Logs the change and runs the hooks. A local change is stamped with this device's id and author, and
    // with a fresh clock reading unless it carries one from now(); a remote one keeps its own.
    Result<HlcTime> record(Change change);
    // Logs an entry of another device's change log as it is; false when it is logged already.
    Result<bool> receive(const ChangeEntry &entry);
    // Runs the hooks for a change whose entry is in the log already (a remote change that won).
    Status announce(const Change &change);

    // Returns an id for removeHook(). Hooks run in the order they were added.
    int addHook(WriteHook hook);
    void removeHook(int id);

    // Called after the outermost commit with the types of the records changed (and of those they are
    // parts of), each once.
    void setNotifier(std::function<void(const QStringList &types)> notifier) { m_notifier = std::move(notifier); }
    // Finds the type of a record a changed part belongs to, so the notice names it too.
    void setTypeResolver(std::function<QString(const RecordId &)> resolver) { m_typeOf = std::move(resolver); }

    ChangeLog &log() { return m_log; }

private:
    friend class WriteScope;
    struct Frame {
        QStringList types;
        QSet<QString> seen;
        void add(const QString &type)
        {
            if (!type.isEmpty() && !seen.contains(type)) {
                seen.insert(type);
                types << type;
            }
        }
    };
    void opened();
    void committed();
    void rolledBack();
    void writeEnded();
    void collect(const Change &change);

    Database &m_db;
    ChangeLog &m_log;
    QList<std::pair<int, WriteHook>> m_hooks;
    int m_nextHook = 1;
    QList<Frame> m_frames;
    Frame m_pending; // committed inside someone else's transaction: announced after the next outermost commit
    QHash<QString, QString> m_parentTypes;
    std::function<void(const QStringList &)> m_notifier;
    std::function<QString(const RecordId &)> m_typeOf;
};

} // namespace praxis::core
