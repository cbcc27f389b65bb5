#pragma once

#include "record_type.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace praxis::core {
class RecordStore;
}

namespace praxis::ui {

// The editor for one field, chosen by the field's type: a line, a Markdown text, a number, a choice,
// a reference picker or a list. Reads and writes values in the record store's representation.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    FieldEditor(const core::FieldDef &field, core::RecordStore &store, QWidget *parent = nullptr);

    const core::FieldDef &field() const { return m_field; }
    QVariant value() const;
    void setValue(const QVariant &value);
    // The widget that takes keyboard input (for tests and focus).
    QWidget *inputWidget() const { return m_input; }

Q_SIGNALS:
    void edited();

private:
    void fillReferences();

    core::FieldDef m_field;
    core::RecordStore &m_store;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    bool m_loading = false;
};

} // namespace praxis::ui
