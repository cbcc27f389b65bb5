#pragma once

#include "model/record_id.h"

#include <QObject>

class QWidget;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class UndoStack;

// What a user does to whole records from the window: move them to the trash and back, delete them for
// good, remove the sample records. Each goes through the record store; what can be undone goes on the
// undo stack, and what cannot is confirmed first.
class RecordActions : public QObject {
    Q_OBJECT
public:
    RecordActions(core::Library &library, UndoStack &undo, QWidget *dialogParent);

    bool trash(const core::RecordId &id);
    bool restore(const core::RecordId &id);
    // Asks first unless `confirmed`; clears the undo stack, whose steps may refer to what is gone.
    bool purge(const core::RecordId &id, bool confirmed);
    bool removeSamples(bool confirmed);

Q_SIGNALS:
    // Passing news for the status bar: what was done, or why it was not.
    void message(const QString &text);

private:
    QString nameOf(const core::RecordId &id) const;

    core::Library &m_library;
    UndoStack &m_undo;
    QWidget *m_dialogParent = nullptr;
};

} // namespace praxis::ui
