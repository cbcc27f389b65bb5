#include "cli_runner.h"

#include <QFile>
#include <QJsonArray>

using namespace praxis::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/import/") + QLatin1String(name);
}

qint64 materials(CliLibrary &lib)
{
    const Run r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"), QStringLiteral("material")});
    REQUIRE(r.code == 0);
    return qint64(r.json().value(QStringLiteral("total")).toInteger());
}

} // namespace

TEST_CASE("import reads each format, reports per record and detects duplicates", "[cli][import]")
{
    CliLibrary lib;
    Run r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), fixture("zotero.ris")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("imported")).toInt() == 2);
    CHECK(materials(lib) == 2);

    // The same file again: both are duplicates now, skipped with the reason.
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("ris"), fixture("zotero.ris")});
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("skipped")).toInt() == 2);
    CHECK(r.json().value(QStringLiteral("records")).toArray().at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("already in the library")));
    CHECK(materials(lib) == 2);

    r = cli(lib.path(), {QStringLiteral("import"), fixture("excel.csv"), QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Trial run")));
    CHECK(materials(lib) == 2);

    r = cli(lib.path(), {QStringLiteral("import"), fixture("zotero.json")});
    REQUIRE(r.code == 0);
    r = cli(lib.path(), {QStringLiteral("import"), fixture("zotero.bib"), QStringLiteral("--on-duplicate"), QStringLiteral("add")});
    REQUIRE(r.code == 0);
    CHECK(materials(lib) == 7);
}

TEST_CASE("import of a broken file exits 1, says why and writes nothing", "[cli][import][errors]")
{
    CliLibrary lib;
    const qint64 before = lib.logEntries();
    for (const char *name : {"truncated.ris", "unbalanced.bib", "latin1.ris", "picture.bib", "truncated.csv", "malformed.json"}) {
        const Run r = cli(lib.path(), {QStringLiteral("import"), fixture(name)});
        INFO(name);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    }
    CHECK(lib.logEntries() == before);
    CHECK(cli(lib.path(), {QStringLiteral("import"), QStringLiteral("/no/such/file.ris")}).code == 1);
    CHECK(cli(lib.path(), {QStringLiteral("import")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("import"), fixture("zotero.ris"), QStringLiteral("--on-duplicate"), QStringLiteral("maybe")}).code == 2);
}

TEST_CASE("export writes every format, and a whole library moves to a new one", "[cli][export]")
{
    CliLibrary lib;
    REQUIRE(cli(lib.path(), {QStringLiteral("import"), fixture("zotero.bib")}).code == 0);
    QTemporaryDir out;
    for (const char *format : {"csv", "ris", "bibtex", "csl-json", "dc", "jsonld"}) {
        const QString file = out.filePath(QStringLiteral("out.") + QLatin1String(format));
        const Run r = cli(lib.path(), {QStringLiteral("export"), QLatin1String(format), QStringLiteral("--output"), file});
        INFO(format);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(f.readAll()).contains(QStringLiteral("Jörg")));
    }
    // What was exported as RIS imports into another library as the same three materials.
    CliLibrary other;
    Run r = cli(other.path(), {QStringLiteral("import"), out.filePath(QStringLiteral("out.ris"))});
    REQUIRE(r.code == 0);
    CHECK(materials(other) == 3);

    const QString whole = out.filePath(QStringLiteral("library.json"));
    REQUIRE(cli(lib.path(), {QStringLiteral("export"), QStringLiteral("library"), QStringLiteral("-o"), whole}).code == 0);
    CliLibrary fresh;
    r = cli(fresh.path(), {QStringLiteral("import"), whole});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(materials(fresh) == 3);
    CHECK(cli(fresh.path(), {QStringLiteral("check")}).code == 0);
    // Not into a library that has records.
    r = cli(other.path(), {QStringLiteral("import"), whole});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("empty")));
    CHECK(cli(lib.path(), {QStringLiteral("export"), QStringLiteral("pdf")}).code == 2);
}
