#include "exchange/material_importer.h"
#include "records/sample_library.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QFile>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

void installSamples(TestLibrary &t)
{
    QFile sample(QStringLiteral(":/sample/sample_library.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    auto installed = SampleLibrary::install(*t.library, sample.readAll());
    INFO(str(installed ? QString() : installed.error().message));
    REQUIRE(installed.ok());
}

QString sampleId(TestLibrary &t, const char *type, const char *name)
{
    auto id = t.db().scalar(QStringLiteral("SELECT t.id FROM %1 t JOIN records r ON r.id = t.id WHERE t.name = ? AND r.sample = 1")
                                .arg(QLatin1String(type)),
                            {QString::fromUtf8(name)});
    REQUIRE(id.ok());
    REQUIRE(id->isValid());
    return id->toString();
}

QStringList partNames(TestLibrary &t, const RecordId &material, const QString &partType)
{
    auto parts = t.store().parts(material, partType);
    REQUIRE(parts.ok());
    QStringList names;
    for (const Record &p : *parts)
        names << t.store().displayName(p.id).value();
    return names;
}

} // namespace

TEST_CASE("Removing the samples keeps the names of sample people and organisations on the user's own records", "[sample]")
{
    TestLibrary t;
    installSamples(t);
    const QString jane = sampleId(t, "person", "Jane Kato-Wallace");
    const QString unWomen = sampleId(t, "organisation", "UN Women");

    // The importer links names to the records of the same name, samples included.
    MaterialEntry entry;
    entry.fields.insert(QStringLiteral("title"), QStringLiteral("Our own report on care work"));
    entry.people = {{QStringLiteral("Jane Kato-Wallace"), QStringLiteral("author")}, {QStringLiteral("María Muñoz"), QStringLiteral("editor")}};
    entry.organisations = {{QStringLiteral("Promundo-US"), QStringLiteral("publisher")}};
    MaterialImporter importer(t.db(), t.store(), t.library->search());
    auto report = importer.run({entry}, DuplicatePolicy::Add);
    INFO(str(report ? QString() : report.error().message));
    REQUIRE(report.ok());
    REQUIRE(report->imported == 1);
    const RecordId material = report->records.at(0).id;
    REQUIRE(t.scalar(QStringLiteral("SELECT count(*) FROM material_contributor WHERE material_id = '%1' AND person_id = '%2'")
                         .arg(material.toString(), jane)) == 1);
    // Picked in the editor: a link with the name as the source wrote it, and a colleague at a sample organisation.
    t.create(QStringLiteral("material_contributor"), {{QStringLiteral("material_id"), material.toString()}, {QStringLiteral("person_id"), jane},
                                                      {QStringLiteral("name_text"), QStringLiteral("J. Kato-Wallace")},
                                                      {QStringLiteral("role"), QStringLiteral("translator")}, {QStringLiteral("position"), qint64(9)}});
    const RecordId colleague = t.create(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("My colleague")},
                                                                   {QStringLiteral("affiliation_id"), unWomen}});
    const QStringList authors = partNames(t, material, QStringLiteral("material_contributor"));
    REQUIRE(authors == QStringList{QStringLiteral("Jane Kato-Wallace"), QStringLiteral("María Muñoz"), QStringLiteral("J. Kato-Wallace")});

    REQUIRE(SampleLibrary::remove(*t.library).ok());

    CHECK(*t.store().sampleCount() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = '%1'").arg(jane)) == 0);
    CHECK(partNames(t, material, QStringLiteral("material_contributor")) == authors);
    CHECK(partNames(t, material, QStringLiteral("material_organisation")) == QStringList{QStringLiteral("Promundo-US")});
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM material_contributor WHERE material_id = '%1' AND person_id IS NOT NULL")
                       .arg(material.toString())) == 0);
    auto mine = t.store().get(colleague);
    REQUIRE(mine.ok());
    CHECK_FALSE(mine->fields.contains(QStringLiteral("affiliation_id")));
    CHECK(mine->value(QStringLiteral("affiliation_text")).toString() == QStringLiteral("UN Women"));

    auto check = t.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.join(QLatin1Char('\n'))));
    CHECK(check->ok());
}
