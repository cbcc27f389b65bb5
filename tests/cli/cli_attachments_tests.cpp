#include "cli_runner.h"

#include "attachments/attachment_store.h"
#include "records/record_store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

using namespace praxis;
using namespace praxis::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/attachments/") + QString::fromUtf8(name);
}

QString addMaterial(CliLibrary &lib, const QString &title)
{
    const Run r = cli(lib.path(),
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"),
            QStringLiteral(R"({"title": "%1"})").arg(title)});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.json().value(QStringLiteral("id")).toString();
}

QStringList hitIds(const Run &r)
{
    QStringList ids;
    for (const QJsonValue &h : r.json().value(QStringLiteral("hits")).toArray())
        ids << h[QStringLiteral("id")].toString();
    return ids;
}

QString blobOf(CliLibrary &lib, const QString &sha)
{
    return lib.path() + QStringLiteral("/attachments/") + sha.left(2) + QLatin1Char('/') + sha;
}

} // namespace

TEST_CASE("attach adds files and links, reads their text, and search finds words inside them", "[cli][attachments]")
{
    CliLibrary lib;
    const QString toolkit = addMaterial(lib, QStringLiteral("Toolkit for trainers"));
    const QString glossary = addMaterial(lib, QStringLiteral("Glossary"));

    Run r = cli(lib.path(),
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attach"), toolkit, fixture("toolkit.docx"),
            fixture("glossary.html"), fixture("truncated.docx"), QStringLiteral("--link"), QStringLiteral("https://example.org/toolkit")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray attached = r.json().value(QStringLiteral("attachments")).toArray();
    REQUIRE(attached.size() == 4);
    CHECK(attached.at(0)[QStringLiteral("url")].toString() == QStringLiteral("https://example.org/toolkit"));
    CHECK(attached.at(1)[QStringLiteral("file_name")].toString() == QStringLiteral("toolkit.docx"));
    CHECK(attached.at(1)[QStringLiteral("text")].toString() == QStringLiteral("ok"));
    CHECK(attached.at(2)[QStringLiteral("text")].toString() == QStringLiteral("ok"));
    CHECK(attached.at(3)[QStringLiteral("text")].toString() == QStringLiteral("failed"));
    CHECK(attached.at(3)[QStringLiteral("text_message")].toString().contains(QStringLiteral("damaged")));
    const QJsonObject extraction = r.json().value(QStringLiteral("extraction")).toObject();
    CHECK(extraction.value(QStringLiteral("read")).toInt() == 2);
    CHECK(extraction.value(QStringLiteral("failed")).toInt() == 1);

    // Words found only inside the files find the material.
    for (const QString &word : {QStringLiteral("Ouagadougou"), QStringLiteral("transversalización"), QStringLiteral("capacitacion")}) {
        r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), word});
        INFO(word.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(hitIds(r) == QStringList {toolkit});
    }
    r = cli(lib.path(), {QStringLiteral("search"), QStringLiteral("scriptword")});
    CHECK(r.out.contains(QStringLiteral("0 shown of 0")));

    // The list, as text and as JSON.
    r = cli(lib.path(), {QStringLiteral("attachments"), toolkit});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("toolkit.docx")));
    CHECK(r.out.contains(QStringLiteral("https://example.org/toolkit")));
    CHECK(r.out.contains(QStringLiteral("text read")));
    CHECK(r.out.contains(QStringLiteral("(4 attachment(s) on Toolkit for trainers)")));
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attachments"), glossary});
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("record")).toString() == glossary);
    CHECK(r.json().value(QStringLiteral("attachments")).toArray().isEmpty());

#ifdef PRAXIS_HAVE_POPPLER
    r = cli(lib.path(), {QStringLiteral("attach"), glossary, fixture("budgeting-module.pdf"), fixture("protected.pdf")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("budgeting-module.pdf  (text read)")));
    CHECK(r.out.contains(QStringLiteral("password")));
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), QStringLiteral("Cochabamba")});
    REQUIRE(r.code == 0);
    CHECK(hitIds(r) == QStringList {glossary});
#endif
}

TEST_CASE("attach is all or nothing and refuses wrong usage", "[cli][attachments]")
{
    CliLibrary lib;
    const QString material = addMaterial(lib, QStringLiteral("Manual"));
    const qint64 before = lib.logEntries();

    Run r = cli(lib.path(), {QStringLiteral("attach"), material, fixture("toolkit.docx"), fixture("no such file.pdf")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no such file.pdf")));
    CHECK(r.err.contains(QStringLiteral("Nothing was attached")));
    r = cli(lib.path(), {QStringLiteral("attach"), QStringLiteral("01a00000-0000-7000-8000-000000000000"), fixture("toolkit.docx")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Nothing was attached")));
    r = cli(lib.path(),
        {QStringLiteral("attach"), material, fixture("toolkit.docx"), QStringLiteral("--link"), QStringLiteral("not a link at all")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(lib.logEntries() == before);
    QDirIterator stored(lib.path() + QStringLiteral("/attachments"), QDir::Files, QDirIterator::Subdirectories);
    CHECK_FALSE(stored.hasNext());

    CHECK(cli(lib.path(), {QStringLiteral("attach"), material}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("attach")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("attachments")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("check"), QStringLiteral("extra")}).code == 2);
    r = cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("01a00000-0000-7000-8000-000000000000")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("attachments check names missing and altered files and exits 1", "[cli][attachments]")
{
    CliLibrary lib;
    const QString material = addMaterial(lib, QStringLiteral("Compendium"));
    Run r = cli(lib.path(),
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attach"), material, fixture("toolkit.docx"),
            fixture("care-module.odt"), fixture("reading-list.md")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray attached = r.json().value(QStringLiteral("attachments")).toArray();
    REQUIRE(attached.size() == 3);

    r = cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("check")});
    INFO(r.out.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("OK: 3 attachment(s)")));

    {
        QFile altered(blobOf(lib, attached.at(0)[QStringLiteral("sha256")].toString()));
        REQUIRE(altered.open(QIODevice::WriteOnly | QIODevice::Append));
        altered.write("tampered");
    }
    REQUIRE(QFile::remove(blobOf(lib, attached.at(2)[QStringLiteral("sha256")].toString())));
    r = cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("check")});
    INFO(r.out.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("altered: toolkit.docx")));
    CHECK(r.out.contains(QStringLiteral("missing: reading-list.md")));
    CHECK(r.out.contains(QStringLiteral("Compendium")));
    CHECK_FALSE(r.out.contains(QStringLiteral("care-module.odt")));
    CHECK(r.out.contains(QStringLiteral("PROBLEMS FOUND: 2 of 3")));

    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attachments"), QStringLiteral("check")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.json().value(QStringLiteral("ok")).toBool());
    const QJsonArray problems = r.json().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0)[QStringLiteral("record")].toString() == material);
    CHECK(problems.at(0)[QStringLiteral("record_title")].toString() == QStringLiteral("Compendium"));
    QStringList kinds {problems.at(0)[QStringLiteral("problem")].toString(), problems.at(1)[QStringLiteral("problem")].toString()};
    kinds.sort();
    CHECK(kinds == QStringList {QStringLiteral("altered"), QStringLiteral("missing")});
}

TEST_CASE("attachments extract reads what is pending and says what it did", "[cli][attachments]")
{
    CliLibrary lib;
    const QString material = addMaterial(lib, QStringLiteral("Care work module"));
    {
        // Attached by another program (or an older Praxis) that read no text.
        core::LibraryOptions options;
        options.create = false;
        auto library = core::Library::open(lib.path(), options);
        REQUIRE(library.ok());
        core::AttachmentStore store((*library)->attachmentsFolder(), (*library)->database(), (*library)->records());
        REQUIRE(
            store
                .addFiles(core::RecordId(material),
                    {fixture("care-module.odt"), fixture("notes-windows-1252.txt"), fixture("picture.png"), fixture("not-a-document.docx")})
                .ok());
    }
    Run r = cli(lib.path(), {QStringLiteral("search"), QStringLiteral("Bishkek")});
    CHECK(r.out.contains(QStringLiteral("0 shown of 0")));

    r = cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("extract")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Read the text of 2 file(s); 1 could not be read; 1 of a kind Praxis does not read.")));
    CHECK(r.out.contains(QStringLiteral("not-a-document.docx: This is not a Word document")));

    for (const QString &word : {QStringLiteral("Bishkek"), QStringLiteral("facilitadoras")}) {
        r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), word});
        REQUIRE(r.code == 0);
        CHECK(hitIds(r) == QStringList {material});
    }

    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("attachments"), QStringLiteral("extract")});
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("read")).toInt() == 0);
    CHECK(r.json().value(QStringLiteral("failed")).toInt() == 0);
    r = cli(lib.path(), {QStringLiteral("attachments"), QStringLiteral("extract")});
    CHECK(r.out.contains(QStringLiteral("already")));
}
