
#include "records/record_store.h"

#include "records/undo_commands.h"

namespace praxis::ui {

void UndoStack::push(StoreCommand *command)
{
    command->m_failed = [this](const QString &message) { Q_EMIT failed(message); };
    QUndoStack::push(command);
}

bool StoreCommand::report(const core::Status &status) const
{
    if (!status && m_failed)
        m_failed(status.error().message);
    return status.ok();
}

void StoreCommand::redo()
{
    if (m_done) {
        m_done = false; // the first redo is the change already made
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
    return report(m_store.update(m_id, m_after));
}

bool EditRecordCommand::revert()
{
    return report(m_store.update(m_id, m_before));
}

TrashStepCommand::TrashStepCommand(core::RecordStore &store, core::RecordId id, const QString &text, bool intoTrash)
    : StoreCommand(store, text)
    , m_id(std::move(id))
    , m_intoTrash(intoTrash)
{
}

bool TrashStepCommand::apply()
{
    return report(m_intoTrash ? m_store.trash(m_id) : m_store.restore(m_id));
}

bool TrashStepCommand::revert()
{
    return report(m_intoTrash ? m_store.restore(m_id) : m_store.trash(m_id));
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
    return report(core::RecordMerger(m_db, m_store).merge(m_outcome.kept, m_outcome.merged), m_outcome);
}

bool MergeRecordsCommand::revert()
{
    return report(core::RecordMerger(m_db, m_store).undo(m_outcome));
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
    return report(core::CustomFields(m_store).setValue(m_record, m_field, m_after));
}

bool CustomValueCommand::revert()
{
    return report(core::CustomFields(m_store).setValue(m_record, m_field, m_before));
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
    return report(core::BulkEditor(m_db, m_store).apply(m_ids, m_target, m_operation, m_value), m_outcome);
}

bool BulkEditCommand::revert()
{
    return report(core::BulkEditor(m_db, m_store).undo(m_outcome));
}

} // namespace praxis::ui
