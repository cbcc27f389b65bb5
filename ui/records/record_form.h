#pragma once

#include "model/custom_fields.h"
#include "model/record_id.h"
#include "records/record_page.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace praxis::core {
class RecordStore;
struct RecordTypeDef;
} // namespace praxis::core

namespace praxis::core {
class AttachmentStore;
}

namespace praxis::ui {

class UndoStack;

class AttachmentsPanel;

class FieldEditor;
class PartsPanel;

// The editor of one record: a field editor for every field of its type, then a tab for each kind
// of part it holds (sections, weeks, participants, ...), each listing the parts with their own form.
// Saving goes through the record store and onto the undo stack; refusals are shown in the form.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    RecordForm(core::RecordStore &store, UndoStack &undo, int depth = 0, QWidget *parent = nullptr);

    // Shows an existing record.
    void showRecord(const core::RecordId &id);
    // Starts a new record of a type; `preset` fills fields the user does not see (parent, position).
    void startNew(const QString &type, const QVariantMap &preset = {});
    void clear();
    // Clears the form and says why it is empty (an empty section, an empty trash).
    void clear(const QString &hint);

    core::RecordId recordId() const { return m_id; }
    QString type() const { return m_type; }
    bool isNew() const { return m_id.isNull() && !m_type.isEmpty(); }
    bool isModified() const { return m_modified; }
    FieldEditor *editor(const QString &field) const { return m_editors.value(field); }
    // The editor of a custom field, by its name; null when the type has no such field.
    FieldEditor *customEditor(const QString &name) const;
    // A kind of page the form shows beside the fields of the types it applies to (main forms only);
    // pages are made when the form is next built for a type.
    void addPage(RecordPageMaker maker);
    QList<RecordPage *> pages() const { return m_pages; }
    // Files and links of the types that hold attachments: the attachments page.
    void setAttachmentStore(core::AttachmentStore *attachments);
    class AttachmentsPanel *attachmentsPanel() const;
    PartsPanel *partsPanel(const QString &partType) const { return m_parts.value(partType); }
    QString errorText() const;
    // Selects a part of this record (or a part of one of its parts, …) in its tab; returns the form
    // that shows it, or null when it is not a part of this record.
    RecordForm *revealPart(const core::RecordId &part);
    // Asked with the fields of a new record just before it is added; returning false keeps it unsaved.
    void setCreateCheck(std::function<bool(const QString &type, const QVariantMap &fields)> check) { m_createCheck = std::move(check); }
    // Marks where these words (search terms; a trailing * for prefixes) occur in the form's texts.
    void highlight(const QStringList &words);

public Q_SLOTS:
    bool save();
    void revert();
    // Reloads the shown record unless the user has unsaved edits.
    void refresh();

Q_SIGNALS:
    void saved(const core::RecordId &id);
    void modifiedChanged(bool modified);

private:
    std::function<bool(const QString &, const QVariantMap &)> m_createCheck;
    void build(const QString &type);
    void load();
    void setModified(bool modified);
    void setOwner(const QString &owner);
    void showError(const QString &message);
    QVariantMap editedValues() const;
    // A tab's label with the count of what it lists (none shown for 0).
    void labelTab(QWidget *tab, const QString &label, int count);

    core::RecordStore &m_store;
    UndoStack &m_undo;
    int m_depth = 0;
    QString m_type;
    core::RecordId m_id;
    QVariantMap m_preset;
    QVariantMap m_loaded;
    bool m_modified = false;
    bool m_trashed = false;

    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_fields = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    // Custom fields of the record type (main forms only): their definitions and editors, in order.
    QList<std::pair<core::CustomFieldDef, FieldEditor *>> m_custom;
    QString m_customSignature;
    QList<RecordPageMaker> m_pageMakers;
    QList<RecordPage *> m_pages;
    bool m_pagesAdded = false; // a kind of page came since the form was built
    QHash<QString, QVariant> m_loadedCustom; // by field id
    QHash<QString, PartsPanel *> m_parts;
};

} // namespace praxis::ui
