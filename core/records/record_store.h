#pragma once

#include "model/record.h"
#include "model/record_type.h"
#include "records/record_filter.h"
#include "storage/result.h"

#include <QList>
#include <QObject>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace praxis::core {

class ChangeLog;
class Database;
class HybridClock;
class WritePipeline;
struct ChangeEntry;

enum class TrashFilter { Live, Trashed, All };

struct ListQuery {
    QString sortField;         // a field of the type, "created"/"modified", or "custom:NAME"; empty = title field
    bool descending = false;
    int limit = 100;
    int offset = 0;
    TrashFilter trash = TrashFilter::Live;
    RecordId parent;           // for parts: only the parts of this record
    bool sampleOnly = false;
    RecordFilter filter;       // facets, year range, collection (Main types)
};

struct CreateOptions {
    bool sample = false;       // mark as part of the removable sample library
    RecordId id;               // use this id instead of a fresh one (imports that keep ids)
};

// What applyRemote() did with another device's change log entries.
struct RemoteApply {
    qint64 received = 0;   // entries new to this library, now in its change log
    qint64 duplicates = 0; // entries it held already (the same file read twice, or its own coming back)
    qint64 pending = 0;    // records that wait for entries still to come (a part before its owner)
};

class RecordScan;

// Reads and writes records of every type. Every write goes through its write pipeline (pipeline()):
// one transaction, the change log, the hooks (the search queue first), and one recordsChanged per
// changed type after the commit; no other code writes record tables.
class RecordStore : public QObject {
    Q_OBJECT
public:
    RecordStore(Database &db, ChangeLog &log, QObject *parent = nullptr);
    ~RecordStore() override;

    Result<RecordId> create(const QString &type, const QVariantMap &fields, const CreateOptions &options = {});
    Result<Record> get(const RecordId &id) const;
    // Sets the given fields; others are untouched. An invalid QVariant clears a field.
    Status update(const RecordId &id, const QVariantMap &changes);
    // Moves a record to the trash; its parts and links stay and come back with it.
    Status trash(const RecordId &id);
    Status restore(const RecordId &id);
    // Removes for good, leaving a tombstone. Parts and links that need the record go with it;
    // optional references to it are cleared. All of it is logged.
    Status purge(const RecordId &id);

    Result<QList<Record>> list(const QString &type, const ListQuery &query) const;
    Result<qint64> count(const QString &type, const ListQuery &query) const;
    // Every record of a type that is not itself in the trash, in id order, read in one pass.
    Result<std::unique_ptr<RecordScan>> scan(const QString &type) const;
    // Parts of one record, of one part type, in their order.
    Result<QList<Record>> parts(const RecordId &parent, const QString &partType) const;
    // Records in the trash that were trashed themselves (not only through a trashed parent), newest first.
    Result<QList<Record>> trashed(int limit, int offset) const;
    Result<qint64> trashedCount() const;
    // What a user calls a record: its title field, with the type's label when empty.
    Result<QString> displayName(const RecordId &id) const;
    Result<QString> typeOf(const RecordId &id) const;

    // Checks fields against the type without writing: unknown fields, types, choices, ranges,
    // required fields (when forCreate) and references.
    Status validate(const QString &type, const QVariantMap &fields, bool forCreate) const;
    // Converts JSON values to the field representation (e.g. arrays to QStringList).
    Result<QVariantMap> fieldsFromJson(const QString &type, const QJsonObject &json) const;

    Result<qint64> sampleCount() const;
    // Purges every record marked as sample, in one transaction.
    Status removeSamples();

    // Applies entries of another device's change log (ChangeLog::since() there) with that device's clock
    // times and id, per field, last writer wins by (time, device): replicas that have applied the same
    // entries, in any order and any number of times, hold the same records. One transaction.
    Result<RemoteApply> applyRemote(const QList<ChangeEntry> &entries);

    // Writers that make several writes as one (bulk edit, merge, imports) open a write here
    // (pipeline().begin()): one transaction, and the change announced once after it commits.
    WritePipeline &pipeline();

Q_SIGNALS:
    // Emitted after a committed write, once for each type of the records it changed (and of the records
    // those are parts of).
    void recordsChanged(const QString &type);

private:
    friend class RecordScan;
    class Private;
    std::unique_ptr<Private> d;
};

// A pass over the records of one type (RecordStore::scan). Not shared between threads.
class RecordScan {
public:
    ~RecordScan();
    RecordScan(const RecordScan &) = delete;
    RecordScan &operator=(const RecordScan &) = delete;
    // The next record; no value at the end.
    Result<std::optional<Record>> next();

private:
    friend class RecordStore;
    struct State;
    explicit RecordScan(std::unique_ptr<State> state);
    std::unique_ptr<State> d;
};

// The store seen through one record type: CRUD with paging and sorting for that type.
class Repository {
public:
    Repository(RecordStore &store, QString type) : m_store(store), m_type(std::move(type)) {}

    const QString &type() const { return m_type; }
    Result<RecordId> create(const QVariantMap &fields, const CreateOptions &options = {}) { return m_store.create(m_type, fields, options); }
    Result<Record> get(const RecordId &id) const;
    Status update(const RecordId &id, const QVariantMap &changes) { return m_store.update(id, changes); }
    Status remove(const RecordId &id) { return m_store.trash(id); }
    Result<QList<Record>> list(const ListQuery &query = {}) const { return m_store.list(m_type, query); }
    Result<qint64> count(const ListQuery &query = {}) const { return m_store.count(m_type, query); }

private:
    RecordStore &m_store;
    QString m_type;
};

} // namespace praxis::core
