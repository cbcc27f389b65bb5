// A library that lost its file, its backups, a damaged file or index: nothing more is lost, and the user
// is told in words what was kept and what can be done.

#include "library/backup_manager.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace praxis::core;
using praxis::test::TestLibrary;

namespace {

qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const qint64 n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// Zeroes the root page of a table of a closed library, as a failing disk would.
void zeroRootPage(const QString &dbPath, const char *table)
{
    const QString sql = QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(QString::fromLatin1(table));
    const qint64 root = rawCount(dbPath, sql.toUtf8().constData());
    const qint64 pageSize = rawCount(dbPath, "PRAGMA page_size");
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(QByteArray(int(pageSize), '\0')) == pageSize);
}

QList<RecordId> addOrganisations(TestLibrary &t, int n, const QString &prefix = QStringLiteral("Organisation"))
{
    QList<RecordId> ids;
    for (int i = 0; i < n; ++i)
        ids << t.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("%1 %2").arg(prefix).arg(i)}});
    return ids;
}

Result<std::unique_ptr<Library>> openAt(const QString &folder)
{
    LibraryOptions options;
    options.create = true;
    return Library::open(folder, options);
}

} // namespace

TEST_CASE("An emptied or missing database beside its backups is damage, refused with the newest backup named", "[library][safety]")
{
    TestLibrary t;
    addOrganisations(t, 5);
    auto backup = t.library->backups().backupNow();
    REQUIRE(backup.ok());
    t.close();
    const QString dbPath = t.folder() + QStringLiteral("/praxis.sqlite");

    SECTION("emptied to 0 bytes")
    {
        QFile file(dbPath);
        REQUIRE(file.resize(0));
    }
    SECTION("removed")
    {
        REQUIRE(QFile::remove(dbPath));
    }
    auto lib = openAt(t.folder());
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == ErrorCode::Corrupt);
    CHECK(lib.error().message.contains(QFileInfo(*backup).fileName()));
    CHECK(lib.error().message.contains(QLatin1String("restore")));
    // Nothing was made in its place, and the backup is where it was.
    CHECK(QFileInfo(dbPath).size() == 0);
    CHECK(QFileInfo::exists(*backup));
    CHECK(rawCount(*backup, "SELECT count(*) FROM organisation") == 5);
}

TEST_CASE("Backup rotation never drops the newest backup that holds more than the library", "[library][safety]")
{
    TestLibrary t;
    QList<RecordId> ids = addOrganisations(t, 30);
    auto good = t.library->backups().backupNow();
    REQUIRE(good.ok());

    SECTION("a third of the records purged, then many backups")
    {
        for (int i = 0; i < 10; ++i)
            REQUIRE(t.store().purge(ids.at(i)).ok());
        for (int i = 0; i < BackupManager::kDefaultKeep + 3; ++i) {
            t.clock->advance(60'000);
            REQUIRE(t.library->backups().backupNow().ok());
            CHECK(t.library->backups().warning().isEmpty());
        }
        const QStringList all = t.library->backups().backups();
        CHECK(all.contains(*good));
        CHECK(all.size() == BackupManager::kDefaultKeep + 1);
        CHECK(BackupManager::inspect(*good).records == 30);
    }
    SECTION("most of the records gone since the last backup")
    {
        for (int i = 0; i < 25; ++i)
            REQUIRE(t.store().purge(ids.at(i)).ok());
        t.clock->advance(60'000);
        REQUIRE(t.library->backups().backupNow().ok());
        const QString warning = t.library->backups().warning();
        CHECK(warning.contains(QLatin1String("30")));
        CHECK(warning.contains(QLatin1String("kept")));
        const QString kept = t.library->backups().keptFolder() + QLatin1Char('/') + QFileInfo(*good).fileName();
        CHECK(QFileInfo::exists(kept));
        for (int i = 0; i < BackupManager::kDefaultKeep + 3; ++i) {
            t.clock->advance(60'000);
            REQUIRE(t.library->backups().backupNow().ok());
        }
        CHECK(QFileInfo::exists(kept));
        CHECK(BackupManager::inspect(kept).records == 30);
        CHECK(Library::backupsIn(t.folder()).contains(kept));
    }
}

TEST_CASE("A backup cut short never looks like a backup and is cleared on the next opening", "[library][safety]")
{
    TestLibrary t;
    addOrganisations(t, 3);
    const QString backups = t.library->backupsFolder();
    t.close();
    // Left by a process that has ended, and by an older Praxis that wrote beside the backups.
    QDir().mkpath(backups + QStringLiteral("/.incomplete"));
    const QString dead = backups + QStringLiteral("/.incomplete/praxis-20260101-000000000-manual.sqlite.99999999");
    const QString old = backups + QStringLiteral("/praxis-20260101-000000000-manual.sqlite.partial");
    for (const QString &path : {dead, old}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    t.open();
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK_FALSE(QFileInfo::exists(old));
    CHECK(t.library->backups().backups().isEmpty());
    auto written = t.library->backups().backupNow();
    REQUIRE(written.ok());
    CHECK(QDir(backups + QStringLiteral("/.incomplete")).isEmpty());
    CHECK(t.library->backups().backups() == QStringList{*written});
}

TEST_CASE("Restore sets the current files aside and lets no stale write-ahead log onto the backup", "[library][safety]")
{
    TestLibrary t;
    addOrganisations(t, 4, QStringLiteral("Before"));
    auto backup = t.library->backups().backupNow();
    REQUIRE(backup.ok());
    t.close();
    const QString dbPath = t.folder() + QStringLiteral("/praxis.sqlite");

    // A program that wrote and was killed: its committed writes are in a log nobody has folded in yet.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        LibraryOptions options;
        options.create = false;
        auto lib = Library::open(t.folder(), options);
        if (!lib)
            _exit(2);
        for (int i = 0; i < 3; ++i) {
            if (!(*lib)->records().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("After %1").arg(i)}}))
                _exit(3);
        }
        _exit(0); // no destructor runs, no connection is closed: as a kill leaves it
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0);

    SECTION("the library open in this program is not restored over")
    {
        t.open();
        auto refused = Library::restore(t.folder(), *backup);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Busy);
        CHECK(t.store().count(QStringLiteral("organisation"), {}).value() == 7);
    }
    SECTION("restored once nothing has it open")
    {
        auto report = Library::restore(t.folder(), *backup);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        CHECK(report->records == 4);
        CHECK_FALSE(QFileInfo::exists(dbPath + QStringLiteral("-wal")));
        // The replaced library, its killed program's writes included, stands alone in the aside folder.
        const QString aside = report->setAside + QStringLiteral("/praxis.sqlite");
        REQUIRE(QFileInfo::exists(aside));
        CHECK(rawCount(aside, "SELECT count(*) FROM organisation") == 7);
        t.open();
        CHECK(t.store().count(QStringLiteral("organisation"), {}).value() == 4);
        auto check = t.library->check();
        REQUIRE(check.ok());
        CHECK(check->problems == QStringList());
        auto hits = t.library->search().search(QStringLiteral("Before"));
        REQUIRE(t.library->search().drain().ok());
        hits = t.library->search().search(QStringLiteral("Before"));
        REQUIRE(hits.ok());
        CHECK(hits->total == 4);
        CHECK(t.library->search().search(QStringLiteral("After"))->total == 0);
        // And the restored library takes writes.
        t.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("New")}});
    }
}

TEST_CASE("Once SQLite reports damage, writes are refused in words, in this program and the next", "[library][safety]")
{
    TestLibrary t;
    addOrganisations(t, 3);
    t.createMinimal(QStringLiteral("material"), QStringLiteral("Gender equality glossary"));
    auto backup = t.library->backups().backupNow();
    REQUIRE(backup.ok());
    t.close();
    const QString dbPath = t.folder() + QStringLiteral("/praxis.sqlite");
    rawExec(dbPath, "PRAGMA journal_mode = DELETE");
    zeroRootPage(dbPath, "material");

    t.open();
    auto listed = t.store().list(QStringLiteral("material"), {});
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().code == ErrorCode::Corrupt);
    CHECK(listed.error().message.contains(QLatin1String("stopped writing")));
    CHECK(listed.error().message.contains(QFileInfo(*backup).fileName()));
    // What does not touch the damaged part is still read.
    CHECK(t.store().count(QStringLiteral("organisation"), {}).value() == 3);
    auto refused = t.store().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("ILO")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Corrupt);
    CHECK(QFileInfo::exists(t.folder() + QLatin1Char('/') + Library::damageMarkerName()));
    CHECK_FALSE(t.library->backups().backupNow().ok()); // a damaged copy must not push good backups out

    // The next program to open it knows before it touches the damaged part.
    t.close();
    t.open();
    auto again = t.store().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("ILO")}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Corrupt);
    auto check = t.library->check();
    REQUIRE(check.ok());
    CHECK_FALSE(check->ok());
    t.close();

    auto restored = Library::restore(t.folder(), *backup);
    REQUIRE(restored.ok());
    CHECK_FALSE(QFileInfo::exists(t.folder() + QLatin1Char('/') + Library::damageMarkerName()));
    t.open();
    t.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("ILO")}});
    CHECK(t.store().list(QStringLiteral("material"), {})->size() == 1);
}

TEST_CASE("A damaged or foreign search index is moved aside and rebuilt; the records stay usable", "[library][safety][search]")
{
    TestLibrary t;
    addOrganisations(t, 3, QStringLiteral("Secretariat"));
    REQUIRE(t.library->search().drain().ok());
    t.close();
    const QString index = t.folder() + QStringLiteral("/search.sqlite");

    SECTION("garbage")
    {
        QFile file(index);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray garbage(200'000, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        file.write(garbage);
    }
    SECTION("another library's index")
    {
        TestLibrary other;
        addOrganisations(other, 2, QStringLiteral("Elsewhere"));
        REQUIRE(other.library->search().drain().ok());
        other.close();
        REQUIRE(QFile::remove(index));
        REQUIRE(QFile::copy(other.folder() + QStringLiteral("/search.sqlite"), index));
    }
    t.open();
    const QStringList notices = t.library->takeNotices();
    REQUIRE(notices.size() == 1);
    CHECK(notices.first().contains(QLatin1String("moved aside")));
    CHECK(t.store().count(QStringLiteral("organisation"), {}).value() == 3);
    t.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Secretariat of the network")}});
    REQUIRE(t.library->search().drain().ok());
    auto hits = t.library->search().search(QStringLiteral("secretariat"));
    REQUIRE(hits.ok());
    CHECK(hits->total == 4);
    CHECK(t.library->search().search(QStringLiteral("elsewhere"))->total == 0);
}

TEST_CASE("The index catches up from the position it recorded, whichever file a crash left behind", "[library][safety][search]")
{
    TestLibrary t;
    addOrganisations(t, 5, QStringLiteral("Network"));
    REQUIRE(t.library->search().drain().ok());
    addOrganisations(t, 2, QStringLiteral("Later"));
    t.close();
    const QString index = t.folder() + QStringLiteral("/search.sqlite");

    SECTION("the index committed nothing of the last changes")
    {
        // As if killed before the index's own commit: its position is older than the queue.
        rawExec(index, "UPDATE state SET value = 0 WHERE key = 'position'");
    }
    SECTION("the index is ahead of the library (an older library under a newer index)")
    {
        rawExec(index, "UPDATE state SET value = 1000000 WHERE key = 'position'");
    }
    t.open();
    REQUIRE(t.library->search().drain().ok());
    CHECK(t.library->search().search(QStringLiteral("network"))->total == 5);
    CHECK(t.library->search().search(QStringLiteral("later"))->total == 2);
    CHECK(t.library->search().documentCount().value() == 7);
    auto check = t.library->check();
    REQUIRE(check.ok());
    CHECK(check->problems == QStringList());
}

TEST_CASE("check compares the search index with the records", "[library][safety][search]")
{
    TestLibrary t;
    const QList<RecordId> ids = addOrganisations(t, 4, QStringLiteral("Agency"));
    REQUIRE(t.library->search().drain().ok());
    REQUIRE(t.db().exec(QStringLiteral("DELETE FROM search.doc WHERE record_id = '%1'").arg(ids.first().toString())).ok());
    auto check = t.library->check();
    REQUIRE(check.ok());
    REQUIRE(check->problems.size() == 1);
    CHECK(check->problems.first().contains(ids.first().toString()));
    CHECK(check->problems.first().contains(QLatin1String("reindex")));
    REQUIRE(t.library->search().rebuild().ok());
    CHECK(t.library->check()->problems == QStringList());
}

TEST_CASE("A second writer is told the library is busy; readers never wait for the write lock", "[library][safety]")
{
    TestLibrary t;
    addOrganisations(t, 2, QStringLiteral("Council"));
    REQUIRE(t.library->search().drain().ok());
    LibraryOptions options;
    options.create = false;
    auto second = Library::open(t.folder(), options);
    REQUIRE(second.ok());
    (*second)->database().setBusyTimeout(200);

    // The first program is in the middle of a long import.
    Transaction importing(t.db());
    REQUIRE(importing.status().ok());
    t.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Council of Europe")}});

    auto busy = (*second)->records().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("ILO")}});
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Busy);
    CHECK(busy.error().message.contains(QLatin1String("try again")));
    CHECK((*second)->records().count(QStringLiteral("organisation"), {}).value() == 2);
    REQUIRE((*second)->search().catchUp().ok());
    auto hits = (*second)->search().search(QStringLiteral("council"));
    REQUIRE(hits.ok());
    CHECK(hits->total == 2);

    REQUIRE(importing.commit().ok());
    REQUIRE((*second)->search().catchUp().ok());
    CHECK((*second)->search().search(QStringLiteral("council"))->total == 3);
}

TEST_CASE("A search whose reading fails in SQLite returns the error instead of throwing", "[library][safety][search]")
{
    TestLibrary t;
    t.create(QStringLiteral("custom_field"), {{QStringLiteral("name"), QStringLiteral("donor")},
                                              {QStringLiteral("record_type"), QStringLiteral("material")},
                                              {QStringLiteral("field_type"), QStringLiteral("text")}});
    REQUIRE(t.library->search().drain().ok());
    REQUIRE(t.library->search().search(QStringLiteral("donor:Sida")).ok());
    t.close();
    const QString dbPath = t.folder() + QStringLiteral("/praxis.sqlite");
    rawExec(dbPath, "PRAGMA journal_mode = DELETE");
    zeroRootPage(dbPath, "custom_field");
    t.open();
    auto failed = t.library->search().search(QStringLiteral("donor:Sida"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Corrupt);
    CHECK(failed.error().message.contains(QLatin1String("damaged")));
}
