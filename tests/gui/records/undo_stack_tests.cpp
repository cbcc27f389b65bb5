// The window's undo stack: a step that cannot be undone says why, in the status bar, and leaves the stack.

#include "gui_fixture.h"

#include "records/undo_commands.h"


#include <QSignalSpy>
#include <QStatusBar>

using namespace praxis;

TEST_CASE("An undo that cannot be done is announced with the store's message and leaves the stack", "[gui][undo]")
{
    test::Fixture f;
    auto *undo = f.window->findChild<ui::UndoStack *>();
    REQUIRE(undo);
    const int before = undo->count();

    auto id = f.store().create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("Gender budgeting")}});
    REQUIRE(id.ok());
    undo->push(new ui::CreateRecordCommand(f.store(), *id, QStringLiteral("New tag")));
    REQUIRE(undo->count() == before + 1);

    // Another part of the program removes the record for good: undoing its creation has nothing to move to the trash.
    REQUIRE(f.store().trash(*id).ok());
    REQUIRE(f.store().purge(*id).ok());

    QSignalSpy failed(undo, &ui::UndoStack::failed);
    undo->undo();
    REQUIRE(failed.count() == 1);
    const QString message = failed.first().first().toString();
    CHECK_FALSE(message.isEmpty());
    CHECK(f.window->statusBar()->currentMessage() == message);
    // The failed step is gone: the stack does not offer it again.
    CHECK(undo->count() == before);
}

TEST_CASE("An undo and redo that work announce nothing", "[gui][undo]")
{
    test::Fixture f;
    auto *undo = f.window->findChild<ui::UndoStack *>();
    REQUIRE(undo);
    auto id = f.store().create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("Care economy")}});
    REQUIRE(id.ok());
    undo->push(new ui::CreateRecordCommand(f.store(), *id, QStringLiteral("New tag")));

    QSignalSpy failed(undo, &ui::UndoStack::failed);
    undo->undo();
    CHECK(f.store().get(*id)->isTrashed());
    undo->redo();
    CHECK_FALSE(f.store().get(*id)->isTrashed());
    CHECK(failed.isEmpty());
}
