#include "records/search_queue_hook.h"

#include "model/record_type.h"
#include "storage/database.h"

namespace praxis::core {

WriteHook SearchQueueHook::hook()
{
    return WriteHook {QStringLiteral("search queue"), [this](const Change &c) { return apply(c); }, [this] { writeEnded(); }};
}

Status SearchQueueHook::apply(const Change &change)
{
    const bool deep = change.op == ChangeOp::Trash || change.op == ChangeOp::Restore;
    if (Status s = enqueue(change.recordType, change.recordId, change.parent, deep); !s)
        return s;
    // Moved to another parent: the old one's document changes too.
    const RecordTypeDef *def = RecordTypes::find(change.recordType);
    if (change.op == ChangeOp::Set && def && !def->parentField.isEmpty() && change.field == def->parentField && change.oldValue.isValid())
        return enqueue(change.recordType, change.recordId, RecordId(change.oldValue.toString()), false);
    return {};
}

Status SearchQueueHook::enqueue(const QString &type, const RecordId &id, const RecordId &parent, bool deep)
{
    const QString key = id.toString() + QLatin1Char('|') + parent.toString() + (deep ? QStringLiteral("|deep") : QString());
    if (m_queued.contains(key))
        return {};
    // Queued anew at a new position, so that an indexer that read the old entry indexes it again.
    auto stmt = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO search_queue (record_id, deep) "
                                           "VALUES (?1, max(?2, coalesce((SELECT deep FROM search_queue WHERE record_id = ?1), 0)))"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id.toString()).bind(2, qint64(deep ? 1 : 0));
    if (Status s = (*stmt)->run(); !s)
        return s;
    m_queued.insert(key);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def || def->parentField.isEmpty() || parent.isNull())
        return {};
    auto parentType = m_db.scalar(QStringLiteral("SELECT type FROM records WHERE id = ?"), {parent.toString()});
    if (!parentType)
        return parentType.error();
    if (!parentType->isValid())
        return {}; // gone already (purged with it)
    const RecordTypeDef *parentDef = RecordTypes::find(parentType->toString());
    if (!parentDef)
        return {};
    RecordId grandParent;
    if (!parentDef->parentField.isEmpty()) {
        auto v = m_db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(parentDef->parentField, parentDef->name));
        if (!v)
            return v.error();
        (*v)->bind(1, parent.toString());
        auto row = (*v)->step();
        if (!row)
            return row.error();
        if (*row && !(*v)->isNull(0))
            grandParent = RecordId((*v)->text(0));
    }
    return enqueue(parentDef->name, parent, grandParent, false);
}

} // namespace praxis::core
