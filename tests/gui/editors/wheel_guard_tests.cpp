#include "gui_fixture.h"

#include "editors/field_editor.h"
#include "records/record_form.h"

#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QWheelEvent>

using namespace praxis;
using praxis::test::Fixture;

namespace {

// One notch of the wheel, downwards, over the middle of `w`.
void wheel(QWidget *w)
{
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(local, w->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

} // namespace

TEST_CASE("The wheel over a drop-down or spin box without focus scrolls the form and changes nothing", "[gui][editors]")
{
    Fixture f;
    const core::RecordId id = f.firstOf(QStringLiteral("material"), QString());
    REQUIRE(f.window->showRecord(id));
    f.settle();
    ui::RecordForm *form = f.window->form();
    auto *type = qobject_cast<QComboBox *>(form->editor(QStringLiteral("material_type"))->inputWidget());
    auto *year = qobject_cast<QAbstractSpinBox *>(form->editor(QStringLiteral("year"))->inputWidget());
    REQUIRE(type != nullptr);
    REQUIRE(year != nullptr);
    // Such controls take the focus by click or Tab, not by the wheel.
    CHECK(type->focusPolicy() == Qt::StrongFocus);
    CHECK(year->focusPolicy() == Qt::StrongFocus);

    // A short window, so the form scrolls.
    f.window->resize(900, 420);
    f.settle();
    auto *detail = qobject_cast<QScrollArea *>(form->parentWidget() ? form->parentWidget()->parentWidget() : nullptr);
    REQUIRE(detail != nullptr);
    REQUIRE(detail->verticalScrollBar()->maximum() > 0);
    detail->verticalScrollBar()->setValue(0);
    f.window->searchBar()->setFocus();

    const int typeBefore = type->currentIndex();
    const QString yearBefore = year->text();
    wheel(type);
    wheel(year);
    f.settle();
    CHECK(type->currentIndex() == typeBefore);
    CHECK(year->text() == yearBefore);
    CHECK_FALSE(form->isModified());
    CHECK(detail->verticalScrollBar()->value() > 0); // the wheel went to the form

    // With the focus, the wheel is the control's again.
    type->setFocus();
    REQUIRE(type->hasFocus());
    wheel(type);
    f.settle();
    CHECK(type->currentIndex() != typeBefore);
}
