#include "duplicates.h"
#include "record_document.h"
#include "search_index.h"
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
        RecordDocument writer(db(), store());
        auto summary = writer.write(QJsonDocument::fromJson(json).object());
        INFO(str(summary ? QString() : summary.error().message));
        REQUIRE(summary.ok());
        keys = summary->keys;
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
