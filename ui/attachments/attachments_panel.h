#pragma once

#include "model/record_id.h"
#include "records/record_page.h"

class QTreeWidget;
class QPushButton;

namespace praxis::core {
class AttachmentStore;
class RecordStore;
}

namespace praxis::ui {

class UndoStack;

// The files and links attached to one record: added from a dialog (many at once) or dropped from the
// file manager, opened with the system's application, written out, or moved to the trash (undoable).
class AttachmentsPanel : public RecordPage {
    Q_OBJECT
public:
    AttachmentsPanel(core::AttachmentStore &attachments, core::RecordStore &store, UndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    void setRecord(const core::RecordId &id, bool editable) override;
    void setOwner(const core::RecordId &owner);
    // Attaches files (as a drop or the dialog would); false with the reason shown when refused.
    bool addFiles(const QStringList &paths);
    int count() const;
    QTreeWidget *list() const { return m_list; }
    QString lastError() const { return m_lastError; }

protected:
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void reload();
    void addLink();
    void openSelected();
    void exportSelected();
    void removeSelected();
    core::RecordId selectedId() const;
    void fail(const QString &message);

    core::AttachmentStore &m_attachments;
    core::RecordStore &m_store;
    UndoStack &m_undo;
    core::RecordId m_owner;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_lastError;
};

} // namespace praxis::ui
