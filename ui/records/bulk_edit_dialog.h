#pragma once

#include "model/record_id.h"
#include "records/bulk_edit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class UndoStack;

class FieldEditor;

// Edit ▸ Bulk Edit: one field (a custom field, or the tags) of every selected record set, added to,
// taken from or cleared in one step that Undo takes back whole.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(core::Library &library, UndoStack &undo, QString type, QList<core::RecordId> ids, QWidget *parent = nullptr);

    // For tests and keyboard users: choose the target ("status", "custom:donor", "@tag") and operation.
    void choose(const QString &target, core::BulkOperation operation);
    FieldEditor *valueEditor() const { return m_editor; }
    QComboBox *tagBox() const { return m_tags; }
    // Applies the edit; false with the reason shown when it is refused.
    bool applyEdit();
    QString errorText() const;

private:
    void targetChanged();

    core::Library &m_library;
    UndoStack &m_undo;
    QString m_type;
    QList<core::RecordId> m_ids;
    QComboBox *m_target = nullptr;
    QComboBox *m_operation = nullptr;
    QVBoxLayout *m_valueBox = nullptr;
    FieldEditor *m_editor = nullptr;
    QComboBox *m_tags = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace praxis::ui
