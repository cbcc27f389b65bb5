// Writing a file safely: complete or not at all, even where the folder refuses the rename.

#include "storage/safe_file.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace praxis::core;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("A file is written whole or not at all", "[storage][safefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.ris"));

    SECTION("a new file")
    {
        REQUIRE(SafeFileWriter::write(path, "TY  - BOOK\nER  - \n").ok());
        CHECK(contents(path) == "TY  - BOOK\nER  - \n");
    }
    SECTION("an old file replaced")
    {
        REQUIRE(SafeFileWriter::write(path, "old").ok());
        REQUIRE(SafeFileWriter::write(path, "new text").ok());
        CHECK(contents(path) == "new text");
    }
    SECTION("cancelled halfway: the old file stays")
    {
        REQUIRE(SafeFileWriter::write(path, "old").ok());
        SafeFileWriter writer(path);
        REQUIRE(writer.open().ok());
        writer.device().write("half of the new");
        writer.cancel();
        CHECK(contents(path) == "old");
    }
    SECTION("dropped without a commit (as when the program stops): the old file stays")
    {
        REQUIRE(SafeFileWriter::write(path, "old").ok());
        {
            SafeFileWriter writer(path);
            REQUIRE(writer.open().ok());
            writer.device().write("half of the new");
        }
        CHECK(contents(path) == "old");
    }
    CHECK(leftovers(dir.path()).isEmpty());
}

TEST_CASE("A folder that takes no new file gets the finished file copied over the old one", "[storage][safefile]")
{
    if (geteuid() != 0) {
        WARN("making a folder immutable needs root; not tried");
        return;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/report.html");
    REQUIRE(SafeFileWriter::write(path, "old").ok());
    // Like a synced folder that refuses renames and new files, while the file itself can be written.
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0) {
        WARN("chattr is not available here; not tried");
        return;
    }
    SafeFileWriter writer(path);
    const Status opened = writer.open();
    Status committed = opened;
    if (opened) {
        writer.device().write("the whole new report");
        committed = writer.commit();
    }
    QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    INFO((committed ? QString() : committed.error().message).toStdString());
    REQUIRE(committed.ok());
    CHECK(writer.copiedOver());
    CHECK(contents(path) == "the whole new report");
    CHECK(leftovers(folder).isEmpty());
}

TEST_CASE("A file that cannot be written is refused in words", "[storage][safefile]")
{
    QTemporaryDir dir;
    auto refused = SafeFileWriter::write(dir.filePath(QStringLiteral("no/such/folder/out.csv")), "x");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("out.csv")));
    auto folder = SafeFileWriter::write(dir.path(), "x");
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QLatin1String("folder")));
}
