// File ▸ Restore from Backup: the backups listed newest first with their records, the choice handed to the
// session (which closes the library before the files change places).

#include "gui_fixture.h"
#include "library/backup_manager.h"
#include "shell/restore_backup_dialog.h"
#include "storage/database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

using namespace praxis;
using praxis::test::Fixture;

namespace {

// Waits until the dialog has read every backup's record count.
void waitForCounts(QTreeWidget *list)
{
    for (int i = 0; i < 200; ++i) {
        bool done = true;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            done = done && list->topLevelItem(row)->data(2, Qt::UserRole).toLongLong() >= 0;
        if (done)
            return;
        QTest::qWait(20);
    }
    FAIL("the record counts of the backups were never shown");
}

} // namespace

TEST_CASE("Restore from Backup lists the backups newest first with their records and hands the choice on", "[gui][backup]")
{
    Fixture f;
    auto first = f.library->backups().backupNow();
    REQUIRE(first.ok());
    const qint64 before = f.store().count(QStringLiteral("organisation"), {}).value();
    REQUIRE(f.store().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Secretariat")}}).ok());
    QTest::qWait(5); // backup names carry the millisecond
    auto second = f.library->backups().backupNow();
    REQUIRE(second.ok());
    const qint64 records = core::BackupManager::inspect(*second).records;
    REQUIRE(records == core::BackupManager::inspect(*first).records + 1);

    QSignalSpy requested(f.window.get(), &ui::MainWindow::restoreRequested);
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::RestoreBackupDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        REQUIRE(list);
        REQUIRE(list->topLevelItemCount() == 2);
        waitForCounts(list);
        CHECK(list->topLevelItem(0)->data(0, Qt::UserRole).toString() == *second);
        CHECK(list->topLevelItem(0)->text(2) == QLocale().toString(records));
        CHECK(list->topLevelItem(1)->text(2) == QLocale().toString(records - 1));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
        REQUIRE(restore);
        list->setCurrentItem(list->topLevelItem(1));
        CHECK(restore->isEnabled());
        checked = true;
        restore->click();
    });
    f.window->action(QStringLiteral("restoreBackup"))->trigger();
    REQUIRE(checked);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == *first);
    CHECK(requested.at(0).at(1).toString().contains(QLocale().toString(records - 1)));
    // Nothing changed yet: the session restores once the window and the library are closed.
    CHECK(f.store().count(QStringLiteral("organisation"), {}).value() == before + 1);
}

TEST_CASE("A library that refuses changes says so in the status bar, for good", "[gui][backup]")
{
    Fixture f;
    f.library->database().refuseWrites(core::makeError(core::ErrorCode::Corrupt, QStringLiteral("The library is damaged (test).")));
    test::answerNextMessageBox(QMessageBox::Ok);
    f.window->showNotices({QStringLiteral("The library is damaged (test).")});
    QTest::qWait(20);
    auto *state = f.window->findChild<QLabel *>(QStringLiteral("libraryStateLabel"));
    REQUIRE(state);
    CHECK(state->isVisible());
    CHECK(state->text().contains(QLatin1String("Damaged")));
    CHECK(state->toolTip().contains(QLatin1String("damaged (test)")));
}
