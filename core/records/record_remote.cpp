// Changes from other devices: entries of their change logs applied with their own clock times and device
// ids, per field, last writer wins by (time, device).
//
// Every entry received is kept in this library's change log (history, and what this device passes on);
// each record it touches is then brought to what the log says: for each field the value of its latest
// set, trashed when its latest trash/restore is a trash, gone when it was purged anywhere. The result
// depends only on the set of entries, never on the order they came in, so replicas converge.

#include "model/field_codec.h"
#include "records/record_store_private.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace praxis::core {

using namespace records_detail;

namespace {

bool before(const ChangeEntry &a, const ChangeEntry &b)
{
    return std::tie(a.time, a.device) < std::tie(b.time, b.device);
}

} // namespace

Result<RemoteApply> RecordStore::applyRemote(const QList<ChangeEntry> &entries)
{
    RemoteApply report;
    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status().error();
    QList<ChangeEntry> ordered = entries;
    std::stable_sort(ordered.begin(), ordered.end(), before);
    QList<QPair<RecordId, QString>> touched;
    QSet<QString> seen;
    for (const ChangeEntry &e : std::as_const(ordered)) {
        if (e.recordId.isNull() || e.device.isEmpty() || !RecordTypes::find(e.recordType))
            return makeError(ErrorCode::Invalid,
                QObject::tr("A change from device “%1” names no record this version knows (%2 %3); nothing was applied.")
                    .arg(e.device, e.recordType, e.recordId.toString()));
        auto fresh = d->pipeline.receive(e);
        if (!fresh)
            return fresh.error();
        if (!*fresh) {
            ++report.duplicates;
            continue;
        }
        ++report.received;
        if (!seen.contains(e.recordId.toString())) {
            seen.insert(e.recordId.toString());
            touched.append({e.recordId, e.recordType});
        }
    }
    if (report.received == 0)
        return report; // nothing new: nothing to write
    // Records that waited for entries that may have come now (a part whose owner had not arrived).
    auto waiting = d->db.prepare(QStringLiteral("SELECT DISTINCT c.record_id, c.record_type FROM change_log c WHERE c.op = 'create' "
                                                "AND NOT EXISTS (SELECT 1 FROM records r WHERE r.id = c.record_id) "
                                                "AND NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = c.record_id)"));
    if (!waiting)
        return waiting.error();
    for (;;) {
        auto row = waiting->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString id = waiting->text(0);
        if (!seen.contains(id)) {
            seen.insert(id);
            touched.append({RecordId(id), waiting->text(1)});
        }
    }
    waiting->reset();
    // Until nothing more can be done: a record whose references are not here yet waits for a later round.
    bool progress = true;
    while (progress && !touched.isEmpty()) {
        progress = false;
        QList<QPair<RecordId, QString>> later;
        for (const auto &[id, type] : std::as_const(touched)) {
            auto resolved = d->resolveRemote(id, type);
            if (!resolved)
                return resolved.error();
            if (*resolved == Private::Resolved::Pending)
                later.append({id, type});
            else
                progress = true;
        }
        touched = later;
    }
    report.pending = touched.size();
    if (Status s = write.commit(); !s)
        return s.error();
    return report;
}

Result<RecordStore::Private::Resolved> RecordStore::Private::resolveRemote(const RecordId &id, const QString &type)
{
    auto history = log.history(id);
    if (!history)
        return history.error();
    const ChangeEntry *create = nullptr;
    const ChangeEntry *purged = nullptr;
    const ChangeEntry *trash = nullptr;
    QHash<QString, const ChangeEntry *> sets;
    for (const ChangeEntry &e : std::as_const(*history)) {
        switch (e.op) {
        case ChangeOp::Create:
            if (!create || before(e, *create))
                create = &e;
            break;
        case ChangeOp::Purge:
            purged = &e;
            break;
        case ChangeOp::Trash:
        case ChangeOp::Restore:
            if (!trash || before(*trash, e))
                trash = &e;
            break;
        case ChangeOp::Set:
            if (const ChangeEntry *known = sets.value(e.field); !known || before(*known, e))
                sets.insert(e.field, &e);
            break;
        }
    }
    auto current = get(id);
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    const bool exists = current.ok();
    auto tomb = db.scalar(QStringLiteral("SELECT 1 FROM tombstone WHERE record_id = ?"), {id.toString()});
    if (!tomb)
        return tomb.error();
    if (purged || tomb->isValid()) {
        if (exists)
            if (Status s = purge(id, purged); !s)
                return s.error();
        return Resolved::Done;
    }
    if (!create && !exists)
        return Resolved::Pending;
    const RecordTypeDef *def = RecordTypes::find(exists ? current->type : type);
    if (!def)
        return makeError(ErrorCode::Corrupt, QObject::tr("Record %1 has an unknown type “%2”.").arg(id.toString(), type));

    // What the log says each field is.
    QVariantMap want;
    for (const FieldDef &f : def->fields) {
        if (const ChangeEntry *e = sets.value(f.name)) {
            auto v = FieldCodec::fromJson(def->label, f, e->value);
            want.insert(f.name, v ? FieldCodec::normalise(f, *v) : QVariant());
        }
    }
    const bool trashed = trash && trash->op == ChangeOp::Trash;
    const ChangeEntry *latest = nullptr;
    auto applied = [&](const ChangeEntry *e) {
        if (!latest || before(*latest, *e))
            latest = e;
    };
    auto remoteChange = [&](ChangeOp op, const ChangeEntry &e, const RecordId &parent) {
        Change c {def->name, id, op, e.field};
        c.time = e.time;
        c.device = e.device;
        c.author = e.author;
        c.origin = ChangeOrigin::Remote;
        c.parent = parent;
        return c;
    };

    if (!exists) {
        for (const FieldDef &f : def->fields) {
            const QVariant target = want.value(f.name);
            if (f.type != FieldType::Reference || !target.isValid())
                continue;
            auto targetType = typeOf(RecordId(target.toString()));
            if (!targetType && targetType.error().code != ErrorCode::NotFound)
                return targetType.error();
            if (!targetType)
                return Resolved::Pending;
        }
        const bool sample = create->value.toObject().value(QStringLiteral("sample")).toBool();
        if (Status s = insertRecord(*def, id, want, isoTime(create->time.wallMs), who(create->author, create->device), sample); !s)
            return s.error();
        const RecordId parent = parentOf(*def, want);
        Change created = remoteChange(ChangeOp::Create, *create, parent);
        created.newValue = sample;
        if (Status s = pipeline.announce(created); !s)
            return s.error();
        applied(create);
        for (const FieldDef &f : def->fields) {
            const QVariant v = want.value(f.name);
            if (!v.isValid())
                continue;
            Change set = remoteChange(ChangeOp::Set, *sets.value(f.name), parent);
            set.newValue = v;
            if (Status s = pipeline.announce(set); !s)
                return s.error();
            applied(sets.value(f.name));
        }
        if (trashed) {
            if (Status s = setTrashed(id, isoTime(trash->time.wallMs)); !s)
                return s.error();
            if (Status s = pipeline.announce(remoteChange(ChangeOp::Trash, *trash, parent)); !s)
                return s.error();
            applied(trash);
        }
    } else {
        RecordId parent = parentOf(*def, current->fields);
        for (const FieldDef &f : def->fields) {
            if (!want.contains(f.name))
                continue;
            const QVariant v = want.value(f.name);
            const QVariant was = current->fields.value(f.name);
            if (v == was)
                continue;
            if (Status s = setColumn(*def, id, f, v); !s)
                return s.error();
            if (f.name == def->parentField)
                parent = v.isValid() ? RecordId(v.toString()) : RecordId();
            Change set = remoteChange(ChangeOp::Set, *sets.value(f.name), parent);
            set.oldValue = was;
            set.newValue = v;
            if (Status s = pipeline.announce(set); !s)
                return s.error();
            applied(sets.value(f.name));
        }
        if (trashed != current->isTrashed()) {
            if (Status s = setTrashed(id, trashed ? isoTime(trash->time.wallMs) : QString()); !s)
                return s.error();
            if (Status s = pipeline.announce(remoteChange(trash->op, *trash, parent)); !s)
                return s.error();
            applied(trash);
        }
    }
    if (latest) {
        if (Status s = touch(id, latest->time, who(latest->author, latest->device)); !s)
            return s.error();
    }
    return Resolved::Done;
}

} // namespace praxis::core
