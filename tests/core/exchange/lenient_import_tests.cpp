// A bad entry is not a bad file: every importer reads what it can, lists what it cannot with its line and
// reason, and refuses a file only when it is not in the format at all (or when asked to be strict).

#include "exchange/bibliography_reader.h"
#include "exchange/csv_table.h"
#include "exchange/entry_source.h"
#include "exchange/material_importer.h"
#include "exchange/text_input.h"
#include "test_library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

QString fixturePath(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/import/") + QLatin1String(name);
}

QByteArray fixture(const char *name)
{
    QFile f(fixturePath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

template<typename T>
T ok(Result<T> r)
{
    INFO(str(r ? QString() : r.error().message));
    REQUIRE(r.ok());
    return std::move(r.value());
}

QStringList titles(const QList<MaterialEntry> &entries)
{
    QStringList out;
    for (const MaterialEntry &e : entries)
        out << e.fields.value(QStringLiteral("title")).toString();
    return out;
}

const EntryNote *noteAt(const QList<EntryNote> &notes, int line)
{
    for (const EntryNote &n : notes)
        if (n.line == line)
            return &n;
    return nullptr;
}

qint64 count(TestLibrary &lib, const char *sql)
{
    return lib.scalar(QString::fromLatin1(sql));
}

} // namespace

TEST_CASE("BibTeX: good entries are read around a bad one, an undefined macro is kept as its name", "[import][lenient][bibtex]")
{
    ReadNotes notes;
    const auto entries = ok(BibliographyReader::readBibtex(fixture("mixed.bib"), &notes));
    CHECK(titles(entries) == QStringList{QStringLiteral("Gender Equality Glossary"), QStringLiteral("Glossary of Gender-related Terms"),
                                         QStringLiteral("Evolving Men: Initial Results from IMAGES"), QStringLiteral("A second entry with the same key")});
    // The macro defined in the file is expanded; the undefined one is kept as its name, with a warning.
    CHECK(entries.at(0).organisations.at(1).name == QStringLiteral("UN Women"));
    CHECK(entries.at(1).organisations.at(0).name == QStringLiteral("instraw"));
    const EntryNote *undefined = noteAt(notes.warnings, 15);
    REQUIRE(undefined);
    CHECK(undefined->key == QStringLiteral("instraw_2005"));
    CHECK(undefined->reason.contains(QStringLiteral("instraw")));
    // The month macro and accents.
    CHECK(entries.at(1).fields.value(QStringLiteral("date")).toString() == QStringLiteral("2005-09"));
    CHECK(entries.at(1).people.at(0).name == QStringLiteral("María Muñoz"));
    // The unbalanced entry is listed with its line and why; the rest of the file is still read.
    REQUIRE(notes.skipped.size() == 1);
    CHECK(notes.skipped.at(0).line == 23);
    CHECK(notes.skipped.at(0).key == QStringLiteral("broken_2010"));
    CHECK(notes.skipped.at(0).reason.contains(QStringLiteral("braces")));
    // Both entries with one key are kept, the second flagged.
    const EntryNote *repeated = noteAt(notes.warnings, 34);
    REQUIRE(repeated);
    CHECK(repeated->reason.contains(QStringLiteral("line 7")));
    CHECK(notes.encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("RIS: EndNote's continuation lines, a record without ER, stray lines and a mid-file byte-order mark", "[import][lenient][ris]")
{
    ReadNotes notes;
    const auto entries = ok(BibliographyReader::readRis(fixture("endnote.ris"), &notes));
    REQUIRE(entries.size() == 5);
    const MaterialEntry &first = entries.at(0);
    CHECK(first.fields.value(QStringLiteral("topics")).toStringList() == QStringList{QStringLiteral("gender mainstreaming"), QStringLiteral("capacity development")});
    CHECK(first.fields.value(QStringLiteral("abstract")).toString() == QStringLiteral("A first line of the abstract\nthat EndNote continues here."));
    CHECK(first.fields.value(QStringLiteral("date")).toString() == QStringLiteral("2002-03-08"));
    CHECK(first.fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("report"));
    // "September 6, 2016", and languages by name.
    const MaterialEntry &second = entries.at(1);
    CHECK(second.fields.value(QStringLiteral("title")).toString() == QStringLiteral("Training Manual on Gender Equality"));
    CHECK(second.fields.value(QStringLiteral("date")).toString() == QStringLiteral("2016-09-06"));
    CHECK(second.fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("es"), QStringLiteral("en")});
    CHECK(entries.at(2).fields.value(QStringLiteral("title")).toString() == QStringLiteral("A record after one that never ended"));
    // The last record is cut short: read, with a warning.
    CHECK(entries.at(4).fields.value(QStringLiteral("title")).toString() == QStringLiteral("Cut short"));
    CHECK(noteAt(notes.warnings, 14)); // the record that never ended
    CHECK(noteAt(notes.warnings, 26)); // the file ends inside a record
    // "2." between records is not a record.
    REQUIRE(notes.skipped.size() == 1);
    CHECK(notes.skipped.at(0).line == 13);
}

TEST_CASE("CSL-JSON: a malformed item is listed, string years and date ranges are read", "[import][lenient][csl]")
{
    ReadNotes notes;
    const auto entries = ok(BibliographyReader::readCslJson(fixture("mixed.json"), &notes));
    REQUIRE(titles(entries) == QStringList{QStringLiteral("Women's Economic Empowerment"), QStringLiteral("A range of dates"), QStringLiteral("A literal date")});
    CHECK(entries.at(0).fields.value(QStringLiteral("date")).toString() == QStringLiteral("2016-09"));
    CHECK(entries.at(1).fields.value(QStringLiteral("date")).toString() == QStringLiteral("2015-01"));
    CHECK(entries.at(2).fields.value(QStringLiteral("date")).toString() == QStringLiteral("2019-09-06"));
    REQUIRE(notes.skipped.size() == 2);
    CHECK(notes.skipped.at(0).line == 4);
    CHECK(notes.skipped.at(1).line == 7);
    CHECK(notes.skipped.at(1).reason.contains(QStringLiteral("not an object")));
}

TEST_CASE("CSV: Excel's formula-quoted numbers and <br/> line breaks; an unclosed quote is one bad row", "[import][lenient][csv]")
{
    auto source = csvSource(TextInput::fromBytes(fixture("excel_formula.csv")));
    CsvMapping mapping;
    const auto entries = ok(readAll(*source));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).fields.value(QStringLiteral("notes")).toString() == QStringLiteral("First line\nSecond line"));
    CHECK(entries.at(0).fields.value(QStringLiteral("year")).toLongLong() == 2012);
    REQUIRE(source->notes().skipped.size() == 1);
    CHECK(source->notes().skipped.at(0).line == 4);
    CHECK(source->notes().skipped.at(0).reason.contains(QStringLiteral("quoted cell")));
    // The ISBN column is not mapped by default; mapped to a custom field, the formula quoting is undone.
    mapping.columns = {{QStringLiteral("Title"), QStringLiteral("title")}, {QStringLiteral("ISBN"), QStringLiteral("custom:isbn")}};
    auto mapped = csvSource(TextInput::fromBytes(fixture("excel_formula.csv")), &mapping);
    const auto withIsbn = ok(readAll(*mapped));
    CHECK(withIsbn.at(0).customValues.value(QStringLiteral("isbn")).toString() == QStringLiteral("9789211302783"));
    CHECK(withIsbn.at(1).customValues.value(QStringLiteral("isbn")).toString() == QStringLiteral("0123456789"));
}

TEST_CASE("Encodings: Windows-1252, Latin-1 and UTF-16 files are read, and the notes say which", "[import][lenient][encoding]")
{
    ReadNotes notes;
    auto ris = ok(BibliographyReader::readRis(fixture("windows1252.ris"), &notes));
    CHECK(notes.encoding == QStringLiteral("Windows-1252"));
    CHECK(ris.at(0).fields.value(QStringLiteral("title")).toString() == QStringLiteral("Género y desarrollo: “una guía”"));
    CHECK(ris.at(0).people.at(0).name == QStringLiteral("María Muñoz"));

    auto bib = ok(BibliographyReader::readBibtex(fixture("latin1.bib"), &notes));
    CHECK(notes.encoding == QStringLiteral("Windows-1252"));
    CHECK(bib.at(0).fields.value(QStringLiteral("title")).toString() == QStringLiteral("Guía de género"));

    auto utf16 = ok(BibliographyReader::readRis(fixture("utf16.ris"), &notes));
    CHECK(notes.encoding == QStringLiteral("UTF-16LE"));
    CHECK(utf16.at(0).fields.value(QStringLiteral("title")).toString() == QStringLiteral("Égalité des sexes : un guide"));
    CHECK(utf16.at(0).people.at(0).name == QStringLiteral("Céline Dupré"));

    // The old Latin-1 fixture: read now, not refused.
    auto latin1 = ok(BibliographyReader::readRis(fixture("latin1.ris"), &notes));
    CHECK_FALSE(latin1.isEmpty());
    CHECK(notes.encoding == QStringLiteral("Windows-1252"));
}

TEST_CASE("Files of other kinds are never read as a list of materials, and say what they are", "[import][detect]")
{
    CHECK(BibliographyReader::detectFormat(fixture("mail.csv"), QStringLiteral("mail.csv")).isEmpty());
    CHECK(BibliographyReader::otherKind(fixture("mail.mbox"), QStringLiteral("mail.mbox")).contains(QStringLiteral("mail archive")));
    CHECK(BibliographyReader::detectFormat(fixture("project.csv"), QStringLiteral("project.csv")).isEmpty());
    CHECK(BibliographyReader::otherKind(fixture("project.qdpx"), QStringLiteral("project.qdpx")).contains(QStringLiteral("REFI-QDA")));
    CHECK(BibliographyReader::otherKind(fixture("project.csv"), QStringLiteral("project.csv")).contains(QStringLiteral("REFI-QDA")));
    CHECK(BibliographyReader::otherKind(fixture("project.qde"), QStringLiteral("project.qde")).contains(QStringLiteral("REFI-QDA")));
    CHECK(BibliographyReader::detectFormat(fixture("picture.bib"), QStringLiteral("picture.bib")).isEmpty());
    CHECK_FALSE(BibliographyReader::otherKind(fixture("picture.bib"), QStringLiteral("picture.bib")).isEmpty());
    // Opening one for import says the same, whatever the format asked for.
    auto asCsv = BibliographyReader::open(fixturePath("mail.csv"), QStringLiteral("csv"));
    REQUIRE_FALSE(asCsv.ok());
    CHECK(asCsv.error().message.contains(QStringLiteral("mail archive")));
    // The text formats are still recognised.
    CHECK(BibliographyReader::detectFormat(fixture("endnote.ris"), QStringLiteral("x.txt")) == QStringLiteral("ris"));
    CHECK(BibliographyReader::detectFormat(fixture("mixed.bib"), QStringLiteral("x.txt")) == QStringLiteral("bibtex"));
    CHECK(BibliographyReader::detectFormat(fixture("utf16.ris"), QStringLiteral("x")) == QStringLiteral("ris"));
    CHECK(BibliographyReader::detectFormat(fixture("excel_formula.csv"), QStringLiteral("x.csv")) == QStringLiteral("csv"));
}

TEST_CASE("A file that is not in the format at all is refused", "[import][lenient]")
{
    CHECK_FALSE(BibliographyReader::readBibtex(fixture("zotero.ris")).ok());
    CHECK_FALSE(BibliographyReader::readRis(fixture("zotero.bib")).ok());
    CHECK_FALSE(BibliographyReader::readCslJson(fixture("zotero.ris")).ok());
    CHECK_FALSE(BibliographyReader::readRis(QByteArray()).ok());
}

TEST_CASE("Hostile files stay bounded: doubling macros, 20,000 authors, a named pipe", "[import][limits]")
{
    // Forty doublings would be a terabyte: the value past the cap is refused with a message.
    QByteArray bomb = "@string{a0 = \"xxxxxxxxxxxxxxxx\"}\n";
    for (int i = 1; i <= 40; ++i)
        bomb += QStringLiteral("@string{a%1 = a%2 # a%2}\n").arg(i).arg(i - 1).toUtf8();
    bomb += "@book{bomb, title = a40, year = 2001}\n@book{fine, title = {Still read}, year = 2002}\n";
    ReadNotes notes;
    const auto entries = ok(BibliographyReader::readBibtex(bomb, &notes));
    CHECK(titles(entries).contains(QStringLiteral("Still read")));
    bool capped = false;
    for (const EntryNote &n : notes.skipped)
        capped = capped || n.reason.contains(QStringLiteral("million characters"));
    CHECK(capped);
    for (const MaterialEntry &e : entries)
        CHECK(e.fields.value(QStringLiteral("title")).toString().size() <= ImportLimits::kValueChars);

    // One entry naming 20,000 authors: kept with the first thousand, and said.
    QStringList authors;
    for (int i = 0; i < 20000; ++i)
        authors << QStringLiteral("Author%1, Given").arg(i);
    const QByteArray many = QStringLiteral("@book{many, title = {Many hands}, author = {%1}}\n").arg(authors.join(QStringLiteral(" and "))).toUtf8();
    ReadNotes manyNotes;
    const auto one = ok(BibliographyReader::readBibtex(many, &manyNotes));
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).people.size() == ImportLimits::kNamesPerEntry);
    REQUIRE(manyNotes.warnings.size() == 1);
    CHECK(manyNotes.warnings.at(0).reason.contains(QStringLiteral("first 1000")));

    // A named pipe is refused at once instead of waiting for a writer.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.ris"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto opened = BibliographyReader::open(fifo);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("not a regular file")));
    auto folder = BibliographyReader::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("An import brings in every entry it can read, reports the others, and strict refuses them all", "[import][lenient][importer]")
{
    TestLibrary lib;
    MaterialImporter importer(lib.db(), lib.store(), lib.library->search());
    {
        auto source = ok(BibliographyReader::open(fixturePath("mixed.bib")));
        ImportOptions strict;
        strict.strict = true;
        auto refused = importer.run(*source, strict);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("line 23")));
        CHECK(refused.error().message.contains(QStringLiteral("Nothing was imported")));
        CHECK(count(lib, "SELECT count(*) FROM material") == 0);
        CHECK(count(lib, "SELECT count(*) FROM change_log") == 0);
    }
    auto source = ok(BibliographyReader::open(fixturePath("mixed.bib")));
    ImportOptions options;
    options.policy = DuplicatePolicy::Add;
    const ImportReport report = ok(importer.run(*source, options));
    CHECK(report.imported == 4);
    CHECK(report.unreadable == 1);
    CHECK(report.read.format == QStringLiteral("BibTeX"));
    CHECK(report.read.skipped.at(0).line == 23);
    CHECK(report.summary().contains(QStringLiteral("1 entry could not be read")));
    CHECK(count(lib, "SELECT count(*) FROM material") == 4);
}

TEST_CASE("A stopped import leaves nothing behind", "[import][lenient][importer]")
{
    TestLibrary lib;
    QByteArray csv = "Title,Year\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Material number %1,2001\n").arg(i).toUtf8();
    auto source = csvSource(TextInput::fromBytes(csv));
    MaterialImporter importer(lib.db(), lib.store(), lib.library->search());
    std::atomic_bool cancel {false};
    qint64 calls = 0;
    auto stopped = importer.run(*source, {}, &cancel, [&](qint64, qint64) {
        if (++calls == 5)
            cancel = true;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(count(lib, "SELECT count(*) FROM records") == 0);
    CHECK(count(lib, "SELECT count(*) FROM change_log") == 0);
}
