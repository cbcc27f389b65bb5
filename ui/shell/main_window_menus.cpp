// The main window's actions, with their shortcuts, and the menus and toolbar that show them.

#include "shell/main_window.h"

#include "records/section_table.h"
#include "records/undo_commands.h"
#include "shell/backup_scheduler.h"
#include "shell/section_sidebar.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace praxis::ui {

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot,
                   QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
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
    add(
        QStringLiteral("new"), tr("&New Record"), QKeySequence::New, [this] { newRecord(); }, QStyle::SP_FileIcon);
    add(
        QStringLiteral("save"), tr("&Save"), QKeySequence::Save, [this] { saveRecord(); }, QStyle::SP_DialogSaveButton);
    add(
        QStringLiteral("open"), tr("&Open Library…"), QKeySequence::Open, [this] { openLibrary(); }, QStyle::SP_DirOpenIcon);
    add(QStringLiteral("backup"), tr("&Back Up Now"), QKeySequence(), [this] { m_backups->backupNow(); });
    add(QStringLiteral("restoreBackup"), tr("Restore from Bac&kup…"), QKeySequence(), [this] { chooseBackup(); });
    add(QStringLiteral("import"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { importFile(); });
    add(QStringLiteral("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportRecords(); });
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
    add(
        QStringLiteral("trash"), tr("Move to &Trash"), QKeySequence::Delete, [this] { trashSelected(); }, QStyle::SP_TrashIcon);
    add(
        QStringLiteral("restore"), tr("&Restore from Trash"), QKeySequence(), [this] { restoreSelected(); }, QStyle::SP_DialogResetButton);
    add(QStringLiteral("purge"), tr("Delete &Permanently…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this] { purgeSelected(); });
    add(QStringLiteral("about"), tr("&About Praxis"), QKeySequence(), [this] { showAbout(); });
    add(QStringLiteral("bulkEdit"), tr("&Bulk Edit…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] { bulkEdit(); });
    add(QStringLiteral("duplicates"), tr("Find &Duplicates…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { showDuplicates(); });
    add(QStringLiteral("filterPanel"), tr("&Filter Panel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] {
        m_sectionTable->setFilterPanelVisible(action(QStringLiteral("filterPanel"))->isChecked());
    });
    m_actions.value(QStringLiteral("filterPanel"))->setCheckable(true);
    add(QStringLiteral("checkAttachments"), tr("Check &Attachments…"), QKeySequence(), [this] { checkAttachments(); });
    m_actions.value(QStringLiteral("trash"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainWindow::createMenus()
{
    // A menu of actions by name; an empty name is a separator.
    auto menu = [this](const QString &title, const char *objectName, std::initializer_list<const char *> names) {
        QMenu *m = menuBar()->addMenu(title);
        if (*objectName)
            m->setObjectName(QString::fromLatin1(objectName));
        for (const char *name : names) {
            if (*name)
                m->addAction(action(QString::fromLatin1(name)));
            else
                m->addSeparator();
        }
        return m;
    };
    menu(tr("&File"), "", {"new", "save", "", "open", "import", "export", "", "backup", "restoreBackup", "removeSamples", "", "quit"});
    menu(tr("&Edit"), "editMenu", {"undo", "redo", "", "bulkEdit", "", "trash", "restore", "purge"});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(action(QStringLiteral("filterPanel")));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (const Section &s : SectionSidebar::sections()) {
        auto *a = go->addAction(s.label);
        if (number <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        connect(a, &QAction::triggered, this, [this, key = s.key] { showSection(key); });
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(action(QStringLiteral("duplicates")));
    tools->addAction(action(QStringLiteral("checkAttachments")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"new", "save", "undo", "redo", "trash", "restore"})
        bar->addAction(action(QString::fromLatin1(name)));
}

} // namespace praxis::ui
