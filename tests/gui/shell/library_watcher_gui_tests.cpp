// Writes made on another connection reach the window: praxis-cli run while the window is open (the
// real binary), and another connection in this process. The window shows them in its table within a
// second and its search finds them.

#include "library/library.h"
#include "library/library_watcher.h"
#include "records/record_store.h"
#include "records/record_table_model.h"
#include "search/search_controller.h"
#include "search/search_panel.h"
#include "shell/main_window.h"

#include "catch_qt.h"
#include "cli/cli_runner.h"
#include "gui_fixture.h"

#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>

using namespace praxis;
using namespace praxis::test;

namespace {

// "Within a second", with room for a loaded machine running the tests two at a time.
constexpr int kSeenWithinMs = 1500;

bool tableShows(ui::MainWindow &window, const core::RecordId &id)
{
    return window.model()->rowOf(id) >= 0;
}

} // namespace

TEST_CASE(
    "A record added with praxis-cli while the window shows its table appears in the table and the search finds it", "[gui][watcher][cli]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    f.settle();
    const qint64 shownBefore = f.window->model()->totalCount();

    const QString title = QStringLiteral("Aardvark watch notes on cooperative quarterlies");
    const Run added = cli(f.dir.filePath(QStringLiteral("lib")),
        {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"), QStringLiteral(R"({"title": "%1"})").arg(title)});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const core::RecordId id(added.out.trimmed());
    REQUIRE_FALSE(id.isNull());

    QElapsedTimer clock;
    clock.start();
    const bool shown = QTest::qWaitFor([&] { return tableShows(*f.window, id); }, kSeenWithinMs);
    INFO("waited " << clock.elapsed() << " ms");
    REQUIRE(shown);
    CHECK(f.window->model()->totalCount() == shownBefore + 1);
    const int row = f.window->model()->rowOf(id);
    bool titled = false;
    for (int c = 0; c < f.window->model()->columnCount(); ++c)
        titled = titled || f.window->model()->index(row, c).data().toString() == title;
    CHECK(titled);

    // The window's search finds it.
    QSignalSpy finished(f.window->search(), &ui::SearchController::finished);
    typeInto(f.window->searchBar(), QStringLiteral("aardvark"));
    QTest::keyClick(f.window->searchBar(), Qt::Key_Return);
    QListWidget *results = f.window->searchPanel()->results();
    const bool found = QTest::qWaitFor(
        [&] {
            for (int i = 0; i < results->count(); ++i)
                if (results->item(i)->data(ui::SearchPanel::kIdRole).toString() == id.toString())
                    return true;
            return false;
        },
        10000);
    CHECK(found);
    CHECK_FALSE(finished.isEmpty());

    // A change praxis-cli makes to it reaches the table the same way.
    f.window->searchBar()->clear();
    f.settle();
    const Run trashed = cli(f.dir.filePath(QStringLiteral("lib")), {QStringLiteral("delete"), id.toString()});
    INFO(trashed.err.toStdString());
    REQUIRE(trashed.code == 0);
    CHECK(QTest::qWaitFor([&] { return !tableShows(*f.window, id); }, kSeenWithinMs));
    CHECK(f.window->model()->totalCount() == shownBefore);
}

TEST_CASE("The library watcher announces what other connections commit, and nothing when only its own connection wrote", "[gui][watcher]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto window = core::Library::open(dir.filePath(QStringLiteral("lib")));
    REQUIRE(window.ok());
    core::LibraryWatcher watcher((*window)->database());
    QStringList announced;
    QObject::connect(&watcher, &core::LibraryWatcher::recordsChanged, [&](const QString &type) { announced << type; });
    watcher.start(60000); // looked at by hand below
    REQUIRE(watcher.poll().ok());
    CHECK(announced.isEmpty());

    // This connection's own write is announced by its record store, not by the watcher.
    REQUIRE((*window)->records().create(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Ada Own")}}).ok());
    auto own = watcher.poll();
    REQUIRE(own.ok());
    CHECK(own->isEmpty());

    // Another connection's write is, once, with the type of the records it changed (and what this
    // connection wrote since the last look with it: announcing a change twice only refreshes a view again).
    auto other = core::Library::openExisting(dir.filePath(QStringLiteral("lib")));
    REQUIRE(other.ok());
    REQUIRE((*other)->records().create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("From elsewhere")}}).ok());
    auto seen = watcher.poll();
    REQUIRE(seen.ok());
    CHECK(seen->contains(QStringLiteral("material")));
    CHECK(announced.contains(QStringLiteral("material")));
    announced.clear();
    auto again = watcher.poll();
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(announced.isEmpty());

    // The search index of the other connection is kept up to date without a notice: nothing to announce.
    REQUIRE((*other)->search().drain().ok());
    auto derived = watcher.poll();
    REQUIRE(derived.ok());
    CHECK(derived->isEmpty());
}
