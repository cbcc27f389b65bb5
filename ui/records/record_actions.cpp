#include "records/record_actions.h"

#include "library/library.h"
#include "records/record_store.h"
#include "records/sample_library.h"
#include "records/undo_commands.h"

#include <QMessageBox>

namespace praxis::ui {

RecordActions::RecordActions(core::Library &library, UndoStack &undo, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_library(library)
    , m_undo(undo)
    , m_dialogParent(dialogParent)
{
}

QString RecordActions::nameOf(const core::RecordId &id) const
{
    auto name = m_library.records().displayName(id);
    return name ? *name : QString();
}

bool RecordActions::trash(const core::RecordId &id)
{
    const QString name = nameOf(id);
    if (core::Status s = m_library.records().trash(id); !s) {
        Q_EMIT message(s.error().message);
        return false;
    }
    m_undo.push(new TrashRecordCommand(m_library.records(), id, tr("Move “%1” to the trash").arg(name)));
    Q_EMIT message(tr("Moved “%1” to the trash. Undo brings it back.").arg(name));
    return true;
}

bool RecordActions::restore(const core::RecordId &id)
{
    if (core::Status s = m_library.records().restore(id); !s) {
        Q_EMIT message(s.error().message);
        return false;
    }
    m_undo.push(new CreateRecordCommand(m_library.records(), id, tr("Restore from the trash")));
    return true;
}

bool RecordActions::purge(const core::RecordId &id, bool confirmed)
{
    if (!confirmed
        && QMessageBox::question(m_dialogParent, tr("Delete permanently"),
               tr("Delete “%1” and its parts for good? This cannot be undone.").arg(nameOf(id)), QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    if (core::Status s = m_library.records().purge(id); !s) {
        Q_EMIT message(s.error().message);
        return false;
    }
    m_undo.clear();
    return true;
}

bool RecordActions::removeSamples(bool confirmed)
{
    auto count = m_library.records().sampleCount();
    if (!count || *count == 0)
        return false;
    if (!confirmed
        && QMessageBox::question(m_dialogParent, tr("Remove sample data"),
               tr("Remove the %n sample record(s) for good? Your own records stay.", nullptr, int(*count)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    if (core::Status s = core::SampleLibrary::remove(m_library); !s) {
        Q_EMIT message(s.error().message);
        return false;
    }
    m_undo.clear(); // earlier steps may refer to the records now gone
    Q_EMIT message(tr("Removed %n sample record(s).", nullptr, int(*count)));
    return true;
}

} // namespace praxis::ui
