#include "records/undo_commands.h"

#include "records/record_store.h"

namespace praxis::ui {

namespace {
QString g_lastError;

bool remember(const core::Status &status)
{
    g_lastError = status ? QString() : status.error().message;
    return status.ok();
}
} // namespace

QString StoreCommand::lastError()
{
    return g_lastError;
}

void StoreCommand::redo()
{
    if (m_done) {
        m_done = false; // the first redo is the change already made
        g_lastError.clear();
        return;
    }
    if (!apply())
        setObsolete(true);
}

void StoreCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

EditRecordCommand::EditRecordCommand(core::RecordStore &store, core::RecordId id, QVariantMap before, QVariantMap after, const QString &text)
    : StoreCommand(store, text)
    , m_id(std::move(id))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool EditRecordCommand::apply()
{
    return remember(m_store.update(m_id, m_after));
}

bool EditRecordCommand::revert()
{
    return remember(m_store.update(m_id, m_before));
}

CreateRecordCommand::CreateRecordCommand(core::RecordStore &store, core::RecordId id, const QString &text)
    : StoreCommand(store, text)
    , m_id(std::move(id))
{
}

bool CreateRecordCommand::apply()
{
    return remember(m_store.restore(m_id));
}

bool CreateRecordCommand::revert()
{
    return remember(m_store.trash(m_id));
}

TrashRecordCommand::TrashRecordCommand(core::RecordStore &store, core::RecordId id, const QString &text)
    : StoreCommand(store, text)
    , m_id(std::move(id))
{
}

bool TrashRecordCommand::apply()
{
    return remember(m_store.trash(m_id));
}

bool TrashRecordCommand::revert()
{
    return remember(m_store.restore(m_id));
}

} // namespace praxis::ui

namespace praxis::ui {

MergeRecordsCommand::MergeRecordsCommand(core::Database &db, core::RecordStore &store, core::MergeOutcome outcome, const QString &text)
    : StoreCommand(store, text)
    , m_db(db)
    , m_outcome(std::move(outcome))
{
}

bool MergeRecordsCommand::apply()
{
    core::RecordMerger merger(m_db, m_store);
    auto again = merger.merge(m_outcome.kept, m_outcome.merged);
    if (!again)
        return remember(again.error());
    m_outcome = *again;
    return remember({});
}

bool MergeRecordsCommand::revert()
{
    core::RecordMerger merger(m_db, m_store);
    return remember(merger.undo(m_outcome));
}

} // namespace praxis::ui

namespace praxis::ui {

CustomValueCommand::CustomValueCommand(core::RecordStore &store, core::RecordId record, core::CustomFieldDef field, QVariant before, QVariant after,
                                       const QString &text)
    : StoreCommand(store, text)
    , m_record(std::move(record))
    , m_field(std::move(field))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool CustomValueCommand::apply()
{
    return remember(core::CustomFields(m_store).setValue(m_record, m_field, m_after));
}

bool CustomValueCommand::revert()
{
    return remember(core::CustomFields(m_store).setValue(m_record, m_field, m_before));
}

} // namespace praxis::ui

namespace praxis::ui {

BulkEditCommand::BulkEditCommand(core::Database &db, core::RecordStore &store, core::BulkEditOutcome outcome, const QString &text)
    : StoreCommand(store, text)
    , m_db(db)
    , m_outcome(std::move(outcome))
{
}

bool BulkEditCommand::apply()
{
    core::BulkEditor editor(m_db, m_store);
    auto again = editor.apply(m_ids, m_target, m_operation, m_value);
    if (!again)
        return remember(again.error());
    m_outcome = *again;
    return remember({});
}

bool BulkEditCommand::revert()
{
    return remember(core::BulkEditor(m_db, m_store).undo(m_outcome));
}

} // namespace praxis::ui
