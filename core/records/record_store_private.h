#pragma once

// The record store's internals, shared by the files it is split into (writes, validation, ordering,
// purge planning, display names, remote changes). Not part of core's interface.

#include "history/change_log.h"
#include "records/record_store.h"
#include "records/search_queue_hook.h"
#include "records/write_pipeline.h"
#include "storage/database.h"

#include <functional>
#include <tuple>

namespace praxis::core {

namespace records_detail {

QString isoTime(qint64 ms);
Error unknownType(const QString &type);
Error notFound(const RecordId &id);
Error noSuchField(const RecordTypeDef &def, const QString &field);
// Columns of the type's own table, in field order (lists are not columns).
QStringList columnFields(const RecordTypeDef &def);
QString metaColumns();

} // namespace records_detail

// What a purge takes with it: the records to remove (the root first) and the optional references to clear.
struct PurgePlan {
    QList<QPair<QString, RecordId>> purge;
    QList<std::tuple<const RecordTypeDef *, const FieldDef *, RecordId, RecordId>> clear; // referrer, then its target
};

class RecordStore::Private {
public:
    Private(Database &d, ChangeLog &l);

    Database &db;
    ChangeLog &log;
    WritePipeline pipeline;
    SearchQueueHook searchQueue;

    QString who() const { return who(log.author(), log.deviceId()); }
    static QString who(const QString &author, const QString &device) { return author + QLatin1Char('@') + device; }
    static RecordId parentOf(const RecordTypeDef &def, const QVariantMap &fields);

    // Reading (record_store.cpp).
    Result<QString> typeOf(const RecordId &id) const;
    Result<Record> get(const RecordId &id) const;
    // Reads the record the statement is on: id, the type's columns, then the meta columns.
    Result<Record> readRow(const RecordTypeDef &def, Statement &s) const;
    Status readLists(const RecordTypeDef &def, Record &r) const;
    QString selectSql(const RecordTypeDef &def) const;

    // Row writes, each part of a pipeline write (record_store.cpp).
    Status insertRecord(const RecordTypeDef &def, const RecordId &id, const QVariantMap &fields, const QString &created,
        const QString &createdBy, bool sample);
    Status writeList(const RecordId &id, const QString &field, const QVariant &value);
    Status setColumn(const RecordTypeDef &def, const RecordId &id, const FieldDef &f, const QVariant &value);
    Status setTrashed(const RecordId &id, const QString &deletedAt);
    Status touch(const RecordId &id, const HlcTime &time, const QString &by);

    // Validation (record_validation.cpp).
    Status checkReference(const QString &typeLabel, const FieldDef &f, const QString &target) const;

    // Purge planning and purging (record_purge.cpp). `remote`: the other device's purge entry of the root,
    // logged already; what else the purge takes is logged as this device's changes.
    Result<PurgePlan> planPurge(const RecordId &root) const;
    Status purge(const RecordId &root, const ChangeEntry *remote);

    // Ordering and listing (record_ordering.cpp).
    QString orderBy(const RecordTypeDef &def, const ListQuery &q) const;
    // The WHERE clause; the parent is ?1, a filter's values follow from ?2 (into `binds`).
    Result<QString> where(const RecordTypeDef &def, const ListQuery &q, QVariantList &binds) const;
    // Runs a listing query: cached when unfiltered, prepared afresh for a filter (whose SQL varies).
    Status bindAndRun(const QString &sql, const ListQuery &q, const RecordTypeDef &def, const QVariantList &binds,
        const std::function<Status(Statement &)> &rows) const;

    // Changes from other devices (record_remote.cpp).
    enum class Resolved { Done, Pending };
    Result<Resolved> resolveRemote(const RecordId &id, const QString &type);
};

} // namespace praxis::core
