// The record form's extension points: pages beside the fields, and editors chosen by a factory.

#include "editors/field_editor.h"
#include "editors/field_editors.h"
#include "records/record_form.h"
#include "records/record_page.h"

#include "gui_fixture.h"

#include <QLineEdit>
#include <QTabWidget>

using namespace praxis;
using praxis::test::Fixture;

namespace {

// A page that remembers what the form told it.
class NotesPage : public ui::RecordPage {
public:
    using RecordPage::RecordPage;
    QString title() const override { return QStringLiteral("Coded passages"); }
    void setRecord(const core::RecordId &id, bool editable) override
    {
        shown = id;
        this->editable = editable;
        ++calls;
    }
    core::RecordId shown;
    bool editable = false;
    int calls = 0;
};

// An editor of another kind for one field: a plain line that keeps what is typed.
class LineEditor : public ui::FieldEditor {
public:
    LineEditor(const core::FieldDef &field, core::RecordStore &store, QWidget *parent)
        : FieldEditor(field, store, NoInput{}, parent)
        , m_line(new QLineEdit(this))
    {
        setInput(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QVariant value() const override { return m_line->text().isEmpty() ? QVariant() : QVariant(m_line->text()); }
    void setValue(const QVariant &value) override { m_line->setText(value.toString()); }
    QString problem() const override { return {}; }
    QLineEdit *line() const { return m_line; }

private:
    QLineEdit *m_line;
};

core::RecordId firstRecord(Fixture &f, const QString &type)
{
    core::ListQuery q;
    q.limit = 1;
    auto records = f.store().list(type, q);
    REQUIRE(records.ok());
    REQUIRE_FALSE(records->isEmpty());
    return records->first().id;
}

QTabWidget *tabsOf(QWidget *page)
{
    for (QWidget *w = page; w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            return tabs;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A page added to the form shows for the types it applies to, follows the record and labels its tab", "[gui][form]")
{
    Fixture f;
    ui::RecordForm *form = f.window->form();
    QList<const core::RecordTypeDef *> asked;
    form->addPage([&asked](const core::RecordTypeDef &type, QWidget *parent) -> ui::RecordPage * {
        asked << &type;
        return type.codableFields.isEmpty() ? nullptr : new NotesPage(parent);
    });

    const core::RecordId materialId = firstRecord(f, QStringLiteral("material"));
    form->showRecord(materialId);
    f.settle();
    NotesPage *page = nullptr;
    for (ui::RecordPage *p : form->pages()) {
        if (auto *n = dynamic_cast<NotesPage *>(p))
            page = n;
    }
    REQUIRE(page);
    CHECK(page->shown == materialId);
    CHECK(page->editable);
    QTabWidget *tabs = tabsOf(page);
    REQUIRE(tabs);
    const int at = tabs->indexOf(page);
    CHECK(tabs->tabText(at) == QStringLiteral("Coded passages"));
    Q_EMIT page->countChanged(3);
    CHECK(tabs->tabText(at) == QStringLiteral("Coded passages (3)"));
    Q_EMIT page->countChanged(0);
    CHECK(tabs->tabText(at) == QStringLiteral("Coded passages"));
    // Materials hold attachments too: both pages are there.
    CHECK(form->attachmentsPanel() != nullptr);

    // A type without codable texts gets no such page.
    form->showRecord(firstRecord(f, QStringLiteral("tag")));
    f.settle();
    CHECK(std::none_of(form->pages().cbegin(), form->pages().cend(), [](ui::RecordPage *p) { return dynamic_cast<NotesPage *>(p); }));
    CHECK(asked.size() >= 2);
}

TEST_CASE("An editor maker takes a field over in every form, and what it edits is saved", "[gui][form]")
{
    Fixture f;
    ui::FieldEditors::Registration lines([](const core::FieldDef &field, core::RecordStore &store, QWidget *parent) -> ui::FieldEditor * {
        return field.name == QLatin1String("abstract") ? new LineEditor(field, store, parent) : nullptr;
    });
    // Forms built from now on use it: the window's form is built again for the next type it shows.
    const core::RecordId materialId = firstRecord(f, QStringLiteral("material"));
    f.window->form()->showRecord(firstRecord(f, QStringLiteral("tag")));
    f.window->form()->showRecord(materialId);
    f.settle();
    auto *editor = dynamic_cast<LineEditor *>(f.window->form()->editor(QStringLiteral("abstract")));
    REQUIRE(editor);
    // The other fields keep the plain editor.
    CHECK(dynamic_cast<LineEditor *>(f.window->form()->editor(QStringLiteral("title"))) == nullptr);
    CHECK(editor->line()->text() == f.store().get(materialId)->value(QStringLiteral("abstract")).toString());

    editor->line()->setText(QStringLiteral("Gender-responsive budgeting in three municipalities"));
    Q_EMIT editor->edited();
    REQUIRE(f.window->form()->isModified());
    REQUIRE(f.window->form()->save());
    CHECK(f.store().get(materialId)->value(QStringLiteral("abstract")).toString() == QStringLiteral("Gender-responsive budgeting in three municipalities"));
}

TEST_CASE("A maker that goes leaves the plain editor", "[gui][form]")
{
    Fixture f;
    {
        ui::FieldEditors::Registration lines([](const core::FieldDef &field, core::RecordStore &store, QWidget *parent) -> ui::FieldEditor * {
            return new LineEditor(field, store, parent);
        });
    }
    auto *plain = ui::FieldEditors::create(core::RecordTypes::find(QStringLiteral("material"))->fields.first(), f.store(), f.window.get());
    CHECK(dynamic_cast<LineEditor *>(plain) == nullptr);
    delete plain;
}
