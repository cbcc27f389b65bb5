#include "shell/main_window.h"

#include "attachments/attachment_check_dialog.h"
#include "attachments/attachment_store.h"
#include "attachments/attachment_text_controller.h"
#include "editors/labels.h"
#include "editors/wheel_guard.h"
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

MainWindow::MainWindow(core::Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_undo(new UndoStack(this))
{
    setWindowTitle(tr("Praxis — %1").arg(QDir(library.folder()).dirName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/praxis.svg")));
    WheelGuard::install();
    createActions();
    createMenus();
    createCentral();
    createSearch();
    // The library's folder stays in view; passing messages cover it only for a moment.
    auto *path = new QLabel(QDir::toNativeSeparators(library.folder()), this);
    path->setObjectName(QStringLiteral("libraryPath"));
    path->setToolTip(tr("The folder of this library"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(path, 1);
    m_statusCount = new QLabel(this);
    m_statusCount->setObjectName(QStringLiteral("recordCount"));
    statusBar()->addPermanentWidget(m_statusCount);

    // Many writes in a row (undo of a macro, removing the samples) refresh the views once.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        const QString type = m_model->type();
        if (m_model->isTrash() || m_pendingTypes.contains(type))
            m_sectionTable->reload();
        m_pendingTypes.clear();
        m_form->refresh();
        updateStatus();
        updateActions();
    });
    connect(&library.records(), &core::RecordStore::recordsChanged, this, &MainWindow::onRecordsChanged);
    // Writes on other connections come in as the record store's own notices, so every view follows them,
    // and the search index catches up with them at once.
    m_watcher = new core::LibraryWatcher(library.database(), this);
    connect(m_watcher, &core::LibraryWatcher::recordsChanged, &library.records(), &core::RecordStore::recordsChanged);
    connect(m_watcher, &core::LibraryWatcher::changedElsewhere, m_search, &SearchController::catchUp);
    m_watcher->start();
    connect(m_undo, &UndoStack::failed, this, &MainWindow::report);
    m_recordActions = new RecordActions(library, *m_undo, this);
    connect(m_recordActions, &RecordActions::message, this, &MainWindow::report);
    restoreLayout();
    m_backups = new BackupScheduler(library.backups(), this);
    connect(m_backups, &BackupScheduler::written, this, [this](const QString &path, bool scheduled) {
        statusBar()->showMessage(scheduled ? tr("Scheduled backup written to %1").arg(QDir::toNativeSeparators(path))
                                           : tr("Backup written to %1").arg(QDir::toNativeSeparators(path)),
            8000);
        // A library that lost most of its records: the backup that still holds them was kept apart.
        if (const QString warning = m_library.backups().warning(); !warning.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("The library holds far fewer records than before"), warning, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    connect(m_backups, &BackupScheduler::failed, this, [this](const QString &message, bool scheduled) {
        report(scheduled ? tr("The scheduled backup failed: %1").arg(message) : tr("The backup failed: %1").arg(message));
    });
    m_backups->start();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::showNotices(const QStringList &notices)
{
    const auto &refusal = m_library.database().writeRefusal();
    if (refusal && !findChild<QLabel *>(QStringLiteral("libraryStateLabel"))) {
        // Said once in a place that stays: every change would be refused.
        auto *state = new QLabel(m_library.isReadOnly() ? tr("Read-only") : tr("Damaged: changes are not saved"), this);
        state->setObjectName(QStringLiteral("libraryStateLabel"));
        state->setToolTip(refusal->message);
        statusBar()->addPermanentWidget(state);
    }
    if (notices.isEmpty())
        return;
    statusBar()->showMessage(notices.join(QLatin1Char(' ')), 20000);
    if (refusal && refusal->code == core::ErrorCode::Corrupt) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The library is damaged"), refusal->message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::createCentral()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new SectionSidebar(m_splitter);
    connect(m_sidebar, &SectionSidebar::sectionChanged, this, [this] { onSectionChanged(); });

    m_sidebar->setStore(&m_library.records(), &m_library.database());
    m_collections = new CollectionActions(m_library, *m_undo, this);
    connect(m_collections, &CollectionActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_collections, &CollectionActions::failed, this, &MainWindow::report);
    connect(m_sidebar, &SectionSidebar::recordsDropped, this, [this](const QString &key, const QList<core::RecordId> &ids) {
        if (core::Status s = m_collections->drop(key, ids); !s)
            report(s.error().message);
    });
    connect(m_sidebar, &SectionSidebar::contextMenuRequested, this, [this](const QString &key, const QPoint &pos) {
        if (QMenu *menu = m_collections->contextMenu(key, this))
            menu->popup(pos);
    });

    m_sectionTable = new SectionTable(m_library);
    connect(m_sectionTable->filterPanel(), &FilterPanel::saveRequested, this, [this](const core::RecordFilter &filter) {
        m_collections->promptSaveFilter(m_model->type(), filter);
    });
    action(QStringLiteral("filterPanel"))->setChecked(m_sectionTable->isFilterPanelVisible());
    connect(m_sectionTable, &SectionTable::filtered, this, [this] {
        if (!m_form->isModified())
            m_sectionTable->selectFirst();
        updateStatus();
        updateActions();
    });
    m_sectionTable->setTrashActions(action(QStringLiteral("restore")), action(QStringLiteral("purge")));
    m_table = m_sectionTable->view();
    m_model = m_sectionTable->model();
    m_table->addAction(action(QStringLiteral("trash")));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onRowChanged);

    m_detail = new QScrollArea(m_splitter);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWidgetResizable(true);
    m_detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the pane's width
    m_form = new RecordForm(m_library.records(), *m_undo, 0, m_detail);
    m_form->setObjectName(QStringLiteral("recordForm"));
    m_attachments = std::make_unique<core::AttachmentStore>(m_library.attachmentsFolder(), m_library.database(), m_library.records());
    m_form->setAttachmentStore(m_attachments.get());
    m_form->setCreateCheck([this](const QString &type, const QVariantMap &fields) { return confirmNewRecord(type, fields); });
    m_detail->setWidget(m_form);
    connect(m_form, &RecordForm::saved, this, [this](const core::RecordId &id) {
        if (m_model->rowOf(id) < 0) {
            m_model->reload();
            selectRecord(id);
        }
        updateStatus();
    });
    connect(m_form, &RecordForm::modifiedChanged, this, [this] { updateActions(); });

    m_center = new QStackedWidget(m_splitter);
    m_center->addWidget(m_sectionTable);
    m_searchPanel = new SearchPanel(m_center);
    m_center->addWidget(m_searchPanel);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 560, 640});
    setCentralWidget(m_splitter);
}

void MainWindow::createSearch()
{
    m_searchBar = new QLineEdit(this);
    m_searchBar->setObjectName(QStringLiteral("searchBar"));
    m_searchBar->setClearButtonEnabled(true);
    m_searchBar->setPlaceholderText(tr("Search everything (Ctrl+F): words, \"phrases\", -not, prefix*, lang:es, year:2010..2016"));
    m_searchBar->setMinimumWidth(420);
    QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_searchBar);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_searchBar->setFocus();
        m_searchBar->selectAll();
    });
    addAction(find);
    m_actions.insert(QStringLiteral("find"), find);
    if (auto *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(find);
    }
    auto *clear = new QAction(this);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_searchBar, &QLineEdit::clear);
    m_searchBar->addAction(clear);

    m_search = new SearchController(m_library, m_searchBar, m_searchPanel, this);
    connect(m_search, &SearchController::activeChanged, this, [this](bool active) {
        m_center->setCurrentWidget(active ? static_cast<QWidget *>(m_searchPanel) : m_sectionTable);
        if (!active)
            onRowChanged(m_table->currentIndex(), {});
    });
    connect(m_search, &SearchController::recordSelected, this, [this](const core::RecordId &id, const QStringList &words) {
        if (m_form->isModified() && !m_form->save())
            return;
        m_form->showRecord(id);
        m_form->highlight(words);
        updateActions();
    });
    connect(m_search, &SearchController::recordOpened, this, [this](const core::RecordId &id) {
        m_searchBar->clear();
        m_center->setCurrentWidget(m_sectionTable);
        showRecord(id);
    });
    connect(m_search, &SearchController::saveRequested, this, &MainWindow::saveSearch);
    connect(m_search, &SearchController::indexingProgress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(
            done < total ? tr("Indexing for search… %1 of %2").arg(done).arg(total) : tr("Search index up to date"), 3000);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // A smart collection is a saved search: opening it runs the search.
        auto record = m_library.records().get(m_model->idAt(index.row()));
        if (const core::RecordTypeDef *def = record ? core::RecordTypes::find(record->type) : nullptr; def && def->gathers)
            showSection(QStringLiteral("collection:") + record->id.toString());
    });
}

void MainWindow::showTagOrCollection(const QString &key)
{
    // A tag or a collection shows the table of the kind of record it mostly holds, filtered to it.
    const core::RecordId id = SectionSidebar::idOf(key);
    QString type;
    core::RecordFilter filter;
    auto record = m_library.records().get(id);
    const bool smart = record && record->value(QStringLiteral("kind")).toString() == QLatin1String("smart");
    if (SectionSidebar::isCollection(key) && smart) {
        auto saved = m_collections->smartFilter(id);
        if (!saved) {
            // A saved search: it runs in the search bar.
            m_search->setQuery(record->value(QStringLiteral("query")).toString());
            return;
        }
        type = saved->first;
        filter.collection = id.toString();
    } else if (SectionSidebar::isCollection(key)) {
        type = m_collections->mainTypeOf(key);
        filter.collection = id.toString();
    } else {
        type = m_collections->mainTypeOf(key);
        filter.values.insert(QStringLiteral("tag"), {id.toString()});
    }
    m_searchBar->clear();
    m_center->setCurrentWidget(m_sectionTable);
    m_sectionTable->setSection(SectionSidebar::sectionOf(type), type);
    m_sectionTable->setFilter(filter);
    m_sectionTable->selectFirst();
    if (m_model->rowCount() == 0)
        m_form->clear(SectionSidebar::isTag(key) ? tr("No record has this tag yet. Drag rows from a table onto the tag to give it to them.")
                                                 : smart ? tr("No record matches this smart collection now.")
                                                         : tr("This collection is empty. Drag rows from a table onto it to add them."));
    updateStatus();
    updateActions();
}

void MainWindow::saveSearch(const QString &query)
{
    auto id = m_library.records().create(QStringLiteral("collection"),
        {{QStringLiteral("name"), query}, {QStringLiteral("kind"), QStringLiteral("smart")}, {QStringLiteral("query"), query}});
    if (!id) {
        report(id.error().message);
        return;
    }
    m_undo->push(new CreateRecordCommand(m_library.records(), *id, tr("Save search “%1”").arg(query)));
    statusBar()->showMessage(tr("Saved “%1” as a smart collection; choose it under Collections in the sidebar to run it again.").arg(query), 8000);
}

QStringList MainWindow::sectionKeys() const
{
    QStringList keys;
    for (const Section &s : SectionSidebar::sections())
        keys << s.key;
    return keys;
}

bool MainWindow::showSection(const QString &key)
{
    return m_sidebar->showSection(key);
}

QString MainWindow::currentSection() const
{
    return m_sidebar->currentSection();
}

void MainWindow::onSectionChanged()
{
    const QString key = currentSection();
    if (key == m_shownSection)
        return;
    if (m_form->isModified() && !m_form->save()) {
        // Leaving would lose the edit: stay, with the reason shown in the form.
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->showSection(m_shownSection);
        report(tr("The record you were editing could not be saved; your changes are still in the form."));
        return;
    }
    m_shownSection = key;
    m_form->clear();
    if (SectionSidebar::isTag(key) || SectionSidebar::isCollection(key)) {
        showTagOrCollection(key);
        return;
    }
    m_sectionTable->setSection(key, SectionSidebar::typeOf(key));
    m_sectionTable->selectFirst();
    if (m_model->rowCount() == 0) {
        const core::RecordTypeDef *def = core::RecordTypes::find(m_model->type());
        m_form->clear(def
                ? tr("No %1 yet. File ▸ New Record (%2) adds one.")
                      .arg(Labels::typePlural(*def).toLower(), action(QStringLiteral("new"))->shortcut().toString(QKeySequence::NativeText))
                : tr("The trash is empty."));
    }
    updateStatus();
    updateActions();
}

void MainWindow::onRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_switchingRow)
        return;
    if (m_form->isModified() && !m_form->isNew() && previous.isValid()) {
        // Moving on keeps the edit: save it, or stay when it cannot be saved.
        if (!m_form->save()) {
            m_switchingRow = true;
            m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_switchingRow = false;
            return;
        }
    }
    const core::RecordId id = current.isValid() ? m_model->idAt(current.row()) : core::RecordId();
    if (id.isNull())
        m_form->clear();
    else
        m_form->showRecord(id);
    updateActions();
}

bool MainWindow::selectRecord(const core::RecordId &id)
{
    return m_sectionTable->selectRecord(id);
}

bool MainWindow::showRecord(const core::RecordId &id)
{
    core::RecordId target = id;
    // A part opens in its owner's form, with the part selected in its tab.
    for (int depth = 0; depth < 8; ++depth) {
        auto record = m_library.records().get(target);
        if (!record)
            return false;
        if (record->isTrashed()) {
            showSection(SectionSidebar::kTrash);
            return selectRecord(target);
        }
        if (const QString section = SectionSidebar::sectionOf(record->type); !section.isEmpty()) {
            showSection(section);
            if (!selectRecord(target))
                return false;
            if (target == id)
                return true;
            QPointer<RecordForm> partForm = m_form->revealPart(id);
            // Once laid out (the window may not be shown yet), scroll the part's form into view.
            QTimer::singleShot(0, this, [this, partForm] {
                if (partForm)
                    m_detail->ensureWidgetVisible(partForm, 0, 0);
            });
            return partForm != nullptr;
        }
        const core::RecordTypeDef *def = core::RecordTypes::find(record->type);
        if (!def || def->parentField.isEmpty() || !record->fields.contains(def->parentField))
            return false;
        target = core::RecordId(record->fields.value(def->parentField).toString());
    }
    return false;
}

core::RecordId MainWindow::selectedId() const
{
    return m_sectionTable->currentId();
}

void MainWindow::onRecordsChanged(const QString &type)
{
    if (m_search)
        m_search->scheduleIndexing();
    if (const core::RecordTypeDef *def = core::RecordTypes::find(type); m_texts && def && def->holdsFiles)
        m_texts->schedule(); // files just attached (or back from the trash) are read for search
    if (!m_pendingTypes.contains(type))
        m_pendingTypes << type;
    m_reloadTimer->start();
}

void MainWindow::setTextExtractor(core::TextExtractor extractor, int extractorVersion)
{
    delete m_texts;
    m_texts = new AttachmentTextController(m_library.folder(), std::move(extractor), extractorVersion, this);
    statusBar()->addPermanentWidget(new AttachmentTextStatus(m_texts, this));
    connect(m_texts, &AttachmentTextController::finished, this,
            [this](const core::ExtractionSummary &summary, const QString &error, bool cancelled) {
                if (summary.total() > 0)
                    m_search->scheduleIndexing(); // the owners of the files read are queued for the index
                if (const QString message = AttachmentTextStatus::message(summary, error, cancelled); !message.isEmpty())
                    report(message);
            });
    // Files attached while Praxis was closed, or by praxis-cli, or left by a stopped run; a library that
    // takes no changes (read-only, damaged) keeps what was read before.
    if (!m_library.database().writeRefusal())
        m_texts->start();
}

void MainWindow::report(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateActions()
{
    const bool trash = m_model->isTrash();
    const bool selected = !selectedId().isNull();
    action(QStringLiteral("new"))->setEnabled(!trash && !m_model->type().isEmpty());
    action(QStringLiteral("save"))->setEnabled(m_form->isModified());
    action(QStringLiteral("trash"))->setEnabled(!trash && selected);
    action(QStringLiteral("restore"))->setEnabled(trash && selected);
    action(QStringLiteral("purge"))->setEnabled(trash && selected);
    auto samples = m_library.records().sampleCount();
    action(QStringLiteral("removeSamples"))->setEnabled(samples && *samples > 0);
}

void MainWindow::updateStatus()
{
    if (m_model->isTrash()) {
        m_statusCount->setText(tr("%n record(s) in the trash", nullptr, int(m_model->totalCount())));
        return;
    }
    const core::RecordTypeDef *def = core::RecordTypes::find(m_model->type());
    m_statusCount->setText(def ? tr("%1: %2").arg(Labels::typePlural(*def)).arg(m_model->totalCount()) : QString());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(settings::windowGeometry().value()))
        resize(1400, 860);
    restoreState(settings::windowState().value());
    m_splitter->restoreState(settings::windowSplitter().value());
    if (!showSection(settings::windowSection().value()))
        showSection(QStringLiteral("materials"));
}

void MainWindow::saveLayout() const
{
    settings::windowGeometry().set(saveGeometry());
    settings::windowState().set(saveState());
    settings::windowSplitter().set(m_splitter->saveState());
    settings::windowSection().set(currentSection());
    m_sectionTable->saveLayout();
    m_sectionTable->saveSplitter();
}

bool MainWindow::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to the record you are editing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_form->save()))
        return false;
    if (answer == QMessageBox::Discard)
        m_form->revert();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace praxis::ui
