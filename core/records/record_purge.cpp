// Purge planning and purging: what a purge takes with it, and removing it for good behind a tombstone.

#include "records/record_store_private.h"
#include "storage/logging.h"

#include <QSet>

#include <algorithm>

namespace praxis::core {

using namespace records_detail;

Result<PurgePlan> RecordStore::Private::planPurge(const RecordId &root) const
{
    PurgePlan plan;
    QSet<QString> seen;
    QList<RecordId> queue {root};
    while (!queue.isEmpty()) {
        const RecordId id = queue.takeFirst();
        if (seen.contains(id.toString()))
            continue;
        seen.insert(id.toString());
        auto type = typeOf(id);
        if (!type)
            return type.error();
        plan.purge.append({*type, id});
        for (const auto &[refDef, refField] : RecordTypes::referencesTo(*type)) {
            auto stmt = db.cached(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(refDef->name, refField->name));
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, id.toString());
            const Status read = (*stmt)->forEach([&, refDef = refDef, refField = refField](const Statement &row) {
                const RecordId referrer(row.text(0));
                if (refField->required)
                    queue.append(referrer);
                else
                    plan.clear.append({refDef, refField, referrer, id});
            });
            if (!read)
                return read.error();
        }
    }
    plan.clear.erase(
        std::remove_if(plan.clear.begin(), plan.clear.end(), [&](const auto &c) { return seen.contains(std::get<2>(c).toString()); }),
        plan.clear.end());
    return plan;
}

Status RecordStore::Private::purge(const RecordId &root, const ChangeEntry *remote)
{
    auto plan = planPurge(root);
    if (!plan)
        return plan.error();
    for (const auto &[refDef, refField, referrer, target] : plan->clear) {
        if (Status s = setColumn(*refDef, referrer, *refField, QVariant()); !s)
            return s;
        Change cleared {refDef->name, referrer, ChangeOp::Set, refField->name, target.toString(), QVariant()};
        auto logged = pipeline.record(cleared);
        if (!logged)
            return logged.error();
        if (Status s = touch(referrer, *logged, who()); !s)
            return s;
    }
    for (const auto &[type, target] : plan->purge) {
        Change change {type, target, ChangeOp::Purge};
        // The parent's document loses this part: the hooks see it while the part can still be read.
        if (auto record = get(target); record && RecordTypes::find(type))
            change.parent = parentOf(*RecordTypes::find(type), record->fields);
        if (remote && target == root) {
            change.time = remote->time;
            change.device = remote->device;
            change.author = remote->author;
            change.origin = ChangeOrigin::Remote;
            if (Status s = pipeline.announce(change); !s)
                return s;
        } else {
            auto logged = pipeline.record(change);
            if (!logged)
                return logged.error();
            change.time = *logged;
            change.device = log.deviceId();
        }
        auto tomb = db.cached(QStringLiteral("INSERT OR REPLACE INTO tombstone (record_id, record_type, hlc, device) VALUES (?, ?, ?, ?)"));
        if (!tomb)
            return tomb.error();
        (*tomb)->bind(1, target.toString()).bind(2, type).bind(3, change.time.toString()).bind(4, change.device);
        if (Status s = (*tomb)->run(); !s)
            return s;
        auto del = db.cached(QStringLiteral("DELETE FROM records WHERE id = ?"));
        if (!del)
            return del.error();
        (*del)->bind(1, target.toString());
        if (Status s = (*del)->run(); !s)
            return s;
    }
    qCInfo(lcRecords) << "purged" << plan->purge.size() << "records, cleared" << plan->clear.size() << "references";
    return {};
}

} // namespace praxis::core
