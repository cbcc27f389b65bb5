#include "exchange/bibliography_reader.h"
#include "exchange/csv_table.h"
#include "exchange/library_archive.h"
#include "exchange/material_exporter.h"
#include "exchange/material_importer.h"
#include "records/record_document.h"
#include "records/sample_library.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(PRAXIS_FIXTURES "/import/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList names(const QList<NamedContributor> &list)
{
    QStringList out;
    for (const NamedContributor &c : list)
        out << c.name + QLatin1Char('/') + c.role;
    return out;
}

template<typename T>
T ok(Result<T> r)
{
    INFO(str(r ? QString() : r.error().message));
    REQUIRE(r.ok());
    return std::move(r.value());
}

struct Snapshot {
    qint64 records = 0;
    qint64 log = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestLibrary &lib)
{
    return {lib.scalar(QStringLiteral("SELECT count(*) FROM records")), lib.scalar(QStringLiteral("SELECT count(*) FROM change_log"))};
}

ImportReport import(TestLibrary &lib, const QList<MaterialEntry> &entries, DuplicatePolicy policy = DuplicatePolicy::Skip)
{
    MaterialImporter importer(lib.db(), lib.store(), lib.library->search());
    return ok(importer.run(entries, policy));
}

} // namespace

TEST_CASE("RIS as Zotero writes it: accents, several authors, multi-line abstracts", "[import][ris]")
{
    const auto entries = ok(BibliographyReader::readRis(fixture("zotero.ris")));
    REQUIRE(entries.size() == 2);
    const MaterialEntry &m = entries.at(0);
    CHECK(m.fields.value(QStringLiteral("title")).toString() == QStringLiteral("Manual de capacitación sobre masculinidades y prevención de la violencia"));
    CHECK(names(m.people) == QStringList{QStringLiteral("Jane Kato-Wallace/author"), QStringLiteral("Gary Barker/author"), QStringLiteral("Dean Peacock/author")});
    CHECK(m.fields.value(QStringLiteral("abstract")).toString().contains(QStringLiteral("jóvenes.\nIncluye guías")));
    CHECK(m.fields.value(QStringLiteral("year")).toLongLong() == 2012);
    CHECK(m.fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("es")});
    CHECK(m.fields.value(QStringLiteral("topics")).toStringList() == QStringList{QStringLiteral("masculinidades"), QStringLiteral("violencia de género")});
    CHECK(m.fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("manual"));
    CHECK(names(m.organisations) == QStringList{QStringLiteral("Promundo-US/publisher")});
    CHECK(m.fields.value(QStringLiteral("notes")).toString().contains(QStringLiteral("Serie Género y Salud")));
    CHECK(m.line == 1);
    const MaterialEntry &r = entries.at(1);
    CHECK(r.fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("report"));
    CHECK(r.fields.value(QStringLiteral("date")).toString() == QStringLiteral("2016-10-05"));
    CHECK(r.line == 21);
}

TEST_CASE("BibTeX as Zotero and JabRef write it: LaTeX accents, macros, corporate authors", "[import][bibtex]")
{
    const auto entries = ok(BibliographyReader::readBibtex(fixture("zotero.bib")));
    REQUIRE(entries.size() == 3);
    const MaterialEntry &c = entries.at(0);
    CHECK(c.key == QStringLiteral("un_women_training_centre_compendium_2016"));
    CHECK(c.fields.value(QStringLiteral("title")).toString() == QStringLiteral("Compendium of Good Practices in Training for Gender Equality"));
    CHECK(c.fields.value(QStringLiteral("abstract")).toString().startsWith(QStringLiteral("A landmark compilation of exemplary practices in the field. Drawing together")));
    CHECK(c.fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("en")});
    CHECK(names(c.organisations).contains(QStringLiteral("UN Women Training Centre/producer")));
    CHECK(names(c.organisations).contains(QStringLiteral("UN Women Training Centre/producer")));
    CHECK(c.people.isEmpty());
    CHECK(c.fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("report"));

    const MaterialEntry &b = entries.at(1);
    CHECK(names(b.people) == QStringList{QStringLiteral("Gary Barker/author"), QStringLiteral("Christine Ricardo/author"), QStringLiteral("Marcos Nascimento/author")});
    CHECK(b.fields.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Engaging Men and Boys in Changing Gender-Based Inequity in Health: Evidence from Programme Interventions"));
    CHECK(names(b.organisations) == QStringList{QStringLiteral("World Health Organization/publisher")});

    const MaterialEntry &g = entries.at(2);
    CHECK(g.fields.value(QStringLiteral("title")).toString() == QStringLiteral("Guía de formación: igualdad de género en el ámbito laboral"));
    CHECK(names(g.people) == QStringList{QStringLiteral("María Muñoz/author"), QStringLiteral("Céline François/author"), QStringLiteral("Jörg Müller/author")});
    CHECK(g.fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("es")});
    CHECK(g.fields.value(QStringLiteral("notes")).toString() == QStringLiteral("Edición revisada – segunda parte & anexos"));
    CHECK(g.fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("guide"));
    CHECK(g.fields.value(QStringLiteral("year")).toLongLong() == 2014);
}

TEST_CASE("LaTeX escapes become the letters they stand for", "[import][bibtex]")
{
    CHECK(BibliographyReader::latexToUnicode(QStringLiteral("{\\'e}t{\\'e} \\'{E}cole \\`a \\^o \\\"u {\\~n} \\c{c} {\\c c}")) ==
          QStringLiteral("été École à ô ü ñ ç ç"));
    CHECK(BibliographyReader::latexToUnicode(QStringLiteral("Stra\\ss e, {\\o}re, \\ae, 10\\% \\& 5\\$, pages 3--4 --- end")) ==
          QStringLiteral("Straße, øre, æ, 10% & 5$, pages 3–4 — end"));
}

TEST_CASE("CSL-JSON as Zotero exports it", "[import][csl]")
{
    const auto entries = ok(BibliographyReader::readCslJson(fixture("zotero.json")));
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).fields.value(QStringLiteral("date")).toString() == QStringLiteral("2016-09-16"));
    CHECK(entries.at(0).fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("en")});
    CHECK(names(entries.at(0).people) == QStringList{QStringLiteral("Jane Kato-Wallace/author")});
    CHECK(names(entries.at(0).organisations).contains(QStringLiteral("MenEngage Alliance/producer")));
    CHECK(entries.at(1).fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("video"));
    CHECK(entries.at(1).fields.value(QStringLiteral("year")).toLongLong() == 2013);
}

TEST_CASE("CSV as Excel writes it: byte-order mark, CRLF, semicolons, line breaks in cells", "[import][csv]")
{
    const CsvTable table = ok(CsvReader::read(fixture("excel.csv")));
    CHECK(table.encoding == QStringLiteral("UTF-8"));
    CHECK(table.hadByteOrderMark);
    CHECK(table.delimiter == QLatin1Char(';'));
    CHECK(table.header.first() == QStringLiteral("Title"));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rowLines == QList<int>{2, 4, 5});
    const CsvMapping mapping = CsvMapping::guess(table.header);
    CHECK(mapping.columns.value(QStringLiteral("Publication Year")) == QStringLiteral("year"));
    CHECK(mapping.columns.value(QStringLiteral("Author")) == QStringLiteral("@author"));
    CHECK_FALSE(mapping.columns.contains(QStringLiteral("Donor")));
    CsvMapping withDonor = mapping;
    withDonor.columns.insert(QStringLiteral("Donor"), QStringLiteral("custom:donor"));
    // A saved mapping comes back the same.
    CHECK(CsvMapping::fromJson(withDonor.toJson()).columns == withDonor.columns);

    const auto entries = ok(withDonor.apply(table));
    REQUIRE(entries.size() == 3);
    const MaterialEntry &g = entries.at(0);
    CHECK(g.fields.value(QStringLiteral("title")).toString() == QStringLiteral("Guía de capacitación en género"));
    CHECK(g.fields.value(QStringLiteral("abstract")).toString() == QStringLiteral("Una guía práctica.\nCon ejercicios; casos y \"dinámicas\" de grupo."));
    CHECK(names(g.people) == QStringList{QStringLiteral("María Muñoz/author"), QStringLiteral("Céline François/author")});
    CHECK(g.fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("es")});
    CHECK(g.fields.value(QStringLiteral("topics")).toStringList() == QStringList{QStringLiteral("género"), QStringLiteral("capacitación")});
    CHECK(g.fields.value(QStringLiteral("countries")).toStringList() == QStringList{QStringLiteral("BO")});
    CHECK(g.customValues.value(QStringLiteral("donor")).toString() == QStringLiteral("Sida"));
    CHECK(entries.at(1).fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("glossary"));
    CHECK(entries.at(2).fields.value(QStringLiteral("material_type")).toString() == QStringLiteral("toolkit"));

    // Without a title column there is nothing to import.
    CsvMapping noTitle = mapping;
    noTitle.columns.remove(QStringLiteral("Title"));
    CHECK_FALSE(noTitle.apply(table).ok());
}

TEST_CASE("CSV in Windows-1252 is recognised and read", "[import][csv]")
{
    const CsvTable table = ok(CsvReader::read(fixture("windows1252.csv")));
    CHECK(table.encoding == QStringLiteral("Windows-1252"));
    CHECK(table.delimiter == QLatin1Char(','));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0).at(0) == QStringLiteral("Formación de formadoras: módulo “Igualdad”"));
    CHECK(table.rows.at(1).at(0) == QStringLiteral("Guide pratique pour l’égalité – édition 2"));
    const auto entries = ok(CsvMapping::guess(table.header).apply(table));
    CHECK(entries.at(1).fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("fr")});
}

TEST_CASE("Malformed entries are reported with their line; files of another kind are refused; nothing changes", "[import][errors]")
{
    TestLibrary lib;
    const Snapshot before = snapshot(lib);

    // Cut short: the record is read, and the notes say the file may be cut short.
    ReadNotes notes;
    auto truncated = ok(BibliographyReader::readRis(fixture("truncated.ris"), &notes));
    REQUIRE(truncated.size() == 1);
    REQUIRE(notes.warnings.size() == 1);
    CHECK(notes.warnings.at(0).line == 1);
    CHECK(notes.warnings.at(0).reason.contains(QStringLiteral("ER")));

    // The entry whose braces do not balance is left out; the next one is read.
    auto unbalanced = ok(BibliographyReader::readBibtex(fixture("unbalanced.bib"), &notes));
    REQUIRE(unbalanced.size() == 1);
    CHECK(unbalanced.at(0).key == QStringLiteral("next_2011"));
    REQUIRE(notes.skipped.size() == 1);
    CHECK(notes.skipped.at(0).line == 1);
    CHECK(notes.skipped.at(0).reason.contains(QStringLiteral("braces")));

    // Not UTF-8: read as Windows-1252, as older EndNote and Mendeley files are.
    auto latin1 = ok(BibliographyReader::readRis(fixture("latin1.ris"), &notes));
    CHECK(notes.encoding == QStringLiteral("Windows-1252"));
    CHECK_FALSE(latin1.isEmpty());

    // An image named .bib is not BibTeX at all.
    auto picture = BibliographyReader::readBibtex(fixture("picture.bib"));
    REQUIRE_FALSE(picture.ok());
    CHECK(picture.error().message.contains(QStringLiteral("image")));
    CHECK(BibliographyReader::detectFormat(fixture("picture.bib"), QStringLiteral("picture.bib")).isEmpty());
    CHECK(BibliographyReader::detectFormat(fixture("picture.bib"), QStringLiteral("picture.png")).isEmpty());

    // Read as a whole table (the import dialog's preview), the unclosed quote is an error with its line.
    auto csv = CsvReader::read(fixture("truncated.csv"));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().message.contains(QStringLiteral("line 2")));

    auto json = ok(BibliographyReader::readCslJson(fixture("malformed.json"), &notes));
    REQUIRE(json.size() == 1);
    REQUIRE(notes.skipped.size() == 1);
    CHECK(notes.skipped.at(0).line == 2);

    // A RIS file handed to the BibTeX reader, and the other way round.
    CHECK_FALSE(BibliographyReader::readBibtex(fixture("zotero.ris")).ok());
    CHECK_FALSE(BibliographyReader::readRis(fixture("zotero.bib")).ok());
    CHECK(snapshot(lib) == before);
}

TEST_CASE("An import adds materials with their people and organisations in one step", "[import][pipeline]")
{
    TestLibrary lib;
    const RecordId jane = lib.create(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Jane Kato-Wallace")}});
    lib.create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Promundo-US")}, {QStringLiteral("acronym"), QStringLiteral("Promundo")}});
    lib.create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")}, {QStringLiteral("name"), QStringLiteral("donor")},
                                                {QStringLiteral("label"), QStringLiteral("Donor")}, {QStringLiteral("field_type"), QStringLiteral("text")}});
    const CsvTable table = ok(CsvReader::read(fixture("excel.csv")));
    CsvMapping mapping = CsvMapping::guess(table.header);
    mapping.columns.insert(QStringLiteral("Donor"), QStringLiteral("custom:Donor"));
    const ImportReport report = import(lib, ok(mapping.apply(table)));
    CHECK(report.imported == 3);
    CHECK(report.skipped == 0);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material")) == 3);
    // Known people and organisations are linked, others kept as written.
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material_contributor WHERE person_id = '%1'").arg(jane.toString())) == 1);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material_contributor WHERE name_text = 'María Muñoz'")) == 1);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material_organisation WHERE organisation_id IS NOT NULL")) == 1);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM custom_value WHERE value = 'Sida'")) == 1);
    // The custom value the library has no field for is kept in the notes, not lost.
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material WHERE notes LIKE '%Donor: SDC%'")) == 0);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM custom_value WHERE value = 'SDC'")) == 1);
}

TEST_CASE("Duplicates are found before adding, in the library and in the file", "[import][duplicates]")
{
    TestLibrary lib;
    const RecordId existing = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Compendium of good practices in training for gender equality")},
                                                                     {QStringLiteral("year"), 2016},
                                                                     {QStringLiteral("topics"), QStringList{QStringLiteral("compendium")}}});
    const auto entries = ok(BibliographyReader::readBibtex(fixture("zotero.bib")));
    QList<MaterialEntry> twice = entries;
    twice.append(entries.at(1)); // the same book again, later in the file

    SECTION("skip")
    {
        const ImportReport r = import(lib, twice, DuplicatePolicy::Skip);
        CHECK(r.imported == 2);
        CHECK(r.skipped == 2);
        CHECK(r.records.at(0).outcome == ImportedRecord::Outcome::Skipped);
        CHECK(r.records.at(0).id == existing);
        CHECK(r.records.at(0).reason.contains(QStringLiteral("already in the library")));
        CHECK(r.records.at(3).reason.contains(QStringLiteral("of this file")));
        CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material")) == 3);
    }
    SECTION("merge keeps the existing values and adds the new ones")
    {
        const ImportReport r = import(lib, twice, DuplicatePolicy::Merge);
        CHECK(r.merged == 2);
        CHECK(r.imported == 2);
        auto merged = lib.store().get(existing);
        REQUIRE(merged.ok());
        CHECK(merged->value(QStringLiteral("title")).toString() == QStringLiteral("Compendium of good practices in training for gender equality"));
        CHECK(merged->value(QStringLiteral("abstract")).toString().startsWith(QStringLiteral("A landmark")));
        CHECK(merged->value(QStringLiteral("topics")).toStringList().contains(QStringLiteral("compendium")));
        CHECK(merged->value(QStringLiteral("topics")).toStringList().contains(QStringLiteral("good practices")));
        CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material")) == 3);
        // The book's three authors and the guide's three; the book's second appearance adds none.
        CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material_contributor")) == 6);
    }
    SECTION("add")
    {
        const ImportReport r = import(lib, twice, DuplicatePolicy::Add);
        CHECK(r.imported == 4);
        CHECK(r.records.at(0).reason.contains(QStringLiteral("resembles")));
        CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM material")) == 5);
    }
}

TEST_CASE("A cancelled or trial import leaves the library as it was", "[import][pipeline]")
{
    TestLibrary lib;
    const auto entries = ok(BibliographyReader::readRis(fixture("zotero.ris")));
    const Snapshot before = snapshot(lib);
    MaterialImporter importer(lib.db(), lib.store(), lib.library->search());
    std::atomic_bool cancel{false};
    auto stopped = importer.run(entries, DuplicatePolicy::Add, false, &cancel, [&](qint64, qint64) { cancel = true; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(snapshot(lib) == before);

    auto trial = importer.run(entries, DuplicatePolicy::Add, true);
    REQUIRE(trial.ok());
    CHECK(trial->imported == 2);
    CHECK(trial->dryRun);
    CHECK(snapshot(lib) == before);
}

TEST_CASE("Exports read back in the other tools' formats", "[export]")
{
    TestLibrary lib;
    import(lib, ok(BibliographyReader::readBibtex(fixture("zotero.bib"))), DuplicatePolicy::Add);
    MaterialExporter exporter(lib.store());
    auto titles = [](const QList<MaterialEntry> &entries) {
        QStringList t;
        for (const MaterialEntry &e : entries)
            t << e.fields.value(QStringLiteral("title")).toString();
        t.sort();
        return t;
    };
    const QStringList expected = titles(ok(BibliographyReader::readBibtex(fixture("zotero.bib"))));

    const auto ris = ok(BibliographyReader::readRis(ok(exporter.write(MaterialFormat::Ris))));
    CHECK(titles(ris) == expected);
    const auto bib = ok(BibliographyReader::readBibtex(ok(exporter.write(MaterialFormat::Bibtex))));
    CHECK(titles(bib) == expected);
    const auto csl = ok(BibliographyReader::readCslJson(ok(exporter.write(MaterialFormat::CslJson))));
    CHECK(titles(csl) == expected);
    for (const auto &list : {ris, bib, csl}) {
        for (const MaterialEntry &e : list) {
            if (e.fields.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Guía")))
                CHECK(names(e.people).contains(QStringLiteral("Jörg Müller/author")));
        }
    }
    const CsvTable csv = ok(CsvReader::read(ok(exporter.write(MaterialFormat::Csv))));
    CHECK(csv.hadByteOrderMark);
    CHECK(csv.rows.size() == 3);
    CHECK(titles(ok(CsvMapping::guess(csv.header).apply(csv))) == expected);

    const QByteArray dc = ok(exporter.write(MaterialFormat::DublinCore));
    QXmlStreamReader xml(dc);
    int records = 0, creators = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("dc") && xml.namespaceUri() == QLatin1String("http://www.openarchives.org/OAI/2.0/oai_dc/"))
            ++records;
        if (xml.isStartElement() && xml.name() == QLatin1String("creator"))
            ++creators;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(records == 3);
    CHECK(creators == 7);

    const QJsonObject ld = QJsonDocument::fromJson(ok(exporter.write(MaterialFormat::JsonLd))).object();
    CHECK(ld.value(QStringLiteral("@context")).toString() == QStringLiteral("https://schema.org"));
    const QJsonArray graph = ld.value(QStringLiteral("@graph")).toArray();
    REQUIRE(graph.size() == 3);
    for (const QJsonValue &v : graph)
        CHECK(v.toObject().value(QStringLiteral("@type")).toString() == QStringLiteral("LearningResource"));
}

TEST_CASE("A whole-library export imports back into an empty library with nothing lost", "[export][library]")
{
    TestLibrary source;
    QFile sample(QStringLiteral(":/sample/sample_library.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    REQUIRE(SampleLibrary::install(*source.library, sample.readAll()).ok());
    // Some trash, some custom values, so they travel too.
    ListQuery q;
    q.limit = 2;
    auto two = source.store().list(QStringLiteral("material"), q);
    REQUIRE(two.ok());
    REQUIRE(source.store().trash(two->at(0).id).ok());
    const RecordId field = source.create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                          {QStringLiteral("name"), QStringLiteral("donor")},
                                                                          {QStringLiteral("field_type"), QStringLiteral("text")}});
    source.create(QStringLiteral("custom_value"), {{QStringLiteral("record_id"), two->at(1).id.toString()}, {QStringLiteral("field_id"), field.toString()},
                                                   {QStringLiteral("value"), QStringLiteral("Sida")}});

    LibraryArchive out(source.db(), source.store());
    const QByteArray json = ok(out.write());

    TestLibrary target;
    LibraryArchive in(target.db(), target.store());
    CHECK(ok(in.read(json)) == source.scalar(QStringLiteral("SELECT count(*) FROM records")));
    CHECK(target.scalar(QStringLiteral("SELECT count(*) FROM records")) == source.scalar(QStringLiteral("SELECT count(*) FROM records")));
    CHECK(target.scalar(QStringLiteral("SELECT count(*) FROM records WHERE deleted_at IS NOT NULL")) ==
          source.scalar(QStringLiteral("SELECT count(*) FROM records WHERE deleted_at IS NOT NULL")));
    CHECK(target.scalar(QStringLiteral("SELECT count(*) FROM records WHERE sample = 1")) == source.scalar(QStringLiteral("SELECT count(*) FROM records WHERE sample = 1")));
    // Record by record, every field the same.
    int compared = 0;
    for (const RecordTypeDef &type : RecordTypes::all()) {
        ListQuery all;
        all.limit = 0;
        all.trash = TrashFilter::All;
        auto records = source.store().list(type.name, all);
        REQUIRE(records.ok());
        for (const Record &r : *records) {
            auto copy = target.store().get(r.id);
            REQUIRE(copy.ok());
            CHECK(copy->toJson(false) == r.toJson(false));
            CHECK(copy->isTrashed() == r.isTrashed());
            ++compared;
        }
    }
    CHECK(compared > 300);

    // A library that holds records already is left alone.
    const Snapshot before = snapshot(target);
    auto again = in.read(json);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("empty")));
    CHECK(snapshot(target) == before);
    CHECK_FALSE(in.read(QByteArray("{\"format\": \"something else\"}")).ok());
    CHECK_FALSE(in.read(QByteArray("{\"format\": \"praxis-library\", \"records\": [")).ok());
}
