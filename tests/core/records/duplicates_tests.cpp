#include "records/duplicates.h"
#include "records/record_document.h"
#include "records/record_merger.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QJsonDocument>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

struct DuplicateLibrary : TestLibrary {
    QHash<QString, RecordId> keys;

    DuplicateLibrary()
    {
        const QByteArray json = R"J({"records": [
          {"type": "organisation", "key": "unw", "name": "UN Women Training Centre", "acronym": "UNW-TC"},
          {"type": "organisation", "key": "ilo", "name": "International Labour Organization", "acronym": "ILO"},
          {"type": "material", "key": "compendium", "title": "Compendium of Good Practices in Training for Gender Equality",
           "year": 2016, "languages": ["en"],
           "parts": {"material_organisation": [{"organisation_id": "@unw", "role": "publisher"}]}},
          {"type": "material", "key": "manual", "title": "Manual de capacitación sobre masculinidades", "year": 2012, "languages": ["es"]},
          {"type": "material", "key": "audit", "title": "A Manual for Gender Audit Facilitators", "year": 2007,
           "parts": {"material_organisation": [{"organisation_id": "@ilo", "role": "publisher"}]}},
          {"type": "material", "key": "audit2", "title": "Manual for gender audit facilitators: the ILO participatory methodology",
           "year": 2012},
          {"type": "material", "key": "other", "title": "Gender equality glossary", "year": 2016},
          {"type": "person", "key": "jane", "name": "Jane Kato-Wallace"}
        ]})J";
        keys = write(json);
    }

    QList<DuplicateMatch> similar(const QString &type, const QVariantMap &fields, const RecordId &self = {})
    {
        DuplicateFinder finder(store(), library->search());
        auto found = finder.similarTo(type, fields, self);
        INFO(str(found ? QString() : found.error().message));
        REQUIRE(found.ok());
        return *found;
    }
};

} // namespace

TEST_CASE("Title keys ignore case, accents, punctuation and spacing", "[duplicates]")
{
    CHECK(DuplicateFinder::titleKey(QStringLiteral("  Manual de CAPACITACIÓN: sobre   masculinidades!")) ==
          QStringLiteral("manual de capacitacion sobre masculinidades"));
    CHECK(DuplicateFinder::titleKey(QStringLiteral("Égalité — des sexes")) == QStringLiteral("egalite des sexes"));
    CHECK(DuplicateFinder::titleKey(QString()).isEmpty());
}

TEST_CASE("Similarity weighs title, year and organisation", "[duplicates]")
{
    const QString t = QStringLiteral("material");
    QVariantMap a{{QStringLiteral("title"), QStringLiteral("Gender Equality Training Manual")}, {QStringLiteral("year"), 2010}};
    QVariantMap b{{QStringLiteral("title"), QStringLiteral("gender equality training manual.")}, {QStringLiteral("year"), 2010}};
    QStringList reasons;
    CHECK(DuplicateFinder::similarity(t, a, b, &reasons) == 1.0);
    CHECK(reasons.contains(QStringLiteral("same title")));
    CHECK(reasons.contains(QStringLiteral("same year")));

    // A typo and a swapped word still look alike.
    b[QStringLiteral("title")] = QStringLiteral("Gender Equality Trainnig Manual");
    CHECK(DuplicateFinder::similarity(t, a, b) >= DuplicateFinder::kLikelyDuplicate);

    // The same title years apart is a different edition, not flagged.
    b[QStringLiteral("title")] = a[QStringLiteral("title")];
    b[QStringLiteral("year")] = 2019;
    CHECK(DuplicateFinder::similarity(t, a, b) < DuplicateFinder::kLikelyDuplicate);

    // Unrelated titles are far apart.
    b[QStringLiteral("title")] = QStringLiteral("Glossary of gender terms");
    b[QStringLiteral("year")] = 2010;
    CHECK(DuplicateFinder::similarity(t, a, b) < 0.5);

    // A title that merely contains the other names a different work.
    QVariantMap report{{QStringLiteral("title"), QStringLiteral("Synthesis report of the Virtual Dialogue on the Compendium of Good Practices in Training for Gender Equality")}};
    QVariantMap compendium{{QStringLiteral("title"), QStringLiteral("Compendium of Good Practices in Training for Gender Equality")}};
    CHECK(DuplicateFinder::similarity(t, report, compendium) < DuplicateFinder::kLikelyDuplicate);

    // Numbered parts of a series are different works.
    QVariantMap m1{{QStringLiteral("title"), QStringLiteral("Gender mainstreaming: Module 1")}}, m2{{QStringLiteral("title"), QStringLiteral("Gender mainstreaming: Module 2")}};
    CHECK(DuplicateFinder::similarity(t, m1, m2) < DuplicateFinder::kLikelyDuplicate);

    // A shared organisation raises the score.
    QVariantMap c{{QStringLiteral("title"), a.value(QStringLiteral("title"))}}, d = c;
    d[QStringLiteral("title")] = QStringLiteral("Gender equality training manuals");
    const double without = DuplicateFinder::similarity(t, c, d);
    c[QStringLiteral("@organisations")] = QStringList{QStringLiteral("ILO")};
    d[QStringLiteral("@organisations")] = QStringList{QStringLiteral("ilo")};
    CHECK(DuplicateFinder::similarity(t, c, d, &reasons) > without);
    CHECK(reasons.contains(QStringLiteral("same organisation")));
}

TEST_CASE("A new record that resembles an existing one is found before it is added", "[duplicates]")
{
    DuplicateLibrary lib;
    auto found = lib.similar(QStringLiteral("material"),
                             {{QStringLiteral("title"), QStringLiteral("Compendium of good practices in training for gender equality")},
                              {QStringLiteral("year"), 2016}});
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == lib.keys.value(QStringLiteral("compendium")));
    CHECK(found.first().reasons.contains(QStringLiteral("same title")));

    // Accents and a dropped word.
    found = lib.similar(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Manual de capacitacion sobre las masculinidades")}});
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == lib.keys.value(QStringLiteral("manual")));

    // Something new is not flagged, and neither is a record compared with itself.
    CHECK(lib.similar(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Toolkit on engaging men and boys")}}).isEmpty());
    const RecordId self = lib.keys.value(QStringLiteral("other"));
    CHECK(lib.similar(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Gender equality glossary")}}, self).isEmpty());

    // Records in the trash do not count.
    REQUIRE(lib.store().trash(lib.keys.value(QStringLiteral("compendium"))).ok());
    CHECK(lib.similar(QStringLiteral("material"),
                      {{QStringLiteral("title"), QStringLiteral("Compendium of Good Practices in Training for Gender Equality")}})
              .isEmpty());

    // People are checked by name.
    found = lib.similar(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("jane kato wallace")}});
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == lib.keys.value(QStringLiteral("jane")));
}

TEST_CASE("The duplicates view lists each likely pair once", "[duplicates]")
{
    DuplicateLibrary lib;
    lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Compendium of Good Practices in Training for Gender Equality.")},
                                            {QStringLiteral("year"), 2016}});
    DuplicateFinder finder(lib.store(), lib.library->search());
    qint64 lastDone = 0, lastTotal = 0;
    auto pairs = finder.pairs(QStringLiteral("material"), nullptr, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 1);
    QStringList titles{pairs->first().first.title, pairs->first().second.title};
    CHECK(titles.filter(QStringLiteral("Compendium")).size() == 2);
    CHECK(lastDone == 6);
    CHECK(lastTotal == 6);

    std::atomic_bool cancel{true};
    auto stopped = finder.pairs(QStringLiteral("material"), &cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
}

TEST_CASE("Merging two records keeps every value, part and link, and can be taken back", "[duplicates][merge]")
{
    TestLibrary lib;
    const QByteArray json = R"J({"records": [
      {"type": "organisation", "key": "ilo", "name": "International Labour Organization", "acronym": "ILO"},
      {"type": "organisation", "key": "unw", "name": "UN Women Training Centre"},
      {"type": "person", "key": "p1", "name": "Jane Kato-Wallace"},
      {"type": "person", "key": "p2", "name": "Gary Barker"},
      {"type": "tag", "key": "t1", "name": "masculinities"},
      {"type": "tag", "key": "t2", "name": "training methods"},
      {"type": "collection", "key": "c1", "name": "Week 2 reading", "kind": "manual"},
      {"type": "material", "key": "a", "title": "A Manual for Gender Audit Facilitators", "year": 2007, "languages": ["en"],
       "topics": ["gender audit"], "url": "https://example.org/audit",
       "parts": {"material_organisation": [{"organisation_id": "@ilo", "role": "publisher"}],
                 "material_contributor": [{"person_id": "@p1", "role": "author"}]}},
      {"type": "material", "key": "b", "title": "Manual for gender audit facilitators", "year": 2007, "languages": ["en", "fr"],
       "topics": ["gender audit", "participatory methods"], "url": "https://example.org/other", "abstract": "The ILO methodology.",
       "parts": {"material_organisation": [{"organisation_id": "@ilo", "role": "publisher"}, {"organisation_id": "@unw", "role": "funder"}],
                 "material_contributor": [{"person_id": "@p1", "role": "author"}, {"person_id": "@p2", "role": "editor"}]}},
      {"type": "tagging", "record_id": "@a", "tag_id": "@t1"},
      {"type": "tagging", "record_id": "@b", "tag_id": "@t1"},
      {"type": "tagging", "record_id": "@b", "tag_id": "@t2"},
      {"type": "collection_item", "record_id": "@a", "collection_id": "@c1"},
      {"type": "collection_item", "record_id": "@b", "collection_id": "@c1"},
      {"type": "attachment", "owner_id": "@b", "title": "Full text", "file_name": "audit.pdf", "sha256": "abc123"}
    ]})J";
    const QHash<QString, RecordId> keys = lib.write(json);
    const RecordId a = keys.value(QStringLiteral("a"));
    const RecordId b = keys.value(QStringLiteral("b"));
    const qint64 logBefore = lib.scalar(QStringLiteral("SELECT count(*) FROM change_log"));

    RecordMerger merger(lib.db(), lib.store());
    auto merged = merger.merge(a, b);
    INFO(str(merged ? QString() : merged.error().message));
    REQUIRE(merged.ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM change_log")) > logBefore);

    auto kept = lib.store().get(a);
    REQUIRE(kept.ok());
    CHECK(kept->value(QStringLiteral("abstract")).toString() == QStringLiteral("The ILO methodology."));
    CHECK(kept->value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("en"), QStringLiteral("fr")});
    CHECK(kept->value(QStringLiteral("topics")).toStringList() ==
          QStringList{QStringLiteral("gender audit"), QStringLiteral("participatory methods")});
    CHECK(kept->value(QStringLiteral("url")).toString() == QStringLiteral("https://example.org/audit"));
    // The other URL is not lost: it is written into the notes.
    CHECK(kept->value(QStringLiteral("notes")).toString().contains(QStringLiteral("https://example.org/other")));

    auto parts = [&](const RecordId &id, const QString &type) {
        auto p = lib.store().parts(id, type);
        REQUIRE(p.ok());
        return p->size();
    };
    CHECK(parts(a, QStringLiteral("material_organisation")) == 2);
    CHECK(parts(a, QStringLiteral("material_contributor")) == 2);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM tagging t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL AND t.record_id = '%1'")
                         .arg(a.toString())) == 2);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM collection_item WHERE record_id = '%1'").arg(a.toString())) == 1);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM attachment WHERE owner_id = '%1'").arg(a.toString())) == 1);
    auto other = lib.store().get(b);
    REQUIRE(other.ok());
    CHECK(other->isTrashed());
    // The collection entry is not doubled: the kept record is in that collection already.
    CHECK(merged->movedParts == 4);

    // Undo puts everything back as it was.
    REQUIRE(merger.undo(*merged).ok());
    kept = lib.store().get(a);
    REQUIRE(kept.ok());
    CHECK(kept->value(QStringLiteral("abstract")).toString().isEmpty());
    CHECK(kept->value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("en")});
    CHECK(kept->value(QStringLiteral("notes")).toString().isEmpty());
    CHECK(parts(a, QStringLiteral("material_organisation")) == 1);
    CHECK(parts(b, QStringLiteral("material_organisation")) == 2);
    CHECK(parts(b, QStringLiteral("material_contributor")) == 2);
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM attachment WHERE owner_id = '%1'").arg(b.toString())) == 1);
    CHECK_FALSE(lib.store().get(b)->isTrashed());

    // Refusals change nothing.
    CHECK_FALSE(merger.merge(a, a).ok());
    const RecordId person = keys.value(QStringLiteral("p1"));
    CHECK_FALSE(merger.merge(a, person).ok());
}
