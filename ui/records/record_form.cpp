#include "records/record_form.h"

#include "attachments/attachments_panel.h"

#include "editors/field_editor.h"
#include "editors/field_editors.h"
#include "editors/labels.h"
#include "model/record_type.h"
#include "records/parts_panel.h"
#include "records/record_store.h"
#include "records/undo_commands.h"
#include "search/search_matches.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace praxis::ui {

RecordForm::RecordForm(core::RecordStore &store, UndoStack &undo, int depth, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_depth(depth)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(depth == 0 ? 12 : 4, depth == 0 ? 8 : 4, depth == 0 ? 12 : 4, 4);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setMinimumWidth(100);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * (depth == 0 ? 1.35 : 1.1));
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #a4262c; padding: 6px; border-radius: 3px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_fieldsBox = new QWidget(this);
    m_fields = new QFormLayout(m_fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_fieldsBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(depth == 0);
    connect(m_saveButton, &QPushButton::clicked, this, &RecordForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordForm::revert);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true); // many kinds of parts must not widen the pane
    m_tabs->hide();
    layout->addWidget(m_tabs, 1);
    if (depth == 0)
        layout->addStretch();
    clear();
}

FieldEditor *RecordForm::customEditor(const QString &name) const
{
    for (const auto &[def, editor] : m_custom)
        if (def.name == name)
            return editor;
    return nullptr;
}

void RecordForm::build(const QString &type)
{
    // Custom fields defined (or removed) since the form was built call for a new one.
    QList<core::CustomFieldDef> custom;
    const core::RecordTypeDef *typeDef = core::RecordTypes::find(type);
    if (m_depth == 0 && typeDef && typeDef->hasCustomFields) {
        if (auto defs = core::CustomFields(m_store).definitions(type))
            custom = *defs;
    }
    QString signature;
    for (const core::CustomFieldDef &c : std::as_const(custom))
        signature += c.id.toString() + c.label + c.fieldType + c.choices.join(QLatin1Char(',')) + QLatin1Char(';');
    if (type == m_type && signature == m_customSignature && !m_pagesAdded)
        return;
    m_pagesAdded = false;
    m_customSignature = signature;
    m_custom.clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_editors.clear();
    for (RecordPage *p : std::as_const(m_pages))
        p->deleteLater();
    m_pages.clear();
    m_tabs->clear();
    for (PartsPanel *p : std::as_const(m_parts))
        p->deleteLater();
    m_parts.clear();
    m_type = type;
    const core::RecordTypeDef *def = core::RecordTypes::find(type);
    if (!def)
        return;
    for (const core::FieldDef &f : def->fields) {
        if (f.name == def->parentField && def->role != core::RecordRole::Main)
            continue; // the owner is where the form sits
        if (f.name == def->orderField && def->role == core::RecordRole::Part)
            continue; // moved with the buttons of the parts list
        auto *editor = FieldEditors::create(f, m_store, m_fieldsBox);
        editor->setObjectName(QStringLiteral("field_") + f.name);
        connect(editor, &FieldEditor::edited, this, [this] { setModified(true); });
        QString label = Labels::field(f);
        if (f.required)
            label += QStringLiteral(" *");
        m_fields->addRow(label, editor);
        m_editors.insert(f.name, editor);
    }
    for (const core::CustomFieldDef &c : std::as_const(custom)) {
        auto *editor = FieldEditors::create(c.asField(), m_store, m_fieldsBox);
        editor->setObjectName(QStringLiteral("custom_") + c.name);
        editor->setToolTip(tr("Custom field “%1” (%2)").arg(c.name, c.fieldType));
        connect(editor, &FieldEditor::edited, this, [this] { setModified(true); });
        m_fields->addRow(c.label.isEmpty() ? c.name : c.label, editor);
        m_custom.append({c, editor});
    }
    if (m_depth == 0) {
        for (const RecordPageMaker &make : std::as_const(m_pageMakers)) {
            RecordPage *page = make(*def, m_tabs);
            if (!page)
                continue;
            m_pages << page;
            const QString label = page->title();
            m_tabs->addTab(page, label);
            connect(page, &RecordPage::countChanged, this, [this, page, label](int count) { labelTab(page, label, count); });
        }
    }
    // Nested parts, two levels deep in the main form (a dialogue's weeks and their questions).
    if (m_depth < 2) {
        for (const core::RecordTypeDef *part : core::RecordTypes::partsOf(type)) {
            auto *panel = new PartsPanel(*part, m_store, m_undo, m_depth + 1, m_tabs);
            panel->setObjectName(QStringLiteral("parts_") + part->name);
            m_tabs->addTab(panel, Labels::typePlural(*part));
            m_parts.insert(part->name, panel);
            connect(panel, &PartsPanel::countChanged, this,
                    [this, panel, label = Labels::typePlural(*part)](int count) { labelTab(panel, label, count); });
        }
    }
}

void RecordForm::labelTab(QWidget *tab, const QString &label, int count)
{
    m_tabs->setTabText(m_tabs->indexOf(tab), count > 0 ? QStringLiteral("%1 (%2)").arg(label).arg(count) : label);
}

void RecordForm::addPage(RecordPageMaker maker)
{
    m_pageMakers << std::move(maker);
    m_pagesAdded = true; // the next build makes the pages, even for the same type
}

void RecordForm::setAttachmentStore(core::AttachmentStore *attachments)
{
    if (!attachments)
        return;
    addPage([this, attachments](const core::RecordTypeDef &type, QWidget *parent) -> RecordPage * {
        if (!type.hasAttachments)
            return nullptr;
        auto *panel = new AttachmentsPanel(*attachments, m_store, m_undo, parent);
        panel->setObjectName(QStringLiteral("attachments"));
        return panel;
    });
}

AttachmentsPanel *RecordForm::attachmentsPanel() const
{
    for (RecordPage *page : m_pages) {
        if (auto *panel = qobject_cast<AttachmentsPanel *>(page))
            return panel;
    }
    return nullptr;
}

void RecordForm::clear()
{
    m_id = core::RecordId();
    build(QString());
    m_type.clear();
    m_loaded.clear();
    m_heading->setText(m_depth == 0 ? tr("Select a record to see and edit it.") : QString());
    m_heading->setVisible(m_depth == 0);
    m_banner->hide();
    m_error->hide();
    m_fieldsBox->hide();
    m_saveButton->hide();
    m_revertButton->hide();
    m_tabs->hide();
    setModified(false);
}

void RecordForm::clear(const QString &hint)
{
    clear();
    if (m_depth == 0 && !hint.isEmpty())
        m_heading->setText(hint);
}

void RecordForm::showRecord(const core::RecordId &id)
{
    auto type = m_store.typeOf(id);
    if (!type) {
        clear();
        showError(type.error().message);
        return;
    }
    build(*type);
    m_id = id;
    m_preset.clear();
    load();
}

void RecordForm::startNew(const QString &type, const QVariantMap &preset)
{
    build(type);
    m_id = core::RecordId();
    m_preset = preset;
    m_loaded.clear();
    m_trashed = false;
    const core::RecordTypeDef *def = core::RecordTypes::find(type);
    m_heading->setText(tr("New %1").arg(Labels::typeName(*def).toLower()));
    m_heading->show();
    m_banner->hide();
    m_error->hide();
    setOwner(preset.value(def->parentField).toString());
    for (FieldEditor *e : std::as_const(m_editors))
        e->setValue(preset.value(e->field().name));
    m_loadedCustom.clear();
    for (const auto &[def, editor] : std::as_const(m_custom))
        editor->setValue(QVariant());
    m_fieldsBox->show();
    m_fieldsBox->setEnabled(true);
    m_saveButton->show();
    m_revertButton->show();
    m_tabs->hide(); // parts can be added once the record exists
    setModified(true);
    if (!m_editors.isEmpty()) {
        const QString first = def->titleField;
        (m_editors.contains(first) ? m_editors.value(first) : *m_editors.cbegin())->setFocus();
    }
}

void RecordForm::load()
{
    auto record = m_store.get(m_id);
    if (!record) {
        clear();
        showError(record.error().message);
        return;
    }
    const core::RecordTypeDef *def = core::RecordTypes::find(record->type);
    m_loaded = record->fields;
    m_trashed = record->isTrashed();
    auto name = m_store.displayName(m_id);
    m_heading->setText(m_depth == 0 ? QStringLiteral("%1 — %2").arg(Labels::typeName(*def), name ? *name : QString()) : QString());
    m_heading->setVisible(m_depth == 0);
    m_banner->setVisible(m_trashed || (record->meta.sample && m_depth == 0));
    if (m_trashed)
        m_banner->setText(tr("This record is in the trash. Restore it from the Trash to edit it."));
    else if (record->meta.sample)
        m_banner->setText(tr("Part of the sample library. File ▸ Remove sample data takes all sample records out."));
    m_error->hide();
    setOwner(def->parentField.isEmpty() ? QString() : record->fields.value(def->parentField).toString());
    for (FieldEditor *e : std::as_const(m_editors))
        e->setValue(record->fields.value(e->field().name));
    m_loadedCustom.clear();
    if (!m_custom.isEmpty()) {
        if (auto values = core::CustomFields(m_store).values(m_id))
            m_loadedCustom = *values;
    }
    for (const auto &[def, editor] : std::as_const(m_custom))
        editor->setValue(m_loadedCustom.value(def.id.toString()));
    m_fieldsBox->show();
    m_fieldsBox->setEnabled(!m_trashed);
    m_saveButton->show();
    m_revertButton->show();
    for (PartsPanel *p : std::as_const(m_parts)) {
        p->setOwner(m_id);
        p->setEnabled(!m_trashed);
    }
    for (RecordPage *page : std::as_const(m_pages)) {
        page->setRecord(m_id, !m_trashed);
    }
    m_tabs->setVisible(!m_parts.isEmpty() || !m_pages.isEmpty());
    highlight({});
    setModified(false);
}

void RecordForm::setOwner(const QString &owner)
{
    for (FieldEditor *e : std::as_const(m_editors))
        e->setOwner(core::RecordId(owner));
}

QVariantMap RecordForm::editedValues() const
{
    QVariantMap values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->value());
    return values;
}

bool RecordForm::save()
{
    if (m_type.isEmpty() || m_trashed)
        return false;
    const core::RecordTypeDef *def = core::RecordTypes::find(m_type);
    // Input the store would refuse is named here in the form's own words, every field at once.
    QStringList problems;
    for (const core::FieldDef &f : def->fields) {
        const FieldEditor *editor = m_editors.value(f.name);
        if (const QString why = editor ? editor->problem() : QString(); !why.isEmpty())
            problems << QStringLiteral("%1: %2").arg(Labels::field(f), why);
    }
    // Custom values: what changed, checked against their fields before anything is written.
    struct CustomChange {
        core::CustomFieldDef field;
        QVariant before;
        QVariant after;
    };
    QList<CustomChange> customChanges;
    for (const auto &[field, editor] : std::as_const(m_custom)) {
        const QString label = field.label.isEmpty() ? field.name : field.label;
        if (const QString why = editor->problem(); !why.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(label, why);
            continue;
        }
        const QVariant now = editor->value();
        const QVariant old = m_loadedCustom.value(field.id.toString());
        if (now == old || (!now.isValid() && !old.isValid()))
            continue;
        if (core::Status s = core::CustomFields::check(field, now); !s) {
            problems << s.error().message;
            continue;
        }
        customChanges.append({field, old, now});
    }
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char('\n')));
        return false;
    }
    core::CustomFields custom(m_store);
    auto writeCustom = [&](const QString &recordName) {
        for (const CustomChange &c : std::as_const(customChanges)) {
            if (core::Status s = custom.setValue(m_id, c.field, c.after); !s) {
                showError(s.error().message);
                return false;
            }
            m_undo.push(new CustomValueCommand(m_store, m_id, c.field, c.before, c.after,
                                               tr("Set %1 of “%2”").arg(c.field.label.isEmpty() ? c.field.name : c.field.label, recordName)));
        }
        return true;
    };
    if (isNew()) {
        QVariantMap fields = m_preset;
        const QVariantMap values = editedValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().isValid())
                fields.insert(it.key(), it.value());
        }
        if (m_createCheck && !m_createCheck(m_type, fields))
            return false;
        auto id = m_store.create(m_type, fields);
        if (!id) {
            showError(id.error().message);
            return false;
        }
        const QString text = tr("Add %1").arg(Labels::typeName(*def).toLower());
        m_undo.beginMacro(text);
        m_undo.push(new CreateRecordCommand(m_store, *id, text));
        m_id = *id;
        const bool written = writeCustom(m_store.displayName(m_id).value_or(QString()));
        m_undo.endMacro();
        load();
        Q_EMIT saved(m_id);
        return written;
    }
    // Only what the user changed, so an undo puts back exactly that.
    QVariantMap before;
    QVariantMap after;
    const QVariantMap values = editedValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = m_loaded.value(it.key());
        if (it.value() == old || (!it.value().isValid() && !old.isValid()))
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty() && customChanges.isEmpty()) {
        setModified(false);
        return true;
    }
    if (!after.isEmpty()) {
        if (core::Status s = m_store.update(m_id, after); !s) {
            showError(s.error().message);
            return false;
        }
    }
    auto name = m_store.displayName(m_id);
    const QString recordName = name ? *name : Labels::typeName(*def);
    m_undo.beginMacro(tr("Edit “%1”").arg(recordName));
    if (!after.isEmpty())
        m_undo.push(new EditRecordCommand(m_store, m_id, before, after, tr("Edit “%1”").arg(recordName)));
    const bool written = writeCustom(recordName);
    m_undo.endMacro();
    load();
    Q_EMIT saved(m_id);
    return written;
}

void RecordForm::revert()
{
    if (isNew())
        startNew(m_type, m_preset);
    else if (!m_id.isNull())
        load();
}

void RecordForm::refresh()
{
    if (m_id.isNull() || m_modified)
        return;
    auto type = m_store.typeOf(m_id);
    if (!type) {
        clear(); // purged
        return;
    }
    build(*type); // a custom field may have been defined or removed
    load();
}

void RecordForm::highlight(const QStringList &words)
{
    // The passages the search matched, found as the index finds them: the text's language is the
    // record's, as the search reads it, when the form shows that field.
    const core::SearchMatches matches(words);
    QString language;
    if (const core::RecordTypeDef *def = core::RecordTypes::find(m_type)) {
        if (FieldEditor *editor = m_editors.value(def->searchLanguage))
            language = editor->value().toStringList().value(0); // a list of languages or one
    }
    for (FieldEditor *editor : std::as_const(m_editors)) {
        QWidget *input = editor->inputWidget();
        if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
            QList<QTextEdit::ExtraSelection> marks;
            if (!matches.isEmpty()) {
                for (const core::SearchMatches::Span &span : matches.in(text->toPlainText(), language)) {
                    QTextEdit::ExtraSelection mark;
                    mark.cursor = QTextCursor(text->document());
                    mark.cursor.setPosition(int(span.start));
                    mark.cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
                    mark.format.setBackground(QColor(0xff, 0xe2, 0x7a));
                    mark.format.setForeground(QColor(0x1a, 0x1a, 0x1a));
                    marks << mark;
                }
                if (!marks.isEmpty()) {
                    text->setTextCursor(marks.first().cursor); // scrolls the first match into view
                    QTextCursor c = text->textCursor();
                    c.clearSelection();
                    text->setTextCursor(c);
                }
            }
            text->setExtraSelections(marks);
        } else if (auto *line = qobject_cast<QLineEdit *>(input)) {
            const bool hit = !matches.in(line->text(), language).isEmpty();
            line->setStyleSheet(hit ? QStringLiteral("QLineEdit { background: #fff3b0; color: #1a1a1a; }") : QString());
        }
    }
}

RecordForm *RecordForm::revealPart(const core::RecordId &part)
{
    // The chain from the part up to a part of this record, then down again through the tabs.
    QList<core::Record> chain;
    core::RecordId id = part;
    for (int depth = 0; depth < 8 && id != m_id; ++depth) {
        auto record = m_store.get(id);
        const core::RecordTypeDef *def = record ? core::RecordTypes::find(record->type) : nullptr;
        if (!def || def->parentField.isEmpty())
            return nullptr;
        chain.prepend(*record);
        id = core::RecordId(record->fields.value(def->parentField).toString());
    }
    if (id != m_id || m_id.isNull())
        return nullptr;
    RecordForm *form = this;
    for (const core::Record &r : std::as_const(chain)) {
        PartsPanel *panel = form->partsPanel(r.type);
        if (!panel || !panel->selectPart(r.id))
            return nullptr;
        form->m_tabs->setCurrentWidget(panel);
        form = panel->form();
    }
    return form;
}

QString RecordForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecordForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void RecordForm::setModified(bool modified)
{
    if (m_revertButton) {
        m_revertButton->setEnabled(modified);
        m_saveButton->setEnabled(modified);
    }
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace praxis::ui
