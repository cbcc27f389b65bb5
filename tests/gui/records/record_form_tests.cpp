#include "editors/field_editor.h"
#include "editors/labels.h"
#include "editors/vocabulary.h"
#include "records/parts_panel.h"
#include "records/record_form.h"
#include "records/record_table_model.h"
#include "records/undo_commands.h"

#include "gui_fixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

namespace {

QStringList choicesOf(ui::FieldEditor *editor)
{
    auto *combo = qobject_cast<QComboBox *>(editor->inputWidget());
    REQUIRE(combo != nullptr);
    combo->setFocus(); // the picker lists its records when the user turns to it
    QStringList out;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).isValid())
            out << combo->itemData(i).toString();
    }
    return out;
}

} // namespace

TEST_CASE("Every field of every record type has an editor in its form", "[gui][form]")
{
    Fixture f;
    ui::RecordForm form(f.store(), *f.window->undoStack());
    for (const core::RecordTypeDef &type : core::RecordTypes::all()) {
        INFO(type.name.toStdString());
        form.startNew(type.name);
        REQUIRE(form.isNew());
        for (const core::FieldDef &field : type.fields) {
            INFO(field.name.toStdString());
            // The owner is where a part's form sits, and the position is set with the move buttons.
            const bool placedByTheForm = (field.name == type.parentField && type.role != core::RecordRole::Main)
                || (field.name == type.orderField && type.role == core::RecordRole::Part);
            CHECK((form.editor(field.name) != nullptr) != placedByTheForm);
        }
        for (const core::RecordTypeDef *part : core::RecordTypes::partsOf(type.name))
            CHECK(form.partsPanel(part->name) != nullptr);
    }
}

TEST_CASE("Numbers may stay empty - input that cannot be saved is flagged and named in the form", "[gui][form]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    REQUIRE(f.window->model()->rowCount() > 0);
    f.window->table()->selectRow(0);
    const core::RecordId id = f.window->model()->idAt(0);
    ui::RecordForm *form = f.window->form();
    REQUIRE(form->recordId() == id);

    auto *rating = qobject_cast<QSpinBox *>(form->editor(QStringLiteral("rating"))->inputWidget());
    REQUIRE(rating != nullptr);
    typeInto(rating, QStringLiteral("4"));
    REQUIRE(form->save());
    CHECK(f.store().get(id)->fields.value(QStringLiteral("rating")).toLongLong() == 4);
    typeInto(rating, QString());
    CHECK(rating->text().isEmpty());
    REQUIRE(form->save());
    CHECK_FALSE(f.store().get(id)->fields.value(QStringLiteral("rating")).isValid());

    auto *url = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("url"))->inputWidget());
    REQUIRE(url != nullptr);
    const QVariant before = f.store().get(id)->fields.value(QStringLiteral("url"));
    typeInto(url, QStringLiteral("www.unwomen.org training"));
    CHECK_FALSE(form->editor(QStringLiteral("url"))->problem().isEmpty());
    CHECK_FALSE(form->save());
    CHECK(form->errorText().contains(QStringLiteral("URL")));
    CHECK(url->text() == QStringLiteral("www.unwomen.org training")); // the input stays for the user to fix
    CHECK(f.store().get(id)->fields.value(QStringLiteral("url")) == before);

    typeInto(url, QStringLiteral("https://trainingcentre.unwomen.org"));
    CHECK(form->editor(QStringLiteral("url"))->problem().isEmpty());
    auto *date = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("date"))->inputWidget());
    REQUIRE(date != nullptr);
    typeInto(date, QStringLiteral("2016-13"));
    CHECK_FALSE(form->save());
    CHECK(form->errorText().contains(QStringLiteral("2016-13")));
    typeInto(date, QStringLiteral("2016-09"));
    REQUIRE(form->save());
    CHECK(form->errorText().isEmpty());
    CHECK(f.store().get(id)->fields.value(QStringLiteral("date")).toString() == QStringLiteral("2016-09"));
    CHECK(f.store().get(id)->fields.value(QStringLiteral("url")).toString() == QStringLiteral("https://trainingcentre.unwomen.org"));
}

TEST_CASE("A list field completes the entry being typed from its vocabulary", "[gui][form]")
{
    CHECK(ui::Vocabulary::terms(QStringLiteral("language")).size() > 100);
    CHECK(ui::Vocabulary::terms(QStringLiteral("country")).size() > 200);

    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    f.window->newRecord();
    auto *languages = qobject_cast<QLineEdit *>(f.window->form()->editor(QStringLiteral("languages"))->inputWidget());
    REQUIRE(languages != nullptr);
    REQUIRE(languages->completer() != nullptr);
    languages->setFocus();
    typeInto(languages, QStringLiteral("en, Span"));
    QCompleter *completer = languages->completer();
    REQUIRE(completer->completionCount() >= 1);
    QAbstractItemView *popup = completer->popup();
    REQUIRE(popup->isVisible());
    int spanish = -1;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        if (completer->completionModel()->index(row, 0).data().toString() == QStringLiteral("es — Spanish"))
            spanish = row;
    }
    REQUIRE(spanish >= 0);
    popup->setCurrentIndex(completer->completionModel()->index(spanish, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(languages->text() == QStringLiteral("en, es"));
    CHECK(f.window->form()->editor(QStringLiteral("languages"))->value().toStringList()
        == QStringList {QStringLiteral("en"), QStringLiteral("es")});
}

TEST_CASE("A reference to a part offers the parts of the same record only", "[gui][form]")
{
    Fixture f;
    const core::RecordId session = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Sixth Session"));
    const core::RecordId other = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Compendium"));
    auto elsewhere = f.store().create(QStringLiteral("agenda_item"),
        {{QStringLiteral("dialogue_id"), other.toString()}, {QStringLiteral("title"), QStringLiteral("Welcome")}});
    REQUIRE(elsewhere.ok());
    REQUIRE(f.window->showRecord(session));
    ui::PartsPanel *recommendations = f.window->form()->partsPanel(QStringLiteral("recommendation"));
    REQUIRE(recommendations != nullptr);
    REQUIRE(recommendations->count() > 0);
    recommendations->selectRow(0);
    const QStringList offered = choicesOf(recommendations->form()->editor(QStringLiteral("agenda_item_id")));
    auto agenda = f.store().parts(session, QStringLiteral("agenda_item"));
    REQUIRE(agenda.ok());
    CHECK(offered.size() == agenda->size());
    CHECK_FALSE(offered.contains(elsewhere->toString()));
    for (const core::Record &item : *agenda)
        CHECK(offered.contains(item.id.toString()));

    // The organisation picker offers organisations, listed by name.
    const QStringList organisations = choicesOf(recommendations->form()->editor(QStringLiteral("responsible_org_id")));
    CHECK(organisations.size() == f.count(QStringLiteral("organisation")));
}

TEST_CASE("Undo of a trash brings the record back into its table", "[gui][undo]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("people")));
    const qint64 before = f.window->model()->totalCount();
    f.window->table()->selectRow(0);
    const core::RecordId id = f.window->model()->idAt(0);
    f.window->action(QStringLiteral("trash"))->trigger();
    f.settle();
    CHECK(f.window->model()->totalCount() == before - 1);
    CHECK(f.window->model()->rowOf(id) < 0);
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK_FALSE(f.store().get(id)->isTrashed());
    CHECK(f.window->model()->totalCount() == before);
    CHECK(f.window->model()->rowOf(id) >= 0);
}

TEST_CASE("Undo of an edit shows the old value in the form and the table", "[gui][undo]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("organisations")));
    f.window->table()->selectRow(0);
    const core::RecordId id = f.window->model()->idAt(0);
    const QString name = f.store().get(id)->fields.value(QStringLiteral("name")).toString();
    auto *input = qobject_cast<QLineEdit *>(f.window->form()->editor(QStringLiteral("name"))->inputWidget());
    REQUIRE(input != nullptr);
    typeInto(input, QStringLiteral("AAA Renamed organisation"));
    f.window->action(QStringLiteral("save"))->trigger();
    f.settle();
    const int row = f.window->model()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(f.window->model()->index(row, 0).data().toString() == QStringLiteral("AAA Renamed organisation"));

    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(f.store().get(id)->fields.value(QStringLiteral("name")).toString() == name);
    CHECK(f.window->model()->index(f.window->model()->rowOf(id), 0).data().toString() == name);
    CHECK(input->text() == name);
    CHECK(f.window->form()->recordId() == id);
}

TEST_CASE("Opening a part shows it in its owner's form, in its tab", "[gui][parts]")
{
    Fixture f;
    const core::RecordId dialogue = f.firstOf(QStringLiteral("dialogue"), QStringLiteral("Compendium"));
    auto weeks = f.store().parts(dialogue, QStringLiteral("dialogue_phase"));
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 3);
    const core::RecordId week3 = weeks->at(2).id;
    auto questions = f.store().parts(week3, QStringLiteral("key_question"));
    REQUIRE(questions.ok());
    REQUIRE_FALSE(questions->isEmpty());
    const core::RecordId question = questions->last().id;

    REQUIRE(f.window->showSection(QStringLiteral("people")));
    REQUIRE(f.window->showRecord(question));
    CHECK(f.window->currentSection() == QStringLiteral("dialogues"));
    CHECK(f.window->form()->recordId() == dialogue);
    ui::PartsPanel *weekPanel = f.window->form()->partsPanel(QStringLiteral("dialogue_phase"));
    CHECK(weekPanel->form()->recordId() == week3);
    ui::PartsPanel *questionPanel = weekPanel->form()->partsPanel(QStringLiteral("key_question"));
    CHECK(questionPanel->form()->recordId() == question);
    auto *text = qobject_cast<QPlainTextEdit *>(questionPanel->form()->editor(QStringLiteral("text"))->inputWidget());
    REQUIRE(text != nullptr);
    CHECK(text->toPlainText() == questions->last().fields.value(QStringLiteral("text")).toString());
}

TEST_CASE("Countries come grouped by their UN M49 region, with names", "[gui][vocabulary]")
{
    const QList<ui::Term> &countries = ui::Vocabulary::terms(QStringLiteral("country"));
    REQUIRE(countries.size() >= 249);
    CHECK(ui::Vocabulary::regionsOf(QStringLiteral("bo")) ==
          QStringList{QStringLiteral("Americas"), QStringLiteral("Latin America and the Caribbean"), QStringLiteral("South America")});
    CHECK(ui::Vocabulary::regionsOf(QStringLiteral("KE")).contains(QStringLiteral("Eastern Africa")));
    CHECK(ui::Vocabulary::name(QStringLiteral("country"), QStringLiteral("BO")) == QStringLiteral("Bolivia"));
    CHECK(ui::Vocabulary::name(QStringLiteral("language"), QStringLiteral("fr")) == QStringLiteral("French"));
    CHECK(ui::Vocabulary::name(QStringLiteral("country"), QStringLiteral("ZZ")) == QStringLiteral("ZZ"));
    // Each region's countries sit together, so the list reads region by region.
    QStringList groupsInOrder;
    for (const ui::Term &t : countries) {
        if (groupsInOrder.isEmpty() || groupsInOrder.last() != t.group) {
            CHECK_FALSE(groupsInOrder.contains(t.group));
            groupsInOrder << t.group;
        }
    }
    CHECK(groupsInOrder.size() >= 20);
    const auto bolivia = std::find_if(countries.begin(), countries.end(), [](const ui::Term &t) { return t.value == QLatin1String("BO"); });
    REQUIRE(bolivia != countries.end());
    CHECK(bolivia->label == QStringLiteral("BO — Bolivia · South America"));
}

TEST_CASE("A Markdown text shows its rendering beside it as one types", "[gui][form][markdown]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    f.window->newRecord();
    ui::FieldEditor *abstract = f.window->form()->editor(QStringLiteral("abstract"));
    REQUIRE(abstract != nullptr);
    REQUIRE(abstract->preview() != nullptr);
    CHECK(abstract->preview()->isHidden());
    auto *toggle = abstract->findChild<QToolButton *>(QStringLiteral("previewToggle"));
    REQUIRE(toggle != nullptr);
    toggle->click();
    CHECK_FALSE(abstract->preview()->isHidden());
    auto *text = qobject_cast<QPlainTextEdit *>(abstract->inputWidget());
    REQUIRE(text != nullptr);
    text->setPlainText(QStringLiteral("# Compendium\n\nTen "));
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("**cases** from around the globe."));
    QTest::qWait(300);
    auto *browser = qobject_cast<QTextBrowser *>(abstract->preview());
    REQUIRE(browser != nullptr);
    CHECK(browser->toPlainText().contains(QStringLiteral("Ten cases from around the globe.")));
    CHECK_FALSE(browser->toPlainText().contains(QStringLiteral("**")));
    // Remembered for the next form.
    CHECK(QSettings().value(QStringLiteral("editor/markdownPreview")).toBool());
    toggle->click();
    CHECK(abstract->preview()->isHidden());
}

TEST_CASE("A person or organisation not yet in the library is added from the picker", "[gui][form][picker]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("people")));
    f.window->newRecord();
    ui::RecordForm *form = f.window->form();
    typeInto(form->editor(QStringLiteral("name"))->inputWidget(), QStringLiteral("Nomvula Nkosi"));
    ui::FieldEditor *affiliation = form->editor(QStringLiteral("affiliation_id"));
    REQUIRE(affiliation != nullptr);
    auto *combo = qobject_cast<QComboBox *>(affiliation->inputWidget());
    REQUIRE(combo != nullptr);
    combo->setFocus();
    const qint64 before = f.count(QStringLiteral("organisation"));
    typeInto(combo->lineEdit(), QStringLiteral("Sonke Gender Justice"));
    QAction *create = combo->lineEdit()->findChild<QAction *>(QStringLiteral("createReference"));
    REQUIRE(create != nullptr);
    CHECK(create->isVisible());
    CHECK(affiliation->problem().contains(QStringLiteral("add it")));
    create->trigger();
    CHECK(f.count(QStringLiteral("organisation")) == before + 1);
    CHECK(affiliation->problem().isEmpty());
    CHECK_FALSE(create->isVisible());
    REQUIRE(form->save());
    const QString org = f.store().get(form->recordId())->fields.value(QStringLiteral("affiliation_id")).toString();
    CHECK(f.store().displayName(core::RecordId(org)).value_or(QString()) == QStringLiteral("Sonke Gender Justice"));
}
