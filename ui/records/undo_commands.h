#pragma once

#include "model/custom_fields.h"
#include "model/record_id.h"
#include "records/bulk_edit.h"
#include "records/record_merger.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <QVariantMap>

#include <functional>

namespace praxis::core {
class RecordStore;
}

namespace praxis::ui {

class StoreCommand;

// The window's undo stack. A step that cannot be undone or redone (the record is gone, the disk is full)
// is announced by failed() with the store's message, and leaves the stack.
class UndoStack : public QUndoStack {
    Q_OBJECT
public:
    using QUndoStack::QUndoStack;
    void push(StoreCommand *command);

Q_SIGNALS:
    void failed(const QString &message);
};

// Undo steps for the record store. Each is pushed after its change has been made (so a refused change
// never reaches the stack); redo() re-applies it after an undo.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(core::RecordStore &store, const QString &text) : QUndoCommand(text), m_store(store) {}
    void redo() final;
    void undo() final;

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;
    // Passes a failed step's message on to the stack; true when the step worked.
    bool report(const core::Status &status) const;
    // The same for a step that gives back what undoing it needs: kept in `into` when it worked.
    template <typename T>
    bool report(core::Result<T> result, T &into) const
    {
        if (!result)
            return report(core::Status(result.error()));
        into = std::move(*result);
        return true;
    }
    core::RecordStore &m_store;
    bool m_done = true; // already applied when pushed

private:
    friend class UndoStack;
    std::function<void(const QString &)> m_failed;
};

// New values of some fields of one record.
class EditRecordCommand : public StoreCommand {
public:
    EditRecordCommand(core::RecordStore &store, core::RecordId id, QVariantMap before, QVariantMap after, const QString &text);

protected:
    bool apply() override;
    bool revert() override;

private:
    core::RecordId m_id;
    QVariantMap m_before;
    QVariantMap m_after;
};

// A record moved into the trash or out of it; undo moves it back.
class TrashStepCommand : public StoreCommand {
protected:
    TrashStepCommand(core::RecordStore &store, core::RecordId id, const QString &text, bool intoTrash);
    bool apply() override;
    bool revert() override;

private:
    core::RecordId m_id;
    bool m_intoTrash;
};

// A record created: undo moves it to the trash, redo brings it back.
class CreateRecordCommand : public TrashStepCommand {
public:
    CreateRecordCommand(core::RecordStore &store, core::RecordId id, const QString &text)
        : TrashStepCommand(store, std::move(id), text, false)
    {
    }
};

// A record moved to the trash: undo restores it.
class TrashRecordCommand : public TrashStepCommand {
public:
    TrashRecordCommand(core::RecordStore &store, core::RecordId id, const QString &text)
        : TrashStepCommand(store, std::move(id), text, true)
    {
    }
};

} // namespace praxis::ui

namespace praxis::core {
class Database;
}

namespace praxis::ui {

// Two records merged into one: undo restores the other record and every value and part as it was.
class MergeRecordsCommand : public StoreCommand {
public:
    MergeRecordsCommand(core::Database &db, core::RecordStore &store, core::MergeOutcome outcome, const QString &text);

protected:
    bool apply() override;
    bool revert() override;

private:
    core::Database &m_db;
    core::MergeOutcome m_outcome;
};

} // namespace praxis::ui

namespace praxis::ui {

// A custom field's value on one record changed (set, changed or cleared).
class CustomValueCommand : public StoreCommand {
public:
    CustomValueCommand(core::RecordStore &store, core::RecordId record, core::CustomFieldDef field, QVariant before, QVariant after,
                       const QString &text);

protected:
    bool apply() override;
    bool revert() override;

private:
    core::RecordId m_record;
    core::CustomFieldDef m_field;
    QVariant m_before;
    QVariant m_after;
};

} // namespace praxis::ui

namespace praxis::ui {

// A bulk edit of many records: undo restores every value, tag and custom value it changed.
class BulkEditCommand : public StoreCommand {
public:
    BulkEditCommand(core::Database &db, core::RecordStore &store, core::BulkEditOutcome outcome, const QString &text);

protected:
    bool apply() override;
    bool revert() override;

private:
    core::Database &m_db;
    core::BulkEditOutcome m_outcome;
    // Kept to do it again after an undo.
    QList<core::RecordId> m_ids;
    QString m_target;
    core::BulkOperation m_operation = core::BulkOperation::Set;
    QVariant m_value;

public:
    void setRedo(QList<core::RecordId> ids, QString target, core::BulkOperation operation, QVariant value)
    {
        m_ids = std::move(ids);
        m_target = std::move(target);
        m_operation = operation;
        m_value = std::move(value);
    }
};

} // namespace praxis::ui
