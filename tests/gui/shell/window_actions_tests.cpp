#include "editors/field_editor.h"
#include "library/backup_manager.h"
#include "records/record_form.h"
#include "records/record_table_model.h"
#include "records/undo_commands.h"
#include "shell/about_dialog.h"
#include "shell/backup_scheduler.h"
#include "storage/database.h"

#include "gui_fixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

namespace {

// The trash's own button for an action ("restore", "purge").
QToolButton *trashButton(ui::MainWindow &window, const QString &action)
{
    QWidget *bar = window.findChild<QWidget *>(QStringLiteral("trashBar"));
    REQUIRE(bar != nullptr);
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->defaultAction() == window.action(action))
            return button;
    }
    FAIL("no button for " << action.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("The Trash section restores and deletes permanently with its buttons", "[gui][trash]")
{
    Fixture f;
    const core::RecordId kept = f.firstOf(QStringLiteral("material"), QString());
    REQUIRE(f.window->showRecord(kept));
    f.window->action(QStringLiteral("trash"))->trigger();
    const core::RecordId gone = f.firstOf(QStringLiteral("organisation"), QString());
    REQUIRE(f.store().trash(gone).ok());
    f.settle();

    REQUIRE(f.window->showSection(QStringLiteral("trash")));
    QWidget *bar = f.window->findChild<QWidget *>(QStringLiteral("trashBar"));
    CHECK(bar->isVisible());
    CHECK(f.window->model()->rowCount() == 2);
    // Type, name and when it went, for every trashed record.
    CHECK(f.window->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Type"));
    CHECK(f.window->model()->index(f.window->model()->rowOf(kept), 0).data().toString() == QStringLiteral("Material"));

    REQUIRE(f.window->selectRecord(kept));
    QToolButton *restore = trashButton(*f.window, QStringLiteral("restore"));
    REQUIRE(restore->isEnabled());
    restore->click();
    f.settle();
    CHECK_FALSE(f.store().get(kept)->isTrashed());
    CHECK(f.window->model()->rowCount() == 1);

    REQUIRE(f.window->selectRecord(gone));
    QToolButton *purge = trashButton(*f.window, QStringLiteral("purge"));
    test::answerNextMessageBox(QMessageBox::Cancel);
    purge->click();
    f.settle();
    CHECK(f.store().get(gone).ok()); // asked, and the answer was no

    test::answerNextMessageBox(QMessageBox::Yes);
    purge->click();
    f.settle();
    CHECK_FALSE(f.store().get(gone).ok());
    CHECK(f.window->model()->rowCount() == 0);

    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("Saving and undoing work from the keyboard", "[gui][undo]")
{
    Fixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    REQUIRE(f.window->showSection(QStringLiteral("dialogues")));
    const core::RecordId id = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Compendium"));
    REQUIRE(f.window->selectRecord(id));
    const QString before = f.store().get(id)->fields.value(QStringLiteral("title")).toString();
    auto *title = qobject_cast<QLineEdit *>(f.window->form()->editor(QStringLiteral("title"))->inputWidget());
    REQUIRE(title != nullptr);
    title->setFocus();
    typeInto(title, QStringLiteral("Seventh Virtual Dialogue on the Compendium"));
    QTest::keySequence(title, QKeySequence::Save);
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("title")).toString()
        == QStringLiteral("Seventh Virtual Dialogue on the Compendium"));
    CHECK(f.window->undoStack()->count() == 1);

    QTest::keySequence(f.window->table(), QKeySequence::Undo);
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("title")).toString() == before);
    QTest::keySequence(f.window->table(), QKeySequence::Redo);
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("title")).toString()
        == QStringLiteral("Seventh Virtual Dialogue on the Compendium"));
}

TEST_CASE("Each section remembers its columns", "[gui][settings]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    QHeaderView *header = f.window->table()->horizontalHeader();
    header->resizeSection(0, 123);
    f.window->table()->sortByColumn(1, Qt::DescendingOrder);
    REQUIRE(f.window->showSection(QStringLiteral("cases")));
    CHECK(header->sectionSize(0) != 123);
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    CHECK(header->sectionSize(0) == 123);
    CHECK(header->sortIndicatorSection() == 1);
    f.window->close();

    ui::MainWindow again(*f.library);
    REQUIRE(again.showSection(QStringLiteral("materials")));
    CHECK(again.table()->horizontalHeader()->sectionSize(0) == 123);
    CHECK(again.table()->horizontalHeader()->sortIndicatorSection() == 1);
    CHECK(again.table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
}

TEST_CASE("The About dialog shows the versions and the licence", "[gui][about]")
{
    ui::AboutDialog dialog;
    QString shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    CHECK(shown.contains(QStringLiteral(PRAXIS_VERSION)));
    CHECK(shown.contains(QString::fromLatin1(qVersion())));
    CHECK(shown.contains(core::Database::sqliteVersion()));
    CHECK(shown.contains(QStringLiteral("GNU General Public License")));
}

TEST_CASE("Backups are written when due and on request", "[gui][backup]")
{
    Fixture f;
    ui::BackupScheduler scheduler(f.library->backups());
    QStringList written;
    QObject::connect(&scheduler, &ui::BackupScheduler::written, [&](const QString &path, bool) { written << path; });
    const qsizetype before = f.library->backups().backups().size();

    scheduler.checkNow();
    if (before == 0) {
        REQUIRE(written.size() == 1); // none yet, so one is due
        CHECK(QFileInfo::exists(written.first()));
    }
    const qsizetype afterCheck = written.size();
    scheduler.checkNow();
    CHECK(written.size() == afterCheck); // the one just written is recent enough

    written.clear();
    f.window->action(QStringLiteral("backup"))->trigger();
    scheduler.backupNow();
    REQUIRE(written.size() == 1);
    CHECK(QFileInfo::exists(written.first()));
    CHECK(f.library->backups().backups().size() >= before + 2);
}
