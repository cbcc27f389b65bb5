#include "editors/field_editor.h"
#include "gui_fixture.h"
#include "records/bulk_edit_dialog.h"
#include "records/record_table_model.h"
#include "records/undo_commands.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QTableView>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

TEST_CASE("Bulk edit changes the selected rows in one step that undo takes back", "[gui][bulk]")
{
    Fixture f;
    const core::RecordId tag = f.store().create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("week 2 reading")}}).value();
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    QTableView *table = f.window->table();
    auto *model = qobject_cast<ui::RecordTableModel *>(table->model());
    REQUIRE(model->rowCount() >= 3);
    // Select three rows, as Ctrl-clicks would.
    QList<core::RecordId> ids;
    for (int row = 0; row < 3; ++row) {
        table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids << model->idAt(row);
    }
    QList<QVariant> before;
    for (const core::RecordId &id : ids)
        before << f.store().get(id)->fields.value(QStringLiteral("status"));

    ui::BulkEditDialog dialog(*f.library, *f.window->findChild<ui::UndoStack *>(), QStringLiteral("material"), ids, f.window.get());
    dialog.choose(QStringLiteral("status"), core::BulkOperation::Set);
    auto *status = qobject_cast<QComboBox *>(dialog.valueEditor()->inputWidget());
    REQUIRE(status != nullptr);
    status->setCurrentIndex(status->findData(QStringLiteral("archived")));
    REQUIRE(dialog.applyEdit());
    f.settle();
    for (const core::RecordId &id : ids)
        CHECK(f.store().get(id)->fields.value(QStringLiteral("status")).toString() == QStringLiteral("archived"));

    ui::BulkEditDialog tagging(*f.library, *f.window->findChild<ui::UndoStack *>(), QStringLiteral("material"), ids, f.window.get());
    tagging.choose(QStringLiteral("@tag"), core::BulkOperation::Add);
    REQUIRE(tagging.tagBox() != nullptr);
    tagging.tagBox()->setCurrentIndex(tagging.tagBox()->findData(tag.toString()));
    REQUIRE(tagging.applyEdit());
    auto count = [&] {
        core::ListQuery q;
        q.limit = 0;
        qint64 n = 0;
        for (const core::Record &t : f.store().list(QStringLiteral("tagging"), q).value())
            if (t.fields.value(QStringLiteral("tag_id")).toString() == tag.toString())
                ++n;
        return n;
    };
    CHECK(count() == 3);

    // Two undos: the tags, then the status of all three.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(count() == 0);
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    for (int i = 0; i < ids.size(); ++i)
        CHECK(f.store().get(ids.at(i))->fields.value(QStringLiteral("status")) == before.at(i));
    // And redo does it again.
    f.window->action(QStringLiteral("redo"))->trigger();
    f.settle();
    CHECK(f.store().get(ids.first())->fields.value(QStringLiteral("status")).toString() == QStringLiteral("archived"));

    // Clearing empties the field of every selected record.
    ui::BulkEditDialog rating(*f.library, *f.window->findChild<ui::UndoStack *>(), QStringLiteral("material"), ids, f.window.get());
    rating.choose(QStringLiteral("year"), core::BulkOperation::Clear);
    REQUIRE(rating.applyEdit());
    CHECK_FALSE(f.store().get(ids.first())->fields.value(QStringLiteral("year")).isValid());
    CHECK(f.window->action(QStringLiteral("bulkEdit"))->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}
