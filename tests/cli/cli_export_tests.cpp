// praxis-cli export --output: the file is written whole or not at all. A refusal (full disk, protected file
// or folder, a folder in the file's place) says why in words, leaves what was there as it was and leaves no
// temporary file behind.

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace praxis::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/import/") + QLatin1String(name);
}

// Everything in `folder`, hidden files included, sorted by name.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// The temporary files a refused write may have left where the fallback puts them.
QStringList leftoversInTemp()
{
    return QDir::temp().entryList({QStringLiteral("praxis-*.part")}, QDir::Files | QDir::Hidden);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
}

int run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(30000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A small tmpfs mounted on a folder for as long as the guard lives.
struct TmpfsMount {
    QString folder;
    bool mounted = false;
    explicit TmpfsMount(const QString &where)
        : folder(where)
    {
        mounted = ::geteuid() == 0
            && run(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                       QStringLiteral("tmpfs"), folder})
                == 0;
    }
    ~TmpfsMount()
    {
        if (mounted)
            run(QStringLiteral("umount"), {folder});
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
};

// A file or folder made immutable (chattr +i) for as long as the guard lives.
struct Immutable {
    QString path;
    bool set = false;
    explicit Immutable(const QString &what)
        : path(what)
    {
        set = ::geteuid() == 0 && run(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~Immutable()
    {
        if (set)
            run(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    }
    Immutable(const Immutable &) = delete;
    Immutable &operator=(const Immutable &) = delete;
};

// A library with two materials, so that every export has something to write.
struct ExportLibrary : CliLibrary {
    ExportLibrary()
    {
        const Run r = cli(path(), {QStringLiteral("import"), fixture("zotero.ris")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    Run exportTo(const QString &file)
    {
        return cli(path(), {QStringLiteral("export"), QStringLiteral("ris"), QStringLiteral("--output"), file});
    }
};

const QByteArray kOld = "TY  - BOOK\nTI  - The file that was there before\nER  - \n";

} // namespace

TEST_CASE("export --output writes the whole file, the same as on standard output", "[cli][export]")
{
    ExportLibrary lib;
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("materials.ris"));
    const Run stdoutRun = cli(lib.path(), {QStringLiteral("export"), QStringLiteral("ris")});
    REQUIRE(stdoutRun.code == 0);
    REQUIRE(stdoutRun.out.contains(QStringLiteral("TY  - ")));

    Run r = lib.exportTo(target);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.startsWith(QStringLiteral("Wrote %1 (").arg(QDir::toNativeSeparators(target))));
    CHECK(contents(target) == stdoutRun.out.toUtf8());

    // Over an existing file: replaced whole, nothing else left in the folder.
    writeFile(target, kOld);
    r = lib.exportTo(target);
    REQUIRE(r.code == 0);
    CHECK(contents(target) == stdoutRun.out.toUtf8());
    CHECK(entries(out.path()) == QStringList {QStringLiteral("materials.ris")});
}

TEST_CASE("export onto a full disk says so and leaves the existing file as it was", "[cli][export][errors]")
{
    ExportLibrary lib;
    QTemporaryDir out;
    const QString disk = out.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkdir(disk));
    const TmpfsMount mount(disk);
    if (!mount.mounted) {
        WARN("Skipped: mounting a small tmpfs needs root.");
        return;
    }
    const QString target = QDir(disk).filePath(QStringLiteral("materials.ris"));
    writeFile(target, kOld);
    {
        // Fill the disk to the last byte.
        QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size()) { }
        filler.write("x");
    }
    const QStringList before = entries(disk);

    const Run r = lib.exportTo(target);
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("Could not write %1: the disk is full. The existing file was left as it was.")
                             .arg(QDir::toNativeSeparators(target))));
    CHECK(contents(target) == kOld);
    CHECK(entries(disk) == before);
    CHECK(leftoversInTemp().isEmpty());
}

TEST_CASE("export onto a protected file says so and leaves it as it was", "[cli][export][errors]")
{
    ExportLibrary lib;
    QTemporaryDir out; // on the real disk: chattr does not work on every tmpfs
    const QString target = out.filePath(QStringLiteral("materials.ris"));
    writeFile(target, kOld);
    const Immutable protectedFile(target);
    if (!protectedFile.set) {
        WARN("Skipped: chattr +i needs root and a file system that supports it.");
        return;
    }

    const Run r = lib.exportTo(target);
    CHECK(r.code == 1);
    CHECK(r.err.contains(
        QStringLiteral("Could not write %1: the file or its folder is read-only or protected. The existing file was left as it was.")
            .arg(QDir::toNativeSeparators(target))));
    CHECK(contents(target) == kOld);
    CHECK(entries(out.path()) == QStringList {QStringLiteral("materials.ris")});
    CHECK(leftoversInTemp().isEmpty());
}

TEST_CASE("export into a protected folder says so and writes nothing there", "[cli][export][errors]")
{
    ExportLibrary lib;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("protected"));
    REQUIRE(QDir().mkdir(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "kept");
    const Immutable protectedFolder(folder); // chmod 0555 does not stop root
    if (!protectedFolder.set) {
        WARN("Skipped: chattr +i needs root and a file system that supports it.");
        return;
    }
    const QString target = QDir(folder).filePath(QStringLiteral("materials.ris"));

    const Run r = lib.exportTo(target);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Could not write %1: the file or its folder is read-only or protected. Nothing was written.")
                             .arg(QDir::toNativeSeparators(target))));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(entries(folder) == QStringList {QStringLiteral("notes.txt")});
    CHECK(contents(QDir(folder).filePath(QStringLiteral("notes.txt"))) == "kept");
    CHECK(leftoversInTemp().isEmpty());
}

TEST_CASE("export onto a folder says so and leaves the folder as it was", "[cli][export][errors]")
{
    ExportLibrary lib;
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("materials.ris"));
    REQUIRE(QDir().mkdir(target));
    writeFile(QDir(target).filePath(QStringLiteral("notes.txt")), "kept");

    const Run r = lib.exportTo(target);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Could not write %1: it is a folder, not a file. The folder was left as it was.")
                             .arg(QDir::toNativeSeparators(target))));
    CHECK(QFileInfo(target).isDir());
    CHECK(entries(target) == QStringList {QStringLiteral("notes.txt")});
    CHECK(contents(QDir(target).filePath(QStringLiteral("notes.txt"))) == "kept");
    CHECK(entries(out.path()) == QStringList {QStringLiteral("materials.ris")});
}
