#include "library/backup_manager.h"
#include "storage/migrations.h"
#include "test_library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Sets a header field with plain SQLite, as another program (or a newer Praxis) would.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

Result<std::unique_ptr<Library>> openAt(const QString &folder, bool create = true)
{
    LibraryOptions options;
    options.create = create;
    options.clock = std::make_shared<ManualClock>(1'700'000'000'000);
    return Library::open(folder, options);
}

} // namespace

TEST_CASE("A new library is a folder with the database in WAL mode - foreign keys on - and its subfolders", "[library]")
{
    TestLibrary t;
    CHECK(QFileInfo::exists(t.folder() + QStringLiteral("/praxis.sqlite")));
    CHECK(QFileInfo(t.folder() + QStringLiteral("/attachments")).isDir());
    CHECK(QFileInfo(t.folder() + QStringLiteral("/backups")).isDir());
    auto mode = t.db().scalar(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.ok());
    CHECK(mode->toString() == QStringLiteral("wal"));
    CHECK(t.scalar(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(t.library->wasCreated());
    CHECK(RecordId::isWellFormed(t.library->deviceId()));
}

TEST_CASE("Reopening a library keeps its records and its device id", "[library]")
{
    TestLibrary t;
    const RecordId id = t.createMinimal(QStringLiteral("organisation"), QStringLiteral("UNFPA"));
    const QString device = t.library->deviceId();
    t.close();
    t.open();
    CHECK_FALSE(t.library->wasCreated());
    CHECK(t.library->deviceId() == device);
    auto r = t.store().get(id);
    REQUIRE(r.ok());
    CHECK(r->fields.value(QStringLiteral("name")).toString() == QStringLiteral("UNFPA"));
}

TEST_CASE("A library from a newer schema is refused and left untouched", "[library]")
{
    QString path;
    QTemporaryDir dir;
    {
        auto lib = openAt(dir.path());
        REQUIRE(lib.ok());
    }
    path = dir.filePath(QStringLiteral("praxis.sqlite"));
    rawExec(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 99;");
    const QByteArray before = fileHash(path);
    auto lib = openAt(dir.path());
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == ErrorCode::NewerSchema);
    CHECK(lib.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Files that are not Praxis libraries are refused and never modified", "[library]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib/praxis.sqlite"));

    SECTION("a text file")
    {
        writeFile(path, "Agenda of the sixth session\n");
        const QByteArray before = fileHash(path);
        auto lib = openAt(dir.filePath(QStringLiteral("lib")));
        REQUIRE_FALSE(lib.ok());
        CHECK(lib.error().code == ErrorCode::NotALibrary);
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        QDir().mkpath(dir.filePath(QStringLiteral("lib")));
        rawExec(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
        const QByteArray before = fileHash(path);
        auto lib = openAt(dir.filePath(QStringLiteral("lib")));
        REQUIRE_FALSE(lib.ok());
        CHECK(lib.error().code == ErrorCode::NotALibrary);
        CHECK(fileHash(path) == before);
    }
    SECTION("a damaged library")
    {
        {
            auto lib = openAt(dir.filePath(QStringLiteral("lib")));
            REQUIRE(lib.ok());
            auto id = (*lib)->records().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("ILO")}});
            REQUIRE(id.ok());
        }
        rawExec(path, "PRAGMA journal_mode=DELETE;");
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5); // everything after the header is garbage
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        auto lib = openAt(dir.filePath(QStringLiteral("lib")));
        REQUIRE_FALSE(lib.ok());
        CHECK((lib.error().code == ErrorCode::Corrupt || lib.error().code == ErrorCode::NotALibrary));
        CHECK(fileHash(path) == before);
    }
    SECTION("a folder with other files and no library")
    {
        writeFile(dir.filePath(QStringLiteral("lib/notes.txt")), "keep me");
        auto lib = openAt(dir.filePath(QStringLiteral("lib")));
        REQUIRE_FALSE(lib.ok());
        CHECK(lib.error().code == ErrorCode::NotALibrary);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("a missing library when creation is not wanted")
    {
        auto lib = openAt(dir.filePath(QStringLiteral("nowhere")), false);
        REQUIRE_FALSE(lib.ok());
        CHECK(lib.error().code == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
    }
}

TEST_CASE("A failing migration is backed up first and leaves the library as it was", "[library][backup]")
{
    QTemporaryDir dir;
    {
        auto lib = openAt(dir.path());
        REQUIRE(lib.ok());
        REQUIRE((*lib)->records().create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("masculinities")}}).ok());
    }
    // Pretend the file is at schema 0 with tables present: migration 1 must fail on existing tables.
    const QString path = dir.filePath(QStringLiteral("praxis.sqlite"));
    rawExec(path, "PRAGMA user_version = 0;");
    auto lib = openAt(dir.path());
    REQUIRE_FALSE(lib.ok());
    const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-migration")));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM tag", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST_CASE("Backups are written with VACUUM INTO - open as libraries - and rotate", "[backup]")
{
    TestLibrary t;
    t.createMinimal(QStringLiteral("material"), QStringLiteral("Gender mainstreaming manual"));
    BackupManager backups(t.db(), t.library->backupsFolder(), *t.clock, 3);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        t.clock->advance(1000);
        auto path = backups.backupNow();
        INFO((path ? QString() : path.error().message).toStdString());
        REQUIRE(path.ok());
        written << *path;
    }
    const QStringList kept = backups.backups();
    REQUIRE(kept.size() == 3);
    CHECK(kept.first() == written.last()); // newest first
    CHECK_FALSE(QFileInfo::exists(written.first()));

    // A backup is a whole library.
    QTemporaryDir other;
    QFile::copy(kept.first(), other.filePath(QStringLiteral("praxis.sqlite")));
    auto copy = openAt(other.path(), false);
    INFO(str(copy ? QString() : copy.error().message));
    REQUIRE(copy.ok());
    auto count = (*copy)->records().count(QStringLiteral("material"), {});
    REQUIRE(count.ok());
    CHECK(*count == 1);
}

TEST_CASE("Scheduled backups run only when the last one is older than the interval", "[backup]")
{
    TestLibrary t;
    BackupManager backups(t.db(), t.library->backupsFolder(), *t.clock);
    auto first = backups.backupIfDue(3'600'000);
    REQUIRE(first.ok());
    CHECK_FALSE(first->isEmpty());
    t.clock->advance(60'000);
    auto skipped = backups.backupIfDue(3'600'000);
    REQUIRE(skipped.ok());
    CHECK(skipped->isEmpty());
    t.clock->advance(3'600'000);
    auto second = backups.backupIfDue(3'600'000);
    REQUIRE(second.ok());
    CHECK_FALSE(second->isEmpty());
    CHECK(backups.backups().size() == 2);
}

TEST_CASE("The library check passes on a sound library and finds foreign-key damage", "[library][check]")
{
    TestLibrary t;
    t.createMinimal(QStringLiteral("recommendation"));
    auto ok = t.library->check();
    REQUIRE(ok.ok());
    CHECK(ok->ok());
    CHECK(ok->records >= 2);

    REQUIRE(t.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE person SET affiliation_id = NULL; "
                                       "INSERT INTO records (id, type, created, modified, created_by, modified_by) VALUES "
                                       "('0190aaaa-0000-7000-8000-000000000001', 'person', 'x', 'x', 'x', 'x'); "
                                       "INSERT INTO person (id, name, affiliation_id) VALUES "
                                       "('0190aaaa-0000-7000-8000-000000000001', 'Ghost', '0190aaaa-0000-7000-8000-00000000dead'); "
                                       "PRAGMA foreign_keys = ON;")).ok());
    auto bad = t.library->check();
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->ok());
    CHECK(bad->problems.join(QLatin1Char('\n')).contains(QStringLiteral("person")));
}
