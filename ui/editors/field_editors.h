#pragma once

#include "model/record_type.h"

#include <QtGlobal>

#include <functional>

class QWidget;

namespace praxis::core {
class RecordStore;
}

namespace praxis::ui {

class FieldEditor;

// Chooses the editor of a field for every form: the first maker that claims the field, else the plain
// editor for the field's type. A coded-text editor claims the codable long texts this way.
class FieldEditors {
public:
    // Returns an editor for the field, or null to leave it to the next maker.
    using Maker = std::function<FieldEditor *(const core::FieldDef &field, core::RecordStore &store, QWidget *parent)>;

    static FieldEditor *create(const core::FieldDef &field, core::RecordStore &store, QWidget *parent);

    // Makers are tried newest first; a maker stays until its Registration goes.
    class Registration {
    public:
        Q_DISABLE_COPY_MOVE(Registration)
        explicit Registration(Maker maker);
        ~Registration();

    private:
        int m_id;
    };
};

} // namespace praxis::ui
