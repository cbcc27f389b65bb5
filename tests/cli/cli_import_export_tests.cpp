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

    // The same file again: both are duplicates now, skipped with the reason; nothing imported is exit 1.
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("ris"), fixture("zotero.ris")});
    CHECK(r.code == 1);
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

TEST_CASE("import brings in the entries it can read, lists the others, and refuses a file of another kind", "[cli][import][errors]")
{
    CliLibrary lib;
    const qint64 before = lib.logEntries();
    // Not that format at all, or nothing readable in it: exit 1, nothing written.
    for (const char *name : {"picture.bib", "mail.csv", "project.qdpx"}) {
        const Run r = cli(lib.path(), {QStringLiteral("import"), fixture(name)});
        INFO(name);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    }
    CHECK(lib.logEntries() == before);
    const Run mail = cli(lib.path(), {QStringLiteral("import"), QStringLiteral("csv"), fixture("mail.csv")});
    CHECK(mail.code == 1);
    CHECK(mail.err.contains(QStringLiteral("mail archive")));

    // With --strict, one bad entry refuses the file.
    Run r = cli(lib.path(), {QStringLiteral("import"), fixture("mixed.bib"), QStringLiteral("--strict")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 23")));
    CHECK(lib.logEntries() == before);

    // Without it, the good entries are imported (exit 0) and the bad one is listed on stderr and in JSON.
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), fixture("mixed.bib"), QStringLiteral("--on-duplicate"),
                         QStringLiteral("add")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("imported")).toInt() == 4);
    const QJsonArray unreadable = r.json().value(QStringLiteral("unreadable")).toArray();
    REQUIRE(unreadable.size() == 1);
    CHECK(unreadable.at(0)[QStringLiteral("line")].toInt() == 23);
    CHECK(r.json().value(QStringLiteral("encoding")).toString() == QStringLiteral("UTF-8"));
    CHECK(r.err.contains(QStringLiteral("not imported: line 23 (broken_2010)")));
    CHECK(materials(lib) == 4);

    for (const char *name : {"truncated.ris", "unbalanced.bib", "latin1.ris", "malformed.json", "endnote.ris", "windows1252.ris"}) {
        const Run one = cli(lib.path(), {QStringLiteral("import"), fixture(name), QStringLiteral("--on-duplicate"), QStringLiteral("add")});
        INFO(name);
        CHECK(one.code == 0);
    }
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
