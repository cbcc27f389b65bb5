#include "gui_fixture.h"
#include "records/record_table_model.h"
#include "records/section_table.h"
#include "search/filter_panel.h"
#include "shell/collection_actions.h"
#include "shell/section_sidebar.h"
#include "storage/database.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace praxis;
using praxis::test::Fixture;

namespace {

// Waits until the filter panel shows the counts of its current filter.
void waitForCounts(ui::FilterPanel *panel)
{
    QTRY_VERIFY_WITH_TIMEOUT(panel->isCurrent(), 10000);
}

QListWidgetItem *valueItem(ui::FilterPanel *panel, const QString &facet, const QString &value)
{
    QListWidget *list = panel->valuesOf(facet);
    REQUIRE(list != nullptr);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == value)
            return list->item(i);
    return nullptr;
}

qint64 liveCount(Fixture &f, const QString &sql)
{
    auto v = f.library->database().scalar(sql);
    REQUIRE(v.ok());
    return v->toLongLong();
}

// Answers the next text prompt with `text`.
void answerNextInput(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("The filter panel narrows the materials by facets with counts, and keeps a filter as a smart collection", "[gui][filter]")
{
    Fixture f;
    // Two materials also in Spanish, one of them dated.
    for (const char *title : {"Compendium of Good Practices", "Synthesis report of the Virtual Dialogue"}) {
        const core::RecordId id = f.firstOf(QStringLiteral("material"), QString::fromLatin1(title));
        REQUIRE(f.store().update(id, {{QStringLiteral("languages"), QStringList{QStringLiteral("en"), QStringLiteral("es")}}}).ok());
    }
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    ui::SectionTable *table = f.window->sectionTable();
    ui::FilterPanel *panel = table->filterPanel();
    REQUIRE(panel->isVisible());
    waitForCounts(panel);
    const qint64 all = f.count(QStringLiteral("material"));
    CHECK(table->model()->totalCount() == all);

    // Spanish, with the count the panel shows, narrows the table to exactly that many rows.
    const qint64 spanish = liveCount(f, QStringLiteral("SELECT count(DISTINCT fv.record_id) FROM field_value fv JOIN records r ON r.id = fv.record_id "
                                                       "WHERE r.type = 'material' AND r.deleted_at IS NULL AND fv.field = 'languages' AND fv.value = 'es'"));
    REQUIRE(spanish == 2);
    REQUIRE(spanish < all);
    QListWidgetItem *es = valueItem(panel, QStringLiteral("languages"), QStringLiteral("es"));
    REQUIRE(es != nullptr);
    CHECK(es->text().endsWith(QStringLiteral("(%1)").arg(spanish)));
    es->setCheckState(Qt::Checked);
    f.settle();
    CHECK(table->model()->totalCount() == spanish);
    auto *bar = table->findChild<QLabel *>(QStringLiteral("filterBar"));
    REQUIRE(bar != nullptr);
    CHECK(bar->isVisible());
    CHECK(bar->text().startsWith(QStringLiteral("%1 of %2").arg(spanish).arg(all)));

    // The other facets are counted within the Spanish materials.
    waitForCounts(panel);
    qint64 typesTotal = 0;
    QListWidget *types = panel->valuesOf(QStringLiteral("material_type"));
    for (int i = 0; i < types->count(); ++i) {
        const QString text = types->item(i)->text();
        const qsizetype open = text.lastIndexOf(QLatin1Char('('));
        typesTotal += text.mid(open + 1, text.size() - open - 2).toLongLong();
    }
    CHECK(typesTotal <= spanish);

    // A year range narrows further; a year after every material leaves none.
    auto *from = panel->findChild<QSpinBox *>(QStringLiteral("yearFrom"));
    REQUIRE(from != nullptr);
    from->setValue(2099);
    f.settle();
    CHECK(table->model()->totalCount() == 0);
    from->setValue(0);
    f.settle();
    CHECK(table->model()->totalCount() == spanish);

    // Kept as a smart collection, it shows the same records from the sidebar.
    const qint64 collectionsBefore = f.count(QStringLiteral("collection"));
    answerNextInput(QStringLiteral("Materials in Spanish"));
    panel->findChild<QPushButton *>(QStringLiteral("saveFilter"))->click();
    f.settle();
    REQUIRE(f.count(QStringLiteral("collection")) == collectionsBefore + 1);
    const core::RecordId smart = f.firstOf(QStringLiteral("collection"), QStringLiteral("Materials in Spanish"));

    panel->findChild<QPushButton *>(QStringLiteral("clearFilter"))->click();
    f.settle();
    CHECK(table->model()->totalCount() == all);
    CHECK_FALSE(bar->isVisible());

    REQUIRE(f.window->showSection(QStringLiteral("collection:") + smart.toString()));
    f.settle();
    CHECK(table->model()->type() == QStringLiteral("material"));
    CHECK(table->model()->totalCount() == spanish);

    // Undo takes the smart collection back.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(f.count(QStringLiteral("collection")) == collectionsBefore);
}

TEST_CASE("Rows dropped on a tag or a collection in the sidebar are tagged or collected, in one undo step", "[gui][filter][collections]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    ui::SectionSidebar *sidebar = f.window->sidebar();
    // Nested, coloured tags sit under Tags.
    const core::RecordId tge = f.firstOf(QStringLiteral("tag"), QStringLiteral("training for gender equality"));
    const core::RecordId goodPractice = f.firstOf(QStringLiteral("tag"), QStringLiteral("good practice"));
    QTreeWidgetItem *parentTag = sidebar->itemOf(QStringLiteral("tag:") + tge.toString());
    QTreeWidgetItem *childTag = sidebar->itemOf(QStringLiteral("tag:") + goodPractice.toString());
    REQUIRE(parentTag != nullptr);
    REQUIRE(childTag != nullptr);
    CHECK(childTag->parent() == parentTag);
    CHECK_FALSE(parentTag->icon(0).isNull());

    // A new manual collection, then three rows dragged onto it.
    answerNextInput(QStringLiteral("Workshop reading pack"));
    QMenu *menu = nullptr;
    {
        auto *actions = f.window->findChild<ui::CollectionActions *>();
        REQUIRE(actions != nullptr);
        menu = actions->contextMenu(QStringLiteral("collections"), f.window.get());
        REQUIRE(menu != nullptr);
        menu->findChild<QAction *>(QStringLiteral("newCollection"))->trigger();
        delete menu;
    }
    f.settle();
    const core::RecordId pack = f.firstOf(QStringLiteral("collection"), QStringLiteral("Workshop reading pack"));
    sidebar->reloadTagsAndCollections();
    QTreeWidgetItem *packItem = sidebar->itemOf(QStringLiteral("collection:") + pack.toString());
    REQUIRE(packItem != nullptr);

    QTableView *view = f.window->table();
    view->selectionModel()->clearSelection();
    for (int row : {0, 1, 2})
        view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    std::unique_ptr<QMimeData> mime(view->model()->mimeData(view->selectionModel()->selectedRows()));
    REQUIRE(mime->hasFormat(QString::fromLatin1(ui::RecordTableModel::kIdsMimeType)));

    auto dropOn = [&](QTreeWidgetItem *item) {
        sidebar->scrollToItem(item);
        const QPoint at = sidebar->visualItemRect(item).center();
        QDragEnterEvent enter(at, Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(sidebar->viewport(), &enter);
        QDragMoveEvent move(at, Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(sidebar->viewport(), &move);
        const bool accepted = move.isAccepted();
        QDropEvent drop(at, Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(sidebar->viewport(), &drop);
        f.settle();
        return accepted;
    };
    const QString entries = QStringLiteral("SELECT count(*) FROM collection_item ci JOIN records r ON r.id = ci.id "
                                           "WHERE r.deleted_at IS NULL AND ci.collection_id = '%1'").arg(pack.toString());
    CHECK(dropOn(packItem));
    CHECK(liveCount(f, entries) == 3);
    // Dropped again: nothing doubles.
    CHECK(dropOn(sidebar->itemOf(QStringLiteral("collection:") + pack.toString())));
    CHECK(liveCount(f, entries) == 3);
    // The collection lists its records.
    REQUIRE(f.window->showSection(QStringLiteral("collection:") + pack.toString()));
    f.settle();
    CHECK(f.window->sectionTable()->model()->totalCount() == 3);
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    f.settle();
    for (int row : {0, 1, 2})
        view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    mime.reset(view->model()->mimeData(view->selectionModel()->selectedRows()));

    // Onto a sub-tag; the parent tag then lists them too.
    const QString tagged = QStringLiteral("SELECT count(*) FROM tagging t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL AND t.tag_id = '%1'")
                               .arg(goodPractice.toString());
    const qint64 taggedBefore = liveCount(f, tagged);
    CHECK(dropOn(sidebar->itemOf(QStringLiteral("tag:") + goodPractice.toString())));
    const qint64 taggedAfter = liveCount(f, tagged);
    CHECK(taggedAfter > taggedBefore);
    CHECK(taggedAfter <= taggedBefore + 3);
    REQUIRE(f.window->showSection(QStringLiteral("tag:") + tge.toString()));
    f.settle();
    CHECK(f.window->sectionTable()->model()->totalCount() >= taggedAfter);
    // The parent tag's count in the sidebar takes its sub-tags' records in, each once.
    const qint64 underParent = liveCount(f, QStringLiteral("SELECT count(DISTINCT t.record_id) FROM tagging t JOIN records r ON r.id = t.id "
                                                           "JOIN records o ON o.id = t.record_id WHERE r.deleted_at IS NULL AND o.deleted_at IS NULL "
                                                           "AND (t.tag_id = '%1' OR t.tag_id IN (SELECT id FROM tag WHERE parent_id = '%1'))")
                                                .arg(tge.toString()));
    REQUIRE(underParent > taggedAfter);
    sidebar->reloadTagsAndCollections();
    CHECK(sidebar->itemOf(QStringLiteral("tag:") + tge.toString())->text(0).endsWith(QStringLiteral("(%1)").arg(underParent)));

    // One undo takes the whole drop back.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(liveCount(f, tagged) == taggedBefore);
    CHECK(liveCount(f, entries) == 3);

    // A smart collection takes no drops.
    const core::RecordId inSpanish = f.firstOf(QStringLiteral("collection"), QStringLiteral("In Spanish"));
    CHECK_FALSE(dropOn(sidebar->itemOf(QStringLiteral("collection:") + inSpanish.toString())));
}
