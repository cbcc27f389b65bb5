#include "editors/field_editor.h"
#include "editors/labels.h"
#include "history/change_log.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/parts_panel.h"
#include "records/record_form.h"
#include "records/record_store.h"
#include "records/record_table_model.h"
#include "records/sample_library.h"
#include "records/undo_commands.h"
#include "search/search_controller.h"
#include "search/search_index.h"
#include "search/search_panel.h"
#include "shell/main_window.h"

#include "catch_qt.h"
#include "gui_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

TEST_CASE("Every section of the sidebar shows its records", "[gui]")
{
    Fixture f;
    const QHash<QString, QString> types {
        {QStringLiteral("materials"), QStringLiteral("material")},
        {QStringLiteral("cases"), QStringLiteral("case_study")},
        {QStringLiteral("dialogues"), QStringLiteral("dialogue")},
        {QStringLiteral("people"), QStringLiteral("person")},
        {QStringLiteral("organisations"), QStringLiteral("organisation")},
        {QStringLiteral("tags"), QStringLiteral("tag")},
        {QStringLiteral("collections"), QStringLiteral("collection")},
        {QStringLiteral("codebook"), QStringLiteral("code")},
        {QStringLiteral("memos"), QStringLiteral("memo")},
        {QStringLiteral("frameworks"), QStringLiteral("criteria_framework")},
        {QStringLiteral("custom_fields"), QStringLiteral("custom_field")},
    };
    for (const QString &key : f.window->sectionKeys()) {
        INFO(key.toStdString());
        REQUIRE(f.window->showSection(key));
        CHECK(f.window->currentSection() == key);
        if (key == QLatin1String("trash")) {
            CHECK(f.window->model()->isTrash());
            CHECK(f.window->model()->totalCount() == 0);
            continue;
        }
        const QString type = types.value(key);
        REQUIRE_FALSE(type.isEmpty());
        CHECK(f.window->model()->type() == type);
        CHECK(f.window->model()->totalCount() == f.count(type));
        // The lazy model holds at most one page until the view asks for more.
        CHECK(f.window->model()->rowCount() == std::min<qint64>(f.count(type), ui::RecordTableModel::kPageSize));
    }
    REQUIRE(f.window->showSection(QStringLiteral("dialogues")));
    CHECK(f.window->model()->totalCount() >= 3);
}

TEST_CASE("Editing a record in the form saves it through core - and undo puts it back", "[gui][undo]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("dialogues")));
    const core::RecordId id = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Compendium"));
    REQUIRE(f.window->selectRecord(id));
    ui::RecordForm *form = f.window->form();
    REQUIRE(form->recordId() == id);
    const QString before = f.store().get(id)->fields.value(QStringLiteral("venue")).toString();

    ui::FieldEditor *venue = form->editor(QStringLiteral("venue"));
    REQUIRE(venue != nullptr);
    typeInto(venue->inputWidget(), QStringLiteral("UN Women Training Centre CoP platform"));
    CHECK(form->isModified());
    f.window->action(QStringLiteral("save"))->trigger();
    f.settle();
    CHECK_FALSE(form->isModified());
    CHECK(f.store().get(id)->fields.value(QStringLiteral("venue")).toString() == QStringLiteral("UN Women Training Centre CoP platform"));
    auto history = f.library->changeLog().history(id);
    REQUIRE(history.ok());
    CHECK(history->last().field == QStringLiteral("venue"));

    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("venue")).toString() == before);
    CHECK(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("venue"))->inputWidget())->text() == before);

    f.window->action(QStringLiteral("redo"))->trigger();
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("venue")).toString() == QStringLiteral("UN Women Training Centre CoP platform"));
}

TEST_CASE("A refused save shows the reason in the form and keeps the input", "[gui][errors]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    f.window->newRecord();
    ui::RecordForm *form = f.window->form();
    REQUIRE(form->isNew());
    const qint64 before = f.count(QStringLiteral("material"));
    typeInto(form->editor(QStringLiteral("year"))->inputWidget(), QStringLiteral("2016"));
    CHECK_FALSE(form->save()); // no title
    CHECK(form->errorText().contains(QStringLiteral("title")));
    CHECK(qobject_cast<QSpinBox *>(form->editor(QStringLiteral("year"))->inputWidget())->value() == 2016);
    CHECK(f.count(QStringLiteral("material")) == before);

    typeInto(form->editor(QStringLiteral("title"))->inputWidget(), QStringLiteral("Gender equality glossary"));
    REQUIRE(form->save());
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before + 1);
    CHECK(f.store().get(form->recordId())->fields.value(QStringLiteral("year")).toLongLong() == 2016);
    // Undo of a create moves the new record to the trash.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before);
}

TEST_CASE("A key question is added under a week through the nested forms", "[gui][parts]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("dialogues")));
    const core::RecordId dialogue = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Compendium"));
    REQUIRE(f.window->selectRecord(dialogue));
    ui::PartsPanel *weeks = f.window->form()->partsPanel(QStringLiteral("dialogue_phase"));
    REQUIRE(weeks != nullptr);
    REQUIRE(weeks->count() == 3);
    weeks->selectRow(1); // week 2
    ui::PartsPanel *questions = weeks->form()->partsPanel(QStringLiteral("key_question"));
    REQUIRE(questions != nullptr);
    const core::RecordId week2 = weeks->form()->recordId();
    const qint64 before = f.store().parts(week2, QStringLiteral("key_question"))->size();
    REQUIRE(questions->count() == before);

    questions->addPart();
    ui::RecordForm *questionForm = questions->form();
    REQUIRE(questionForm->isNew());
    typeInto(questionForm->editor(QStringLiteral("text"))->inputWidget(), QStringLiteral("How do we measure transformative change?"));
    REQUIRE(questionForm->save());
    f.settle();
    auto after = f.store().parts(week2, QStringLiteral("key_question"));
    REQUIRE(after.ok());
    REQUIRE(after->size() == before + 1);
    CHECK(after->last().fields.value(QStringLiteral("text")).toString() == QStringLiteral("How do we measure transformative change?"));
    CHECK(after->last().fields.value(QStringLiteral("position")).toLongLong() == before + 1);
    CHECK(questions->count() == before + 1);

    // Moving it up swaps the order, in one undoable step.
    questions->selectRow(int(before));
    questions->moveUp();
    f.settle();
    after = f.store().parts(week2, QStringLiteral("key_question"));
    CHECK(after->at(int(before) - 1).fields.value(QStringLiteral("text")).toString()
        == QStringLiteral("How do we measure transformative change?"));
    f.window->undoStack()->undo();
    f.settle();
    after = f.store().parts(week2, QStringLiteral("key_question"));
    CHECK(after->last().fields.value(QStringLiteral("text")).toString() == QStringLiteral("How do we measure transformative change?"));
}

TEST_CASE("Trash and restore from the Trash section", "[gui][trash]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("organisations")));
    const qint64 before = f.count(QStringLiteral("organisation"));
    REQUIRE(f.window->model()->rowCount() > 0);
    f.window->table()->selectRow(0);
    const core::RecordId id = f.window->model()->idAt(0);
    f.window->action(QStringLiteral("trash"))->trigger();
    f.settle();
    CHECK(f.count(QStringLiteral("organisation")) == before - 1);
    CHECK(f.store().get(id)->isTrashed());

    REQUIRE(f.window->showSection(QStringLiteral("trash")));
    CHECK(f.window->model()->totalCount() == 1);
    REQUIRE(f.window->selectRecord(id));
    f.window->action(QStringLiteral("restore"))->trigger();
    f.settle();
    CHECK_FALSE(f.store().get(id)->isTrashed());
    CHECK(f.window->model()->totalCount() == 0);
    CHECK(f.count(QStringLiteral("organisation")) == before);
}

TEST_CASE("Sorting a column asks core for the order", "[gui][table]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("people")));
    f.window->table()->sortByColumn(0, Qt::DescendingOrder);
    f.settle();
    core::ListQuery q;
    q.sortField = QStringLiteral("name");
    q.descending = true;
    q.limit = 1;
    auto first = f.store().list(QStringLiteral("person"), q);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->isEmpty());
    CHECK(f.window->model()->idAt(0) == first->first().id);
}

TEST_CASE("Removing the sample data empties the library in one action", "[gui][sample]")
{
    Fixture f;
    REQUIRE(f.window->action(QStringLiteral("removeSamples"))->isEnabled());
    f.window->removeSampleData(true);
    f.settle();
    CHECK(*f.store().sampleCount() == 0);
    REQUIRE(f.window->showSection(QStringLiteral("dialogues")));
    CHECK(f.window->model()->totalCount() == 0);
    CHECK_FALSE(f.window->action(QStringLiteral("removeSamples"))->isEnabled());
}

TEST_CASE("The window layout is remembered", "[gui][settings]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("cases")));
    f.window->resize(1111, 777);
    f.window->close();
    ui::MainWindow again(*f.library);
    CHECK(again.currentSection() == QStringLiteral("cases"));
    CHECK(QSettings().contains(QStringLiteral("window/geometry")));
}

namespace {

// Waits for the search thread to answer the query now in the search bar; the window stays responsive meanwhile.
bool waitForResults(ui::MainWindow &window, int atLeast)
{
    QLabel *summary = window.searchPanel()->findChild<QLabel *>(QStringLiteral("searchSummary"));
    for (int i = 0; i < 250; ++i) {
        QTest::qWait(20);
        const bool current
            = summary->text().contains(window.searchBar()->text().trimmed()) && !summary->text().endsWith(QStringLiteral("…"));
        if (current && window.searchPanel()->resultCount() >= atLeast)
            return true;
    }
    qWarning() << "search did not answer:" << summary->text() << window.searchPanel()->resultCount();
    return false;
}

} // namespace

TEST_CASE("Typing in the search bar finds records as you type and opens them highlighted", "[gui][search]")
{
    Fixture f;
    REQUIRE(f.library->search().drain().ok());
    QLineEdit *bar = f.window->searchBar();
    REQUIRE(bar != nullptr);
    f.window->action(QStringLiteral("find"))->trigger();
    QTest::keyClicks(bar, QStringLiteral("capacity-build"));
    QTest::keyClicks(bar, QStringLiteral("ing"));
    REQUIRE(waitForResults(*f.window, 1));
    CHECK(f.window->searchPanel()->isVisible());
    CHECK_FALSE(f.window->table()->isVisible());

    // A newer query replaces the older one.
    bar->clear();
    QTest::keyClicks(bar, QStringLiteral("\"sixth session\" kind:dialogue"));
    REQUIRE(waitForResults(*f.window, 1));
    QListWidget *results = f.window->searchPanel()->results();
    REQUIRE(results->count() == 1);
    results->setCurrentRow(0);
    f.settle();
    const core::RecordId id(results->item(0)->data(ui::SearchPanel::kIdRole).toString());
    CHECK(f.window->form()->recordId() == id);
    CHECK(f.store().get(id)->fields.value(QStringLiteral("title")).toString().contains(QStringLiteral("Sixth Session")));
    auto *summary = qobject_cast<QPlainTextEdit *>(f.window->form()->editor(QStringLiteral("summary"))->inputWidget());
    REQUIRE(summary != nullptr);
    CHECK_FALSE(summary->extraSelections().isEmpty()); // the matches are marked
    for (const QTextEdit::ExtraSelection &mark : summary->extraSelections())
        CHECK(mark.cursor.selectedText().toLower() == QStringLiteral("sixth session")); // the phrase, not its words apart

    // Opening the result leaves the search for the record's own section.
    Q_EMIT results->itemActivated(results->item(0));
    f.settle();
    CHECK(bar->text().isEmpty());
    CHECK(f.window->currentSection() == QStringLiteral("dialogues"));
    CHECK(f.window->form()->recordId() == id);
}

TEST_CASE("A malformed search shows a message instead of results", "[gui][search]")
{
    Fixture f;
    QLineEdit *bar = f.window->searchBar();
    QTest::keyClicks(bar, QStringLiteral("\"unclosed phrase"));
    QLabel *summary = f.window->searchPanel()->findChild<QLabel *>(QStringLiteral("searchSummary"));
    REQUIRE(summary != nullptr);
    bool shown = false;
    for (int i = 0; i < 250 && !shown; ++i) {
        QTest::qWait(20);
        shown = summary->text().contains(QStringLiteral("quote"));
    }
    CHECK(shown);
    CHECK(f.window->searchPanel()->resultCount() == 0);
}

TEST_CASE("A search saved as a smart collection runs again from Collections", "[gui][search]")
{
    Fixture f;
    REQUIRE(f.library->search().drain().ok());
    f.window->search()->setQuery(QStringLiteral("org:OSAGI kind:recommendation"));
    REQUIRE(waitForResults(*f.window, 1));
    const int found = f.window->searchPanel()->resultCount();
    const qint64 before = f.count(QStringLiteral("collection"));
    QPushButton *save = f.window->searchPanel()->findChild<QPushButton *>(QStringLiteral("saveSearch"));
    REQUIRE(save != nullptr);
    INFO("save button enabled: " << save->isEnabled() << ", visible: " << save->isVisible());
    save->click();
    f.settle();
    INFO("status: " << f.window->statusBar()->currentMessage().toStdString());
    REQUIRE(f.count(QStringLiteral("collection")) == before + 1);

    f.window->searchBar()->clear();
    f.settle();
    REQUIRE(f.window->showSection(QStringLiteral("collections")));
    core::RecordId saved;
    for (int row = 0; row < f.window->model()->rowCount(); ++row) {
        auto r = f.store().get(f.window->model()->idAt(row));
        if (r && r->fields.value(QStringLiteral("query")).toString() == QStringLiteral("org:OSAGI kind:recommendation"))
            saved = r->id;
    }
    REQUIRE_FALSE(saved.isNull());
    const QModelIndex index = f.window->model()->index(f.window->model()->rowOf(saved), 0);
    Q_EMIT f.window->table()->doubleClicked(index);
    REQUIRE(waitForResults(*f.window, found));
    CHECK(f.window->searchBar()->text() == QStringLiteral("org:OSAGI kind:recommendation"));
}

TEST_CASE("Every label of the model is offered to translators", "[gui][translations]")
{
    QSet<QString> offered;
    for (const char *s : ui::Labels::modelStrings())
        offered.insert(QString::fromUtf8(s));
    for (const core::RecordTypeDef &type : core::RecordTypes::all()) {
        INFO(type.name.toStdString());
        CHECK(offered.contains(type.label));
        CHECK(offered.contains(type.pluralLabel));
        for (const core::FieldDef &f : type.fields) {
            INFO(f.name.toStdString());
            CHECK(offered.contains(f.label));
            for (const QString &choice : f.choices) {
                INFO(choice.toStdString());
                CHECK(offered.contains(ui::Labels::choice(choice)));
            }
        }
    }
}
