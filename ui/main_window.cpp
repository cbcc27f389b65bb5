#include "main_window.h"

#include "about_dialog.h"
#include "backup_manager.h"
#include "labels.h"
#include "library.h"
#include "record_form.h"
#include "record_store.h"
#include "record_table_model.h"
#include "record_type.h"
#include "sample_library.h"
#include "search_controller.h"
#include "search_panel.h"
#include "undo_commands.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace praxis::ui {

namespace {

struct Section {
    const char *key;
    const char *type; // record type; empty for the trash and for groups
    const char *label;
    const char *group; // key of the group it sits under, or empty
};

// The sidebar, top to bottom.
const Section kSections[] = {
    {"materials", "material", QT_TRANSLATE_NOOP("MainWindow", "Materials"), ""},
    {"cases", "case_study", QT_TRANSLATE_NOOP("MainWindow", "Cases"), ""},
    {"dialogues", "dialogue", QT_TRANSLATE_NOOP("MainWindow", "Dialogues"), ""},
    {"people", "person", QT_TRANSLATE_NOOP("MainWindow", "People"), ""},
    {"organisations", "organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations"), ""},
    {"tags_collections", "", QT_TRANSLATE_NOOP("MainWindow", "Tags & Collections"), ""},
    {"tags", "tag", QT_TRANSLATE_NOOP("MainWindow", "Tags"), "tags_collections"},
    {"collections", "collection", QT_TRANSLATE_NOOP("MainWindow", "Collections"), "tags_collections"},
    {"research", "", QT_TRANSLATE_NOOP("MainWindow", "Research"), ""},
    {"codebook", "code", QT_TRANSLATE_NOOP("MainWindow", "Codebook"), "research"},
    {"memos", "memo", QT_TRANSLATE_NOOP("MainWindow", "Memos"), "research"},
    {"frameworks", "criteria_framework", QT_TRANSLATE_NOOP("MainWindow", "Criteria frameworks"), "research"},
    {"custom_fields", "custom_field", QT_TRANSLATE_NOOP("MainWindow", "Custom fields"), "research"},
    {"trash", "", QT_TRANSLATE_NOOP("MainWindow", "Trash"), ""},
};

constexpr int kKeyRole = Qt::UserRole;
constexpr qint64 kBackupCheckMs = 60 * 60 * 1000;

} // namespace

MainWindow::MainWindow(core::Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Praxis — %1").arg(QDir(library.folder()).dirName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/praxis.svg")));
    createActions();
    createMenus();
    createCentral();
    createSearch();
    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCount);
    statusBar()->showMessage(QDir::toNativeSeparators(library.folder()));

    // Many writes in a row (undo of a macro, removing the samples) refresh the views once.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        const QString type = m_model->type();
        if (m_model->isTrash() || m_pendingTypes.contains(type)) {
            const core::RecordId keep = selectedId();
            m_model->reload();
            if (!keep.isNull())
                selectRecord(keep);
        }
        m_pendingTypes.clear();
        m_form->refresh();
        updateStatus();
        updateActions();
    });
    connect(&library.records(), &core::RecordStore::recordsChanged, this, &MainWindow::onRecordsChanged);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!StoreCommand::lastError().isEmpty())
            report(StoreCommand::lastError());
    });
    restoreLayout();
    scheduleBackups();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    add(QStringLiteral("new"), tr("&New Record"), QKeySequence::New, [this] { newRecord(); }, QStyle::SP_FileIcon);
    add(QStringLiteral("save"), tr("&Save"), QKeySequence::Save, [this] { saveRecord(); }, QStyle::SP_DialogSaveButton);
    add(QStringLiteral("open"), tr("&Open Library…"), QKeySequence::Open, [this] { openLibrary(); }, QStyle::SP_DirOpenIcon);
    add(QStringLiteral("backup"), tr("&Back Up Now"), QKeySequence(), [this] { backupNow(); });
    add(QStringLiteral("removeSamples"), tr("Remove Sample &Data…"), QKeySequence(), [this] { removeSampleData(); });
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_actions.insert(QStringLiteral("redo"), redo);
    add(QStringLiteral("trash"), tr("Move to &Trash"), QKeySequence::Delete, [this] { trashSelected(); }, QStyle::SP_TrashIcon);
    add(QStringLiteral("restore"), tr("&Restore from Trash"), QKeySequence(), [this] { restoreSelected(); }, QStyle::SP_DialogResetButton);
    add(QStringLiteral("purge"), tr("Delete &Permanently…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this] { purgeSelected(); });
    add(QStringLiteral("about"), tr("&About Praxis"), QKeySequence(), [this] { showAbout(); });
    m_actions.value(QStringLiteral("trash"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : {"new", "save", "", "open", "backup", "removeSamples", "", "quit"}) {
        if (!*name)
            file->addSeparator();
        else
            file->addAction(action(QString::fromLatin1(name)));
    }
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : {"undo", "redo", "", "trash", "restore", "purge"}) {
        if (!*name)
            edit->addSeparator();
        else
            edit->addAction(action(QString::fromLatin1(name)));
    }
    QMenu *view = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (const Section &s : kSections) {
        if (!*s.type && QLatin1String(s.key) != QLatin1String("trash"))
            continue;
        auto *a = view->addAction(QCoreApplication::translate("MainWindow", s.label));
        if (number <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        const QString key = QString::fromLatin1(s.key);
        connect(a, &QAction::triggered, this, [this, key] { showSection(key); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"new", "save", "undo", "redo", "trash", "restore"})
        bar->addAction(action(QString::fromLatin1(name)));
}

void MainWindow::createCentral()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QTreeWidget(m_splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(false);
    m_sidebar->setIndentation(14);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Section &s : kSections) {
        QTreeWidgetItem *parent = *s.group ? groups.value(QString::fromLatin1(s.group)) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_sidebar);
        item->setText(0, QCoreApplication::translate("MainWindow", s.label));
        item->setData(0, kKeyRole, QString::fromLatin1(s.key));
        if (!*s.type && QLatin1String(s.key) != QLatin1String("trash")) {
            item->setFlags(Qt::ItemIsEnabled);
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            groups.insert(QString::fromLatin1(s.key), item);
        }
        if (QLatin1String(s.key) == QLatin1String("trash"))
            item->setIcon(0, style()->standardIcon(QStyle::SP_TrashIcon));
    }
    m_sidebar->expandAll();
    connect(m_sidebar, &QTreeWidget::currentItemChanged, this, [this] { onSectionChanged(); });

    m_model = new RecordTableModel(m_library.records(), this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->addAction(action(QStringLiteral("trash")));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onRowChanged);

    m_detail = new QScrollArea(m_splitter);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWidgetResizable(true);
    m_detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the pane's width
    m_form = new RecordForm(m_library.records(), *m_undo, 0, m_detail);
    m_form->setObjectName(QStringLiteral("recordForm"));
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
    m_center->addWidget(m_table);
    m_searchPanel = new SearchPanel(m_center);
    m_center->addWidget(m_searchPanel);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({180, 460, 760});
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
    auto *clear = new QAction(this);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_searchBar, &QLineEdit::clear);
    m_searchBar->addAction(clear);

    m_search = new SearchController(m_library, m_searchBar, m_searchPanel, this);
    connect(m_search, &SearchController::activeChanged, this, [this](bool active) {
        m_center->setCurrentWidget(active ? static_cast<QWidget *>(m_searchPanel) : m_table);
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
        m_center->setCurrentWidget(m_table);
        showRecord(id);
    });
    connect(m_search, &SearchController::saveRequested, this, &MainWindow::saveSearch);
    connect(m_search, &SearchController::indexingProgress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(done < total ? tr("Indexing for search… %1 of %2").arg(done).arg(total) : tr("Search index up to date"), 3000);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // A smart collection is a saved search: opening it runs the search.
        auto record = m_library.records().get(m_model->idAt(index.row()));
        if (record && record->type == QLatin1String("collection") && record->fields.value(QStringLiteral("kind")).toString() == QLatin1String("smart"))
            m_search->setQuery(record->fields.value(QStringLiteral("query")).toString());
    });
}

void MainWindow::saveSearch(const QString &query)
{
    auto id = m_library.records().create(QStringLiteral("collection"), {{QStringLiteral("name"), query},
                                                                        {QStringLiteral("kind"), QStringLiteral("smart")},
                                                                        {QStringLiteral("query"), query}});
    if (!id) {
        report(id.error().message);
        return;
    }
    m_undo->push(new CreateRecordCommand(m_library.records(), *id, tr("Save search “%1”").arg(query)));
    statusBar()->showMessage(tr("Saved “%1” as a smart collection; double-click it under Collections to run it again.").arg(query), 8000);
}

QStringList MainWindow::sectionKeys() const
{
    QStringList keys;
    for (const Section &s : kSections) {
        if (*s.type || QLatin1String(s.key) == QLatin1String("trash"))
            keys << QString::fromLatin1(s.key);
    }
    return keys;
}

QString MainWindow::sectionType(const QString &key) const
{
    for (const Section &s : kSections) {
        if (key == QLatin1String(s.key))
            return QString::fromLatin1(s.type);
    }
    return {};
}

bool MainWindow::showSection(const QString &key)
{
    QTreeWidgetItemIterator it(m_sidebar);
    while (*it) {
        if ((*it)->data(0, kKeyRole).toString() == key && ((*it)->flags() & Qt::ItemIsSelectable)) {
            m_sidebar->setCurrentItem(*it);
            return true;
        }
        ++it;
    }
    return false;
}

QString MainWindow::currentSection() const
{
    return m_sidebar->currentItem() ? m_sidebar->currentItem()->data(0, kKeyRole).toString() : QString();
}

void MainWindow::onSectionChanged()
{
    if (m_form->isModified() && !m_form->save())
        report(tr("The record you were editing could not be saved; your changes are still in the form."));
    const QString key = currentSection();
    m_form->clear();
    if (key == QLatin1String("trash"))
        m_model->setType(QString(), true);
    else
        m_model->setType(sectionType(key));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
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
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

bool MainWindow::showRecord(const core::RecordId &id)
{
    core::RecordId target = id;
    // A part opens in its owner's form.
    for (int depth = 0; depth < 8; ++depth) {
        auto record = m_library.records().get(target);
        if (!record)
            return false;
        if (record->isTrashed()) {
            showSection(QStringLiteral("trash"));
            return selectRecord(target);
        }
        for (const Section &s : kSections) {
            if (*s.type && record->type == QLatin1String(s.type)) {
                showSection(QString::fromLatin1(s.key));
                return selectRecord(target);
            }
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
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : core::RecordId();
}

void MainWindow::onRecordsChanged(const QString &type)
{
    if (m_search)
        m_search->scheduleIndexing();
    if (!m_pendingTypes.contains(type))
        m_pendingTypes << type;
    m_reloadTimer->start();
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
    if (id.isNull() || m_model->isTrash())
        return;
    auto name = m_library.records().displayName(id);
    if (core::Status s = m_library.records().trash(id); !s) {
        report(s.error().message);
        return;
    }
    m_undo->push(new TrashRecordCommand(m_library.records(), id, tr("Move “%1” to the trash").arg(name ? *name : QString())));
    statusBar()->showMessage(tr("Moved “%1” to the trash. Undo brings it back.").arg(name ? *name : QString()), 6000);
}

void MainWindow::restoreSelected()
{
    const core::RecordId id = selectedId();
    if (id.isNull() || !m_model->isTrash())
        return;
    if (core::Status s = m_library.records().restore(id); !s) {
        report(s.error().message);
        return;
    }
    m_undo->push(new CreateRecordCommand(m_library.records(), id, tr("Restore from the trash")));
}

void MainWindow::purgeSelected(bool confirmed)
{
    const core::RecordId id = selectedId();
    if (id.isNull() || !m_model->isTrash())
        return;
    auto name = m_library.records().displayName(id);
    if (!confirmed
        && QMessageBox::question(this, tr("Delete permanently"),
                                 tr("Delete “%1” and its parts for good? This cannot be undone.").arg(name ? *name : QString()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    if (core::Status s = m_library.records().purge(id); !s) {
        report(s.error().message);
        return;
    }
    m_undo->clear(); // earlier steps may refer to what is now gone
}

void MainWindow::removeSampleData(bool confirmed)
{
    auto count = m_library.records().sampleCount();
    if (!count || *count == 0)
        return;
    if (!confirmed
        && QMessageBox::question(this, tr("Remove sample data"),
                                 tr("Remove the %n sample record(s) for good? Your own records stay.", nullptr, int(*count)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_form->clear();
    if (core::Status s = core::SampleLibrary::remove(m_library); !s) {
        report(s.error().message);
        return;
    }
    m_undo->clear();
    statusBar()->showMessage(tr("Removed %n sample record(s).", nullptr, int(*count)), 6000);
}

void MainWindow::backupNow()
{
    auto path = m_library.backups().backupNow();
    if (!path)
        report(path.error().message);
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(*path)), 8000);
}

void MainWindow::scheduleBackups()
{
    // Copies of a library take a moment at most; the check itself is a directory listing.
    auto due = [this] {
        auto path = m_library.backups().backupIfDue();
        if (!path)
            statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(path.error().message));
    };
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(int(kBackupCheckMs));
    connect(m_backupTimer, &QTimer::timeout, this, due);
    m_backupTimer->start();
    QTimer::singleShot(2000, this, due);
}

void MainWindow::openLibrary()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open or create a library"), m_library.folder());
    if (folder.isEmpty())
        return;
    // One library per window: start a fresh instance on the chosen folder.
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--library"), folder}))
        report(tr("Praxis could not be started on %1.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
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
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!showSection(settings.value(QStringLiteral("window/section")).toString()))
        showSection(QStringLiteral("materials"));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/section"), currentSection());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_form->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to the record you are editing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_form->save())) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace praxis::ui
