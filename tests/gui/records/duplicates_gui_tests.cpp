#include "editors/field_editor.h"
#include "gui_fixture.h"
#include "records/duplicate_warning.h"
#include "records/duplicates_dialog.h"
#include "records/record_form.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

namespace {

// Presses a button of the next modal dialog once it is shown; records whether one appeared.
void pressInNextDialog(const QString &buttonName, bool *appeared)
{
    *appeared = false;
    QTimer::singleShot(50, [buttonName, appeared] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *button = dialog->findChild<QPushButton *>(buttonName)) {
            *appeared = true;
            button->click();
        }
    });
}

} // namespace

TEST_CASE("Adding a material that resembles an existing one warns first", "[gui][duplicates]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    const qint64 before = f.count(QStringLiteral("material"));
    f.window->newRecord();
    ui::RecordForm *form = f.window->form();
    typeInto(form->editor(QStringLiteral("title"))->inputWidget(), QStringLiteral("Compendium of good practices in training for gender equality"));

    bool warned = false;
    pressInNextDialog(QStringLiteral("keepEditing"), &warned);
    CHECK_FALSE(form->save());
    CHECK(warned);
    CHECK(form->isNew());
    CHECK(f.count(QStringLiteral("material")) == before);

    pressInNextDialog(QStringLiteral("addAnyway"), &warned);
    CHECK(form->save());
    CHECK(warned);
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before + 1);

    // Something new is added without a question.
    f.window->newRecord();
    typeInto(form->editor(QStringLiteral("title"))->inputWidget(), QStringLiteral("Toolkit on engaging men and boys in care work"));
    pressInNextDialog(QStringLiteral("addAnyway"), &warned);
    CHECK(form->save());
    QTest::qWait(80);
    CHECK_FALSE(warned);
    CHECK(f.count(QStringLiteral("material")) == before + 2);
}

TEST_CASE("The duplicates view finds a pair and merges it, undoably", "[gui][duplicates]")
{
    Fixture f;
    const core::RecordId original = f.firstOf(QStringLiteral("material"), QStringLiteral("Inter-agency inventory of training materials"));
    auto copy = f.store().create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Inter-Agency Inventory of Training Materials.")},
                                                              {QStringLiteral("topics"), QStringList{QStringLiteral("training inventories")}}});
    REQUIRE(copy.ok());
    const qint64 before = f.count(QStringLiteral("material"));

    f.window->action(QStringLiteral("duplicates"))->trigger();
    auto *dialog = f.window->findChild<ui::DuplicatesDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    QSignalSpy finished(dialog, &ui::DuplicatesDialog::searchFinished);
    dialog->find(QStringLiteral("material"));
    REQUIRE(finished.wait(20000));
    REQUIRE(dialog->pairCount() >= 1);

    // The pair holding the copy.
    int row = -1;
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("duplicatePairs"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1).contains(QStringLiteral("nventory")) && tree->topLevelItem(i)->text(2).contains(QStringLiteral("nventory")))
            row = i;
    REQUIRE(row >= 0);
    const bool originalFirst = tree->topLevelItem(row)->text(1) == QStringLiteral("Inter-agency inventory of training materials");
    REQUIRE(dialog->mergePair(row, originalFirst));
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before - 1);
    CHECK(f.store().get(*copy)->isTrashed());
    CHECK(f.store().get(original)->fields.value(QStringLiteral("topics")).toStringList().contains(QStringLiteral("training inventories")));

    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before);
    CHECK_FALSE(f.store().get(*copy)->isTrashed());
    CHECK_FALSE(f.store().get(original)->fields.value(QStringLiteral("topics")).toStringList().contains(QStringLiteral("training inventories")));
}
