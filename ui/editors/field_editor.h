#pragma once

#include "model/record_id.h"
#include "model/record_type.h"

#include <QVariant>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QHBoxLayout;
class QTextBrowser;

namespace praxis::core {
class RecordStore;
}

namespace praxis::ui {

// The editor for one field, chosen by the field's type: a line, a Markdown text, a number that may
// stay empty, a choice, a reference picker or a list with completion from its vocabulary. Reads and
// writes values in the record store's representation and flags input that cannot be saved as typed.
// Forms make their editors through FieldEditors::create(), where an editor of another kind (a coded
// text) can take a field over: it derives from this class and replaces value(), setValue() and problem().
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    FieldEditor(const core::FieldDef &field, core::RecordStore &store, QWidget *parent = nullptr);

    const core::FieldDef &field() const { return m_field; }
    virtual QVariant value() const;
    virtual void setValue(const QVariant &value);
    // The record that owns the one being edited: a reference to a part then offers that owner's parts
    // (the agenda items of this dialogue), not those of every record in the library.
    virtual void setOwner(const core::RecordId &owner);
    // Why the input as typed cannot be saved (an incomplete date, a malformed address); empty when fine.
    virtual QString problem() const;
    // The widget that takes keyboard input (for tests and focus).
    QWidget *inputWidget() const { return m_input; }
    // The rendered Markdown beside a long text (null for other fields).
    QWidget *preview() const;

Q_SIGNALS:
    void edited();

protected:
    // For an editor of another kind: the field and the store, and no input yet; the subclass makes its
    // own and hands it to setInput(), and emits edited() when the user changes it.
    struct NoInput {};
    FieldEditor(const core::FieldDef &field, core::RecordStore &store, NoInput, QWidget *parent);
    void setInput(QWidget *input);
    core::RecordStore &store() const { return m_store; }

private:
    void createLine();
    void createPreview(QHBoxLayout *layout);
    void createTypedReference();
    void createReference();
    void createNumber();
    void fillReferences();
    void markStale(const QString &type);
    void showProblem();
    void changed();

    core::FieldDef m_field;
    core::RecordStore &m_store;
    core::RecordId m_owner;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_preview = nullptr;
    QAction *m_create = nullptr; // adds the typed person or organisation
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QSpinBox *m_spin = nullptr;
    QAction *m_warning = nullptr;
    bool m_loading = false;
    bool m_referencesStale = true;
};

} // namespace praxis::ui
