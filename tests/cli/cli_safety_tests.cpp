// praxis-cli as a user meets the data-safety work: a library on a read-only disk, an import onto a full
// disk, indexing and backups killed at any moment, searches beside another program's import, and putting a
// backup back. Each case drives the real binary; mounts and background processes end with the case, also
// when it fails half-way.

#include "storage/database.h"

#include "catch_qt.h"
#include "cli_runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTextStream>

#include <unistd.h>

using namespace praxis;
using namespace praxis::test;

namespace {

// "a b c" → {"a", "b", "c"}: command lines written as a user types them.
QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last();
}

// A system tool (mount, umount): its exit code, -1 when it could not run or did not end.
int runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return -1;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A file system mounted for one test case and unmounted when the case leaves, also on failure.
class Mount {
public:
    // Each step is the arguments of one `mount` call; the first one mounts `target`.
    Mount(QString target, const QList<QStringList> &steps)
        : m_target(std::move(target))
    {
        for (const QStringList &step : steps) {
            QString output;
            if (runTool(QStringLiteral("mount"), step, &output) != 0) {
                m_why = QStringLiteral("mount ") + step.join(QLatin1Char(' ')) + QStringLiteral(": ") + output;
                unmount();
                return;
            }
            m_mounted = true;
        }
    }
    ~Mount() { unmount(); }
    Mount(const Mount &) = delete;
    Mount &operator=(const Mount &) = delete;

    bool ok() const { return m_mounted && m_why.isEmpty(); }
    QString why() const { return m_why; }
    void unmount()
    {
        if (!m_mounted)
            return;
        if (runTool(QStringLiteral("umount"), {m_target}) != 0)
            runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_target});
        m_mounted = false;
    }

private:
    QString m_target;
    QString m_why;
    bool m_mounted = false;
};

// praxis-cli running while the test does other things; SIGKILLed when the test leaves, also on failure.
class BackgroundCli {
public:
    BackgroundCli(const QString &library, const QStringList &arguments, const QString &logPrefix)
        : m_log(logPrefix)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRAXIS_USER"), QStringLiteral("cli-tester"));
        m_process.setProcessEnvironment(env);
        // Files, not pipes: a chatty run never blocks on a full pipe while the test looks elsewhere.
        m_process.setStandardOutputFile(m_log + QStringLiteral(".out"));
        m_process.setStandardErrorFile(m_log + QStringLiteral(".err"));
        m_process.start(QStringLiteral(PRAXIS_CLI_PATH), QStringList{QStringLiteral("--library"), library} + arguments);
        m_started = m_process.waitForStarted(10000);
    }
    ~BackgroundCli() { kill(); }
    BackgroundCli(const BackgroundCli &) = delete;
    BackgroundCli &operator=(const BackgroundCli &) = delete;

    bool started() const { return m_started; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // Waits up to `ms` for the run to end by itself; true when it has ended.
    bool waitFor(int ms)
    {
        if (running())
            m_process.waitForFinished(ms);
        return !running();
    }
    // SIGKILL: no chance to roll back, close or clean up. True when it was still running.
    bool kill()
    {
        if (!running())
            return false;
        m_process.kill();
        m_process.waitForFinished(10000);
        return true;
    }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    QString out() const { return read(QStringLiteral(".out")); }
    QString err() const { return read(QStringLiteral(".err")); }

private:
    QString read(const QString &suffix) const
    {
        QFile f(m_log + suffix);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QProcess m_process;
    QString m_log;
    bool m_started = false;
};

// `rows` materials as a spreadsheet would give them. Every title holds `common` and words no other row's
// title shares (so none looks like a duplicate of another); each has an author and `abstractWords` words.
void writeMaterialsCsv(const QString &path, int rows, const char *common, int abstractWords, quint32 seed = 1)
{
    quint32 state = seed;
    auto word = [&state] {
        static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "fu", "gi", "ha", "ju"};
        QString w;
        for (int i = 0; i < 3; ++i) {
            state = state * 1664525u + 1013904223u;
            w += QLatin1String(syllables[(state >> 8) % 15]);
        }
        return w;
    };
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream out(&file);
    out << "Title,Author,Year,Abstract\n";
    for (int i = 0; i < rows; ++i) {
        out << common << ' ' << word() << ' ' << word() << ' ' << word() << ' ' << i << ",\"" << word() << ", " << word() << "\"," << 1990 + i % 30 << ",\"";
        for (int w = 0; w < abstractWords; ++w)
            out << (w ? " " : "") << word();
        out << "\"\n";
    }
    out.flush();
    REQUIRE(file.error() == QFileDevice::NoError);
}

qint64 totalOf(const Run &run)
{
    return qint64(run.json().value(QStringLiteral("total")).toInteger(-1));
}

QStringList idsOf(const Run &run)
{
    QStringList ids;
    for (const char *key : {"records", "hits"}) {
        for (const QJsonValue &v : run.json().value(QLatin1String(key)).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
    }
    ids.sort();
    return ids;
}

Run listMaterials(const QString &library)
{
    return cli(library, words("--format json list material --limit 100000"));
}

Run search(const QString &library, const char *query)
{
    return cli(library, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), QString::fromUtf8(query), QStringLiteral("--limit"),
                         QStringLiteral("1000")});
}

QString addMaterial(const QString &library, const QString &title)
{
    const Run r = cli(library, {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"),
                                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("title"), title}}).toJson(QJsonDocument::Compact))});
    INFO("add " << title.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.trimmed();
}

// Each file and folder under `folder` (relative path) with the SHA-256 of its bytes.
QMap<QString, QByteArray> fingerprint(const QString &folder)
{
    QMap<QString, QByteArray> out;
    const QDir base(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray hash = "(folder)";
        if (it.fileInfo().isFile()) {
            QFile file(path);
            QCryptographicHash sha(QCryptographicHash::Sha256);
            hash = file.open(QIODevice::ReadOnly) && sha.addData(&file) ? sha.result().toHex() : QByteArray("(unreadable)");
        }
        out.insert(base.relativeFilePath(path), hash);
    }
    return out;
}

// What differs between two fingerprints, in words; empty when nothing does.
QString differences(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out << it.key() + QStringLiteral(" gone");
        else if (after.value(it.key()) != it.value())
            out << it.key() + QStringLiteral(" changed");
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            out << it.key() + QStringLiteral(" new");
    }
    return out.join(QStringLiteral(", "));
}

void copyFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (it.fileInfo().isDir())
            REQUIRE(QDir().mkpath(target));
        else
            REQUIRE(QFile::copy(path, target));
    }
}

void removeSearchIndex(const QString &library)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(QDir(library).filePath(core::Library::searchFileName() + QLatin1String(suffix)));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// ---- read-only disk ----

// Browses `source` through a read-only bind mount of it as a user would, and checks that the source is
// byte for byte what it was afterwards.
void browseReadOnly(QTemporaryDir &dir, const QString &source)
{
    for (const char *suffix : {"-wal", "-shm"}) {
        INFO("the library was closed cleanly: no " << suffix << " beside it");
        REQUIRE_FALSE(QFileInfo::exists(QDir(source).filePath(core::Library::databaseFileName() + QLatin1String(suffix))));
    }
    // What a writable copy shows is what the read-only library must show.
    const QString copy = dir.filePath(QStringLiteral("copy"));
    copyFolder(source, copy);
    const Run copyList = listMaterials(copy);
    REQUIRE(copyList.code == 0);
    const Run copySearch = search(copy, "training");
    REQUIRE(copySearch.code == 0);
    REQUIRE(totalOf(copySearch) > 0);
    const QJsonObject first = copyList.json().value(QStringLiteral("records")).toArray().first().toObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    const QString title = first.value(QStringLiteral("title")).toString();
    REQUIRE(!title.isEmpty());

    const QMap<QString, QByteArray> before = fingerprint(source);
    const QString readOnly = dir.filePath(QStringLiteral("read-only"));
    REQUIRE(QDir().mkpath(readOnly));
    {
        Mount mount(readOnly, {{QStringLiteral("--bind"), source, readOnly}, {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), readOnly}});
        if (!mount.ok()) {
            WARN("no read-only bind mount here, case skipped: " << mount.why().toStdString());
            return;
        }
        if (QFile probe(QDir(readOnly).filePath(QStringLiteral("probe"))); probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            WARN("the bind mount is writable after remounting it read-only; case skipped");
            return;
        }

        const Run list = listMaterials(readOnly);
        INFO("list: " << list.err.toStdString());
        CHECK(list.code == 0);
        CHECK(totalOf(list) == totalOf(copyList));
        CHECK(idsOf(list) == idsOf(copyList));

        const Run found = search(readOnly, "training");
        INFO("search: " << found.err.toStdString());
        CHECK(found.code == 0);
        CHECK(totalOf(found) == totalOf(copySearch));

        const Run shown = cli(readOnly, {QStringLiteral("show"), id});
        INFO("show: " << shown.err.toStdString());
        CHECK(shown.code == 0);
        CHECK(shown.out.contains(title));

        const QString exported = dir.filePath(QStringLiteral("export.json"));
        const Run exportRun = cli(readOnly, {QStringLiteral("export"), QStringLiteral("library"), QStringLiteral("--output"), exported});
        INFO("export: " << exportRun.err.toStdString());
        CHECK(exportRun.code == 0);
        QFile exportFile(exported);
        CHECK((exportFile.open(QIODevice::ReadOnly) && QString::fromUtf8(exportFile.readAll()).contains(title)));

        // Changes are refused in words: the disk is read-only, not "unable to open database file".
        const QList<QStringList> changes = {
            {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"), QStringLiteral(R"({"title": "Written on a read-only disk"})")},
            {QStringLiteral("edit"), id, QStringLiteral("--json"), QStringLiteral(R"({"title": "Changed on a read-only disk"})")},
            {QStringLiteral("backup")},
        };
        for (const QStringList &arguments : changes) {
            const Run r = cli(readOnly, arguments);
            const QString error = lastLine(r.err);
            INFO("praxis-cli " << arguments.first().toStdString() << " said: " << r.err.toStdString());
            CHECK(r.code == 1);
            CHECK((error.contains(QLatin1String("read-only")) || error.contains(QLatin1String("allows no writing"))));
            CHECK_FALSE(r.err.contains(QLatin1String("unable to open database file")));
            CHECK_FALSE(r.err.contains(QLatin1String("attempt to write a readonly database")));
        }
        const Run after = cli(readOnly, {QStringLiteral("show"), id});
        CHECK(after.out.contains(title));
    } // unmounted here
    CHECK(differences(before, fingerprint(source)) == QString());
}

} // namespace

TEST_CASE("A library on a read-only disk is listed - searched - shown and exported - and refuses changes in words", "[cli][safety][readonly]")
{
    if (!isRoot()) {
        WARN("mounting needs root; case skipped");
        return;
    }
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(source, words("init --sample")).code == 0);
    REQUIRE(search(source, "training").code == 0); // the search index is built, then the library closed
    browseReadOnly(dir, source);
}

TEST_CASE("A library on a read-only disk without a usable search index is still searched", "[cli][safety][readonly]")
{
    if (!isRoot()) {
        WARN("mounting needs root; case skipped");
        return;
    }
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(source, words("init --sample")).code == 0);
    SECTION("the index was never built")
    {
        browseReadOnly(dir, source);
    }
    SECTION("search.sqlite is missing")
    {
        REQUIRE(search(source, "training").code == 0);
        removeSearchIndex(source);
        browseReadOnly(dir, source);
    }
}

// ---- full disk ----

namespace {

// Writes `filler` until `leaveBytes` are left free on its disk.
void fillDisk(const QString &filler, qint64 leaveBytes)
{
    QFile file(filler);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray block(64 * 1024, '\0');
    for (;;) {
        const qint64 room = QStorageInfo(QFileInfo(filler).absolutePath()).bytesAvailable() - leaveBytes;
        if (room <= 0)
            break;
        const QByteArray part = room >= block.size() ? block : block.left(int(room));
        if (file.write(part) != part.size() || !file.flush())
            break; // full before the mark
    }
}

// A 3 MB disk of its own, with a library holding two records on it; empty when no disk can be mounted here.
struct SmallDisk {
    QTemporaryDir dir;
    QString disk = dir.filePath(QStringLiteral("disk"));
    QString library = disk + QStringLiteral("/lib");
    QString filler = disk + QStringLiteral("/filler");
    QString csv = dir.filePath(QStringLiteral("materials.csv")); // outside the small disk
    QStringList kept;
    std::unique_ptr<Mount> mount;

    bool setUp()
    {
        if (!isRoot()) {
            WARN("mounting needs root; case skipped");
            return false;
        }
        REQUIRE(QDir().mkpath(disk));
        mount = std::make_unique<Mount>(disk, QList<QStringList>{{QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
                                                                  QStringLiteral("tmpfs"), disk}});
        if (!mount->ok()) {
            WARN("no tmpfs can be mounted here, case skipped: " << mount->why().toStdString());
            return false;
        }
        REQUIRE(cli(library, words("init")).code == 0);
        kept << addMaterial(library, QStringLiteral("Quokka field notes")) << addMaterial(library, QStringLiteral("Quokka survey"));
        kept.sort();
        REQUIRE(idsOf(listMaterials(library)) == kept);
        writeMaterialsCsv(csv, 3000, "zephyrine", 20); // some 12 MB once in the library
        return true;
    }
};

} // namespace

TEST_CASE("An import onto a full disk fails in words - changes nothing - and the library reads on", "[cli][safety][diskfull]")
{
    SmallDisk small;
    if (!small.setUp())
        return;
    for (const qint64 leaveKiB : {1024, 256}) {
        INFO("free space left before the import: " << leaveKiB << " KiB");
        fillDisk(small.filler, leaveKiB * 1024);
        const Run imported = cli(small.library, {QStringLiteral("import"), small.csv});
        INFO("import said: " << imported.err.toStdString());
        CHECK(imported.code == 1);
        CHECK(imported.err.contains(QLatin1String("disk")));
        CHECK(imported.err.contains(QLatin1String("is full")));
        CHECK(imported.err.contains(QLatin1String("nothing was changed"), Qt::CaseInsensitive));
        CHECK(QRegularExpression(QStringLiteral("Free at least \\d+ MB")).match(imported.err).hasMatch());
        CHECK_FALSE(imported.err.contains(QLatin1String("disk I/O error")));
        CHECK_FALSE(imported.err.contains(QLatin1String("no such savepoint")));

        const Run list = listMaterials(small.library);
        INFO("list said: " << list.err.toStdString());
        CHECK(list.code == 0);
        CHECK(idsOf(list) == small.kept);

        REQUIRE(QFile::remove(small.filler));
        const Run check = cli(small.library, words("check"));
        INFO("check said: " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.code == 0);
    }
    // With room again: the two records are found, nothing of the import.
    CHECK(totalOf(search(small.library, "quokka")) == 2);
    CHECK(totalOf(search(small.library, "zephyrine")) == 0);
}

// Found while writing the case above, kept visible until it is mended: on a disk with no byte left, SQLite
// cannot grow the shared-memory file it reads the write-ahead log through, and praxis-cli fails even to
// list, saying "disk I/O error".
TEST_CASE("A disk filled to the last byte still lets the library be read - and an import says the disk is full", "[cli][safety][diskfull]")
{
    SmallDisk small;
    if (!small.setUp())
        return;
    fillDisk(small.filler, 0);
    const Run imported = cli(small.library, {QStringLiteral("import"), small.csv});
    INFO("import said: " << imported.err.toStdString());
    CHECK(imported.code == 1);
    CHECK(imported.err.contains(QLatin1String("is full")));
    CHECK_FALSE(imported.err.contains(QLatin1String("disk I/O error")));
    const Run list = listMaterials(small.library);
    INFO("list said: " << list.err.toStdString());
    CHECK(list.code == 0);
    CHECK(idsOf(list) == small.kept);
    REQUIRE(QFile::remove(small.filler));
    CHECK(cli(small.library, words("check")).code == 0);
}

// ---- kills ----

TEST_CASE("Indexing killed at any moment - the next search finds every record and check is clean", "[cli][safety][search]")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(lib, words("init")).code == 0);
    const QString csv = dir.filePath(QStringLiteral("materials.csv"));
    writeMaterialsCsv(csv, 3000, "zephyrine", 20);
    const Run imported = cli(lib, {QStringLiteral("import"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("add")});
    INFO("import said: " << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const qint64 records = totalOf(listMaterials(lib));
    REQUIRE(records == 3000);

    // One whole run of each, to spread the kills over.
    auto timed = [&lib](const QStringList &arguments) {
        QElapsedTimer timer;
        timer.start();
        const Run r = cli(lib, arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        return timer.elapsed();
    };
    const qint64 reindexMs = timed(words("reindex"));
    removeSearchIndex(lib);
    const qint64 firstIndexingMs = timed(words("search zephyrine"));

    constexpr int kRuns = 15;
    int killed = 0;
    QStringList failures;
    for (int run = 0; run < kRuns; ++run) {
        // In turn: a reindex over the index, a reindex with no index file, the first indexing a search starts.
        const int kind = run % 3;
        if (kind != 0)
            removeSearchIndex(lib);
        const QStringList arguments = kind == 2 ? words("search zephyrine") : words("reindex");
        const qint64 delayMs = (kind == 2 ? firstIndexingMs : reindexMs) * (run + 1) / (kRuns + 1);
        {
            BackgroundCli indexing(lib, arguments, dir.filePath(QStringLiteral("run-%1").arg(run)));
            REQUIRE(indexing.started());
            indexing.waitFor(int(delayMs));
            if (indexing.kill())
                ++killed;
        }
        const QString what = QStringLiteral("run %1 (%2, killed after %3 ms)").arg(run).arg(arguments.join(QLatin1Char(' '))).arg(delayMs);
        const Run found = cli(lib, words("--format json search zephyrine --limit 1"));
        if (found.code != 0 || totalOf(found) != records || found.json().value(QStringLiteral("total_is_lower_bound")).toBool())
            failures << what + QStringLiteral(": search exit %1, %2 of %3 found; %4").arg(found.code).arg(totalOf(found)).arg(records).arg(found.err.trimmed());
        const Run check = cli(lib, words("check"));
        if (check.code != 0)
            failures << what + QStringLiteral(": check exit %1: %2 %3").arg(check.code).arg(check.out.trimmed(), check.err.trimmed());
    }
    INFO(killed << " of " << kRuns << " runs were killed before they ended (one reindex: " << reindexMs << " ms, first indexing: " << firstIndexingMs << " ms)");
    CHECK(failures.join(QLatin1Char('\n')) == QString());
    CHECK(killed >= kRuns / 2);
}

TEST_CASE("An import of 100,000 rows killed half-way applies nothing - and the library checks clean", "[cli][safety][import]")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(lib, words("init")).code == 0);
    const QString csv = dir.filePath(QStringLiteral("materials.csv"));
    writeMaterialsCsv(csv, 100000, "quillwort", 20);
    {
        const Run log = cli(lib, words("--format json list material --limit 1"));
        REQUIRE(log.code == 0);
        REQUIRE(totalOf(log) == 0);
    }
    {
        BackgroundCli import(lib, {QStringLiteral("import"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("add")},
                             dir.filePath(QStringLiteral("import")));
        REQUIRE(import.started());
        import.waitFor(3000);
        INFO("the import said: " << import.err().toStdString());
        REQUIRE(import.kill()); // still running after 3 s: killed in the middle of its transaction
    }
    // Nothing of it is in the library, its search finds nothing, and the library is sound.
    CHECK(totalOf(listMaterials(lib)) == 0);
    const Run found = cli(lib, words("--format json search quillwort --limit 1"));
    CHECK(found.code == 0);
    CHECK(totalOf(found) == 0);
    const Run check = cli(lib, words("check"));
    INFO("check said: " << check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("A backup killed half-way never shows as a backup - and the next command clears what it left", "[cli][safety][backup]")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(lib, words("init")).code == 0);
    const QString csv = dir.filePath(QStringLiteral("materials.csv"));
    writeMaterialsCsv(csv, 200, "zephyrine", 30000); // some 80 MB in the library: a backup takes a moment
    const Run imported = cli(lib, {QStringLiteral("import"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("add")});
    INFO("import said: " << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const Run checked = cli(lib, words("--format json check"));
    REQUIRE(checked.code == 0);
    const qint64 records = checked.json().value(QStringLiteral("records")).toInteger();

    QElapsedTimer timer;
    timer.start();
    REQUIRE(cli(lib, words("backup")).code == 0);
    const qint64 wholeMs = timer.elapsed();

    constexpr int kRuns = 10;
    int killed = 0;
    for (int run = 0; run < kRuns; ++run) {
        BackgroundCli backup(lib, words("backup"), dir.filePath(QStringLiteral("backup-%1").arg(run)));
        REQUIRE(backup.started());
        backup.waitFor(int(wholeMs * (2 * run + 1) / (2 * kRuns)));
        if (backup.kill())
            ++killed;
    }
    const QString backups = QDir(lib).filePath(QStringLiteral("backups"));
    const QString incomplete = QDir(backups).filePath(QStringLiteral(".incomplete"));
    INFO(killed << " of " << kRuns << " backups were killed before they ended (one backup: " << wholeMs << " ms); left in .incomplete: "
                << QDir(incomplete).entryList(QDir::Files | QDir::Hidden).join(QStringLiteral(", ")).toStdString());

    const Run listed = cli(lib, words("--format json backups"));
    REQUIRE(listed.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    CHECK(all.size() >= 1);
    for (const QJsonValue &v : all) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        INFO("listed: " << path.toStdString());
        CHECK(v.toObject().value(QStringLiteral("readable")).toBool());
        CHECK(v.toObject().value(QStringLiteral("records")).toInteger() == records);
        // Read back whole, by SQLite's own check.
        auto copy = core::Database::open(path, core::Database::Mode::ReadOnly);
        REQUIRE(copy.ok());
        auto sound = (*copy)->scalar(QStringLiteral("PRAGMA quick_check(1)"));
        CHECK((sound.ok() && sound->toString() == QLatin1String("ok")));
    }
    CHECK_FALSE(cli(lib, words("backups")).out.contains(QLatin1String("cannot be read")));

    // The next command that opens the library clears what the killed backups left.
    REQUIRE(cli(lib, words("list material --limit 1")).code == 0);
    CHECK(QDir(incomplete).entryList(QDir::Files | QDir::Hidden).join(QStringLiteral(", ")) == QString());
    CHECK(QDir(backups).entryList({QStringLiteral("*.partial"), QStringLiteral("*.partial-journal")}, QDir::Files | QDir::Hidden).join(QStringLiteral(", ")) == QString());
    CHECK(killed >= kRuns / 2);
}

// ---- another program at work ----

TEST_CASE("Searches while another program imports neither wait nor fail - and find the import once it is done", "[cli][safety][concurrency]")
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli(lib, words("init")).code == 0);
    addMaterial(lib, QStringLiteral("Quokka primer"));
    REQUIRE(totalOf(search(lib, "quokka")) == 1); // the index is built before the import starts
    const QString csv = dir.filePath(QStringLiteral("materials.csv"));
    constexpr int kRows = 12000; // long enough, on an idle machine too, for several searches to end while it runs
    writeMaterialsCsv(csv, kRows, "wombatine", 20);

    BackgroundCli import(lib, {QStringLiteral("import"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("add")}, dir.filePath(QStringLiteral("import")));
    REQUIRE(import.started());
    QStringList problems;
    int during = 0; // searches that ended while the import still ran
    bool addTried = false;
    QString added;
    QElapsedTimer sinceStart;
    sinceStart.start();
    while (import.running() && during < 8 && sinceStart.elapsed() < 50000) {
        QElapsedTimer timer;
        timer.start();
        const Run found = cli(lib, words("--format json search quokka --limit 5"));
        const qint64 ms = timer.elapsed();
        const bool overlapped = import.running();
        const QString what = QStringLiteral("search at %1 ms").arg(sinceStart.elapsed());
        if (found.code != 0 || totalOf(found) != 1)
            problems << what + QStringLiteral(": exit %1, %2 found: %3").arg(found.code).arg(totalOf(found)).arg(found.err.trimmed());
        if (ms >= 5000)
            problems << what + QStringLiteral(" took %1 ms").arg(ms);
        if (overlapped)
            ++during;
        if (overlapped && !addTried) {
            addTried = true;
            const Run a = cli(lib, {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"), QStringLiteral(R"({"title": "Zorilla notes"})")});
            if (a.code == 0)
                added = a.out.trimmed();
            else if (a.code != 1 || !a.err.contains(QLatin1String("busy")) || !a.err.contains(QLatin1String("try again")))
                problems << QStringLiteral("add during the import: exit %1: %2").arg(a.code).arg(a.err.trimmed());
            if (a.err.contains(QLatin1String("database is locked")))
                problems << QStringLiteral("add during the import said: %1").arg(a.err.trimmed());
        }
        import.waitFor(200);
    }
    REQUIRE(import.waitFor(60000));
    INFO("the import said: " << import.out().toStdString() << import.err().toStdString());
    CHECK(import.exitCode() == 0);
    CHECK(problems.join(QLatin1Char('\n')) == QString());
    INFO(during << " searches ended while the import ran");
    CHECK(during >= 2);

    const Run after = cli(lib, words("--format json search wombatine --limit 1"));
    INFO("search after the import: " << after.err.toStdString());
    CHECK(after.code == 0);
    // Past 5,000 matches the total is counted no further and said to be a lower bound.
    const bool lowerBound = after.json().value(QStringLiteral("total_is_lower_bound")).toBool();
    CHECK((lowerBound ? totalOf(after) >= 5000 : totalOf(after) == kRows));
    if (!added.isEmpty())
        CHECK(totalOf(search(lib, "zorilla")) == 1);
}

// ---- restore ----

TEST_CASE("restore BACKUP puts the backed-up records back and keeps the files it replaced", "[cli][safety][restore]")
{
    CliLibrary lib;
    QStringList kept;
    for (int i = 1; i <= 4; ++i)
        kept << addMaterial(lib.path(), QStringLiteral("Quokka handbook part %1").arg(i));
    kept.sort();
    const Run backup = cli(lib.path(), words("--format json backup"));
    REQUIRE(backup.code == 0);
    const QString backupFile = backup.json().value(QStringLiteral("backup")).toString();
    REQUIRE(QFileInfo(backupFile).isFile());
    for (int i = 1; i <= 3; ++i)
        addMaterial(lib.path(), QStringLiteral("Numbat handbook part %1").arg(i));
    REQUIRE(totalOf(search(lib.path(), "numbat")) == 3); // the index holds the later records too

    const Run restored = cli(lib.path(), {QStringLiteral("restore"), backupFile});
    INFO("restore said: " << restored.out.toStdString() << restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QLatin1String("Restored 4 records")));
    const QRegularExpressionMatch named = QRegularExpression(QStringLiteral("The files it replaced are kept in (.+)\\.\\n")).match(restored.out);
    REQUIRE(named.hasMatch());
    const QString aside = QDir::fromNativeSeparators(named.captured(1));
    CHECK(QFileInfo(aside).absolutePath() == QFileInfo(QDir(lib.path()).filePath(QStringLiteral("backups"))).absoluteFilePath());
    CHECK(QFileInfo(aside).fileName().startsWith(QLatin1String("replaced-")));
    {
        // What was replaced is whole where it was put: all seven materials.
        auto replaced = core::Database::open(QDir(aside).filePath(core::Library::databaseFileName()), core::Database::Mode::ReadOnly);
        REQUIRE(replaced.ok());
        auto n = (*replaced)->scalar(QStringLiteral("SELECT count(*) FROM records WHERE type = 'material'"));
        REQUIRE(n.ok());
        CHECK(n->toLongLong() == 7);
    }

    CHECK(idsOf(listMaterials(lib.path())) == kept);
    const Run check = cli(lib.path(), words("check"));
    INFO("check said: " << check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
    const Run quokka = search(lib.path(), "quokka");
    CHECK(quokka.code == 0);
    CHECK(idsOf(quokka) == kept);
    const Run numbat = search(lib.path(), "numbat");
    CHECK(numbat.code == 0);
    CHECK(totalOf(numbat) == 0);
}

TEST_CASE("restore of a file that is not a backup fails in words and changes nothing", "[cli][safety][restore]")
{
    CliLibrary lib;
    QStringList kept {addMaterial(lib.path(), QStringLiteral("Quokka field notes")), addMaterial(lib.path(), QStringLiteral("Quokka survey"))};
    kept.sort();
    const Run backup = cli(lib.path(), words("--format json backup"));
    REQUIRE(backup.code == 0);
    REQUIRE(totalOf(search(lib.path(), "quokka")) == 2);

    QTemporaryDir elsewhere;
    const QString notes = elsewhere.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes for the workshop, not a backup.\n");
    }
    // Another program's database, with a table named as Praxis names one.
    const QString contacts = elsewhere.filePath(QStringLiteral("contacts.sqlite"));
    {
        auto db = core::Database::open(contacts, core::Database::Mode::Create);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE records (id TEXT, type TEXT); INSERT INTO records VALUES ('x', 'material');")).ok());
    }
    // A real backup cut in half, as a failed copy leaves it.
    const QString cut = elsewhere.filePath(QStringLiteral("cut.sqlite"));
    {
        QFile whole(backup.json().value(QStringLiteral("backup")).toString());
        REQUIRE(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile half(cut);
        REQUIRE(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(bytes.size() / 2));
    }

    const QMap<QString, QByteArray> before = fingerprint(lib.path());
    for (const QString &file : {notes, contacts, cut}) {
        const Run r = cli(lib.path(), {QStringLiteral("restore"), file});
        INFO("restore " << QFileInfo(file).fileName().toStdString() << " said: " << r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK((r.err.contains(QLatin1String("not a backup")) || r.err.contains(QLatin1String("not restored"))));
        CHECK(differences(before, fingerprint(lib.path())) == QString());
    }
    CHECK(idsOf(listMaterials(lib.path())) == kept);
    CHECK(cli(lib.path(), words("check")).code == 0);
}
