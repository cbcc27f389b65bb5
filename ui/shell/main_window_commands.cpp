// What the main window's commands do: new, save, import, export, bulk edit, duplicates, the trash, libraries.

#include "shell/main_window.h"

#include "attachments/attachment_check_dialog.h"
#include "attachments/attachment_store.h"
#include "attachments/attachment_text_controller.h"
#include "editors/labels.h"
#include "exchange/export_dialog.h"
#include "exchange/import_dialog.h"
#include "library/library.h"
#include "library/library_watcher.h"
#include "model/record_type.h"
#include "records/bulk_edit_dialog.h"
#include "records/duplicate_warning.h"
#include "records/duplicates.h"
#include "records/duplicates_dialog.h"
#include "records/record_actions.h"
#include "records/record_form.h"
#include "records/record_store.h"
#include "records/record_table_model.h"
#include "records/section_table.h"
#include "records/undo_commands.h"
#include "search/filter_panel.h"
#include "search/search_controller.h"
#include "search/search_panel.h"
#include "shell/about_dialog.h"
#include "shell/backup_scheduler.h"
#include "shell/collection_actions.h"
#include "shell/restore_backup_dialog.h"
#include "shell/section_sidebar.h"
#include "shell/settings.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace praxis::ui {

void MainWindow::chooseBackup()
{
    if (!confirmLeave())
        return;
    RestoreBackupDialog dialog(m_library.folder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    Q_EMIT restoreRequested(dialog.selectedBackup(), dialog.selectedDescription());
}

void MainWindow::newRecord()
{
    const QString type = m_model->type();
    if (type.isEmpty() || m_model->isTrash()) {
        report(tr("Choose a section first: new records go into the section shown."));
        return;
    }
    m_switchingRow = true;
    m_table->clearSelection();
    m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
    m_switchingRow = false;
    m_form->startNew(type);
}

bool MainWindow::confirmNewRecord(const QString &type, const QVariantMap &fields)
{
    const core::RecordTypeDef *def = core::RecordTypes::find(type);
    if (!def || !def->checkDuplicates)
        return true;
    core::DuplicateFinder finder(m_library.records(), m_library.search());
    auto similar = finder.similarTo(type, fields);
    if (!similar || similar->isEmpty())
        return true; // a failed check must not stop anyone from adding a record
    core::RecordId existing;
    switch (DuplicateWarning::ask(this, Labels::typeName(*def).toLower(), *similar, &existing)) {
    case DuplicateWarning::Choice::AddAnyway:
        return true;
    case DuplicateWarning::Choice::ShowExisting:
        // After the form's save has returned: drop the new record and go to the one that exists.
        QTimer::singleShot(0, this, [this, existing] {
            m_form->revert();
            showRecord(existing);
        });
        return false;
    case DuplicateWarning::Choice::KeepEditing:
        break;
    }
    report(tr("Not added yet: the record resembles one already in the library."));
    return false;
}

void MainWindow::importFile(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import"), settings::importFolder().value(),
                                            tr("Catalogue files (*.csv *.tsv *.txt *.ris *.bib *.json);;All files (*)"));
        if (file.isEmpty())
            return;
        settings::importFolder().set(QFileInfo(file).absolutePath());
    }
    auto *dialog = new ImportDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::finished, this, [this, dialog, file](bool imported) {
        if (!imported)
            return;
        // The import wrote through its own connection: every section may have changed.
        for (const core::RecordTypeDef &t : core::RecordTypes::all())
            onRecordsChanged(t.name);
        auto *details = new ImportReportDialog(dialog->report(), QFileInfo(file).fileName(), this);
        details->setObjectName(QStringLiteral("importReport"));
        details->setAttribute(Qt::WA_DeleteOnClose);
        details->show();
        report(dialog->report().summary());
    });
    dialog->openFile(file);
    dialog->show();
}

void MainWindow::bulkEdit()
{
    if (m_model->isTrash() || m_model->type().isEmpty())
        return;
    QList<core::RecordId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_model->idAt(row.row());
    if (ids.isEmpty()) {
        report(tr("Select the records to change first (Shift or Ctrl with the mouse selects several)."));
        return;
    }
    if (!confirmLeave())
        return;
    auto *dialog = new BulkEditDialog(m_library, *m_undo, m_model->type(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportRecords()
{
    QList<core::RecordId> selected;
    if (m_model->type() == QLatin1String("material")) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            selected << m_model->idAt(row.row());
    }
    auto *dialog = new ExportDialog(m_library, selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::finished, this, [this, dialog](bool) { report(dialog->message()); });
    dialog->show();
}

void MainWindow::followRequest(const core::RecordId &id)
{
    if (confirmLeave())
        showRecord(id);
}

void MainWindow::bringUp(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showDuplicates()
{
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(m_library, *m_undo, this);
        connect(m_duplicates, &DuplicatesDialog::showRecordRequested, this, &MainWindow::followRequest);
    }
    bringUp(m_duplicates);
}

void MainWindow::checkAttachments()
{
    if (!m_attachmentCheck) {
        m_attachmentCheck = new AttachmentCheckDialog(m_library, this);
        connect(m_attachmentCheck, &AttachmentCheckDialog::showRecordRequested, this, &MainWindow::followRequest);
    }
    bringUp(m_attachmentCheck);
    m_attachmentCheck->start();
}

void MainWindow::saveRecord()
{
    QWidget *focus = QApplication::focusWidget();
    // A part's form inside the detail pane saves itself when it has the focus.
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (auto *form = qobject_cast<RecordForm *>(w)) {
            if (form->isModified()) {
                form->save();
                return;
            }
            break;
        }
    }
    m_form->save();
}

void MainWindow::trashSelected()
{
    const core::RecordId id = selectedId();
    if (!id.isNull() && !m_model->isTrash())
        m_recordActions->trash(id);
}

void MainWindow::restoreSelected()
{
    const core::RecordId id = selectedId();
    if (!id.isNull() && m_model->isTrash())
        m_recordActions->restore(id);
}

void MainWindow::purgeSelected(bool confirmed)
{
    const core::RecordId id = selectedId();
    if (!id.isNull() && m_model->isTrash())
        m_recordActions->purge(id, confirmed);
}

void MainWindow::removeSampleData(bool confirmed)
{
    if (m_form->isModified() && !confirmLeave())
        return;
    if (m_recordActions->removeSamples(confirmed))
        m_form->clear();
}

void MainWindow::openLibrary()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open or create a library"), m_library.folder());
    if (folder.isEmpty())
        return;
    Q_EMIT libraryRequested(folder);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace praxis::ui
