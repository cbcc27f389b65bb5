#include "editors/field_editor.h"
#include "gui_fixture.h"
#include "model/custom_fields.h"
#include "records/record_form.h"
#include "records/record_table_model.h"
#include "records/section_table.h"

#include <QMenu>
#include <QTableView>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>

using namespace praxis;
using praxis::test::Fixture;
using praxis::test::typeInto;

TEST_CASE("Custom fields appear in the form, save with the record and undo", "[gui][custom]")
{
    Fixture f;
    auto donor = f.store().create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                  {QStringLiteral("name"), QStringLiteral("donor")},
                                                                  {QStringLiteral("label"), QStringLiteral("Donor")},
                                                                  {QStringLiteral("field_type"), QStringLiteral("text")}});
    REQUIRE(donor.ok());
    auto mode = f.store().create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                 {QStringLiteral("name"), QStringLiteral("delivery")},
                                                                 {QStringLiteral("label"), QStringLiteral("Delivery")},
                                                                 {QStringLiteral("field_type"), QStringLiteral("choice")},
                                                                 {QStringLiteral("choices"), QStringList{QStringLiteral("online"), QStringLiteral("face_to_face")}}});
    REQUIRE(mode.ok());
    f.settle(); // the open form takes in the new fields
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    const core::RecordId material = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    REQUIRE(f.window->selectRecord(material));
    ui::RecordForm *form = f.window->form();
    ui::FieldEditor *donorEditor = form->customEditor(QStringLiteral("donor"));
    REQUIRE(donorEditor != nullptr);
    REQUIRE(form->customEditor(QStringLiteral("delivery")) != nullptr);
    CHECK(form->customEditor(QStringLiteral("nonexistent")) == nullptr);

    typeInto(donorEditor->inputWidget(), QStringLiteral("Sida"));
    auto *delivery = qobject_cast<QComboBox *>(form->customEditor(QStringLiteral("delivery"))->inputWidget());
    REQUIRE(delivery != nullptr);
    delivery->setCurrentIndex(delivery->findData(QStringLiteral("online")));
    REQUIRE(form->save());
    f.settle();
    core::CustomFields custom(f.store());
    auto values = custom.values(material);
    REQUIRE(values.ok());
    CHECK(values->value(donor->toString()).toString() == QStringLiteral("Sida"));
    CHECK(values->value(mode->toString()).toString() == QStringLiteral("online"));

    // One undo takes the whole save back.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    values = custom.values(material);
    REQUIRE(values.ok());
    CHECK(values->isEmpty());
    f.window->action(QStringLiteral("redo"))->trigger();
    f.settle();
    values = custom.values(material);
    REQUIRE(values.ok());
    CHECK(values->value(donor->toString()).toString() == QStringLiteral("Sida"));

    // Clearing the value removes it.
    REQUIRE(f.window->selectRecord(material));
    typeInto(form->customEditor(QStringLiteral("donor"))->inputWidget(), QString());
    REQUIRE(form->save());
    values = custom.values(material);
    REQUIRE(values.ok());
    CHECK_FALSE(values->contains(donor->toString()));
}

TEST_CASE("Custom field values are checked against their type", "[custom]")
{
    core::CustomFieldDef number{{}, QStringLiteral("material"), QStringLiteral("hours"), QStringLiteral("Hours"), QStringLiteral("number"), {}};
    CHECK(core::CustomFields::check(number, 12.5).ok());
    CHECK_FALSE(core::CustomFields::check(number, QStringLiteral("twelve")).ok());
    core::CustomFieldDef date{{}, QStringLiteral("material"), QStringLiteral("reviewed"), QString(), QStringLiteral("date"), {}};
    CHECK(core::CustomFields::check(date, QStringLiteral("2016-09")).ok());
    CHECK_FALSE(core::CustomFields::check(date, QStringLiteral("2016-13")).ok());
    core::CustomFieldDef url{{}, QStringLiteral("material"), QStringLiteral("mirror"), QString(), QStringLiteral("url"), {}};
    CHECK(core::CustomFields::check(url, QStringLiteral("https://trainingcentre.unwomen.org")).ok());
    CHECK_FALSE(core::CustomFields::check(url, QStringLiteral("not a link")).ok());
    core::CustomFieldDef several{{}, QStringLiteral("material"), QStringLiteral("modes"), QString(), QStringLiteral("multi_choice"),
                                 {QStringLiteral("online"), QStringLiteral("blended")}};
    CHECK(core::CustomFields::check(several, QStringList{QStringLiteral("online"), QStringLiteral("blended")}).ok());
    CHECK_FALSE(core::CustomFields::check(several, QStringList{QStringLiteral("radio")}).ok());
    CHECK(core::CustomFields::toText(several, QStringList{QStringLiteral("online"), QStringLiteral("blended")}) == QStringLiteral("online; blended"));
    CHECK(core::CustomFields::fromText(several, QStringLiteral("online; blended")).toStringList().size() == 2);
    core::CustomFieldDef yes{{}, QStringLiteral("material"), QStringLiteral("accredited"), QString(), QStringLiteral("boolean"), {}};
    CHECK(core::CustomFields::toText(yes, true) == QStringLiteral("true"));
    CHECK(core::CustomFields::fromText(yes, QStringLiteral("true")).toBool());
}

TEST_CASE("The column chooser shows a custom field as a column, sorted by its values, and remembers it", "[gui][custom][columns]")
{
    Fixture f;
    auto hours = f.store().create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                  {QStringLiteral("name"), QStringLiteral("hours")},
                                                                  {QStringLiteral("label"), QStringLiteral("Training hours")},
                                                                  {QStringLiteral("field_type"), QStringLiteral("number")}});
    REQUIRE(hours.ok());
    core::CustomFields custom(f.store());
    auto defs = custom.definitions(QStringLiteral("material"));
    REQUIRE(defs.ok());
    REQUIRE(defs->size() == 1);
    const core::RecordId a = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    const core::RecordId b = f.firstOf(QStringLiteral("material"), QStringLiteral("Inter-agency inventory"));
    REQUIRE(custom.setValue(a, defs->first(), 12).ok());
    REQUIRE(custom.setValue(b, defs->first(), 9).ok());

    REQUIRE(f.window->showSection(QStringLiteral("people")));
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    auto *table = f.window->findChild<ui::SectionTable *>();
    REQUIRE(table != nullptr);
    QMenu *menu = table->columnMenu();
    REQUIRE(menu != nullptr);
    QAction *column = menu->findChild<QAction *>(QStringLiteral("column_custom:hours"));
    REQUIRE(column != nullptr);
    CHECK_FALSE(column->isChecked());
    column->trigger();
    delete menu;
    ui::RecordTableModel *model = table->model();
    const int c = int(model->columns().indexOf(QStringLiteral("custom:hours")));
    REQUIRE(c >= 0);
    CHECK(model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Training hours"));

    // Sorted by the number (9 before 12), records without a value after the others.
    table->view()->sortByColumn(c, Qt::AscendingOrder);
    f.settle();
    CHECK(model->idAt(0) == b);
    CHECK(model->idAt(1) == a);
    CHECK(model->data(model->index(0, c)).toString() == QStringLiteral("9"));
    table->view()->sortByColumn(c, Qt::DescendingOrder);
    f.settle();
    CHECK(model->data(model->index(int(model->rowCount()) - 1, c)).toString() == QStringLiteral("9"));

    // Another section and back: the column is still there.
    REQUIRE(f.window->showSection(QStringLiteral("people")));
    CHECK_FALSE(model->columns().contains(QStringLiteral("custom:hours")));
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    CHECK(model->columns().contains(QStringLiteral("custom:hours")));
}
