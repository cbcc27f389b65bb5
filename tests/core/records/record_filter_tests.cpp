#include "records/record_filter.h"
#include "test_library.h"

#include <QJsonDocument>

#include <algorithm>

using namespace praxis::core;
using praxis::test::TestLibrary;

namespace {

QStringList titles(TestLibrary &lib, const RecordFilter &filter)
{
    ListQuery q;
    q.limit = 0;
    q.filter = filter;
    auto records = lib.store().list(QStringLiteral("material"), q);
    INFO((records ? QString() : records.error().message).toStdString());
    REQUIRE(records.ok());
    QStringList out;
    for (const Record &r : *records)
        out << r.value(QStringLiteral("title")).toString();
    auto n = lib.store().count(QStringLiteral("material"), q);
    REQUIRE(n.ok());
    CHECK(*n == out.size()); // the count the table shows agrees with the rows it lists
    return out;
}

qint64 countOf(const QList<FacetCount> &counts, const QString &value)
{
    auto it = std::find_if(counts.cbegin(), counts.cend(), [&](const FacetCount &c) { return c.value == value; });
    return it == counts.cend() ? 0 : it->count;
}

FacetDef facet(TestLibrary &lib, const QString &key)
{
    const QList<FacetDef> facets = RecordFilters::facetsOf(lib.db(), QStringLiteral("material"));
    auto it = std::find_if(facets.cbegin(), facets.cend(), [&](const FacetDef &f) { return f.key == key; });
    REQUIRE(it != facets.cend());
    return *it;
}

QList<FacetCount> counts(TestLibrary &lib, const RecordFilter &filter, const QString &key)
{
    auto c = RecordFilters::count(lib.db(), QStringLiteral("material"), filter, facet(lib, key));
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return *c;
}

struct Catalogue {
    TestLibrary lib;
    QHash<QString, RecordId> ids;

    Catalogue()
    {
        ids = lib.write(R"({"records": [
            {"type": "organisation", "key": "unfpa", "name": "UNFPA"},
            {"type": "organisation", "key": "unw", "name": "UN Women"},
            {"type": "tag", "key": "gbv", "name": "Gender-based violence", "colour": "#c0392b"},
            {"type": "tag", "key": "ipv", "name": "Intimate partner violence", "parent_id": "@gbv"},
            {"type": "tag", "key": "budget", "name": "Gender budgeting"},
            {"type": "material", "key": "m1", "title": "Engaging men and boys toolkit", "material_type": "toolkit", "year": 2010,
             "languages": ["en", "es"], "topics": ["masculinities"], "audiences": ["trainers"], "countries": ["BO"],
             "parts": {"material_organisation": [{"organisation_id": "@unfpa", "role": "publisher"}]}},
            {"type": "material", "key": "m2", "title": "Manual de capacitación en género", "material_type": "manual", "year": 2014,
             "languages": ["es"], "topics": ["masculinities", "violence"], "regions": ["Latin America and the Caribbean"],
             "parts": {"material_organisation": [{"organisation_id": "@unw", "role": "publisher"}]}},
            {"type": "material", "key": "m3", "title": "Gender-responsive budgeting primer", "material_type": "guide", "year": 2002,
             "languages": ["en"], "topics": ["budgets"], "countries": ["KE", "UG"],
             "parts": {"material_organisation": [{"organisation_id": "@unw", "role": "publisher"}, {"organisation_id": "@unfpa", "role": "funder"}]}},
            {"type": "material", "key": "m4", "title": "Glossaire de l'égalité", "material_type": "glossary", "year": 2016, "languages": ["fr"]}
        ]})");
        for (const auto &[tag, material] : {std::pair{"gbv", "m2"}, std::pair{"ipv", "m1"}, std::pair{"budget", "m3"}})
            lib.create(QStringLiteral("tagging"), {{QStringLiteral("record_id"), ids.value(QLatin1String(material)).toString()},
                                                   {QStringLiteral("tag_id"), ids.value(QLatin1String(tag)).toString()}});
    }
};

} // namespace

TEST_CASE("The table's filter narrows by facets, year range and tags; values of one facet widen, facets narrow", "[filter]")
{
    Catalogue c;
    TestLibrary &lib = c.lib;
    RecordFilter f;
    CHECK(titles(lib, f).size() == 4);

    f.toggle(QStringLiteral("languages"), QStringLiteral("es"), true);
    CHECK(titles(lib, f) == QStringList{QStringLiteral("Engaging men and boys toolkit"), QString::fromUtf8("Manual de capacitación en género")});
    f.toggle(QStringLiteral("languages"), QStringLiteral("fr"), true); // any of the values
    CHECK(titles(lib, f).size() == 3);
    f.toggle(QStringLiteral("material_type"), QStringLiteral("manual"), true); // and every facet
    CHECK(titles(lib, f) == QStringList{QString::fromUtf8("Manual de capacitación en género")});
    f.toggle(QStringLiteral("material_type"), QStringLiteral("manual"), false);
    f.toggle(QStringLiteral("languages"), QStringLiteral("es"), false);
    f.toggle(QStringLiteral("languages"), QStringLiteral("fr"), false);
    CHECK(f.isEmpty());

    SECTION("year range, open at either end")
    {
        f.yearFrom = 2010;
        CHECK(titles(lib, f).size() == 3);
        f.yearTo = 2014;
        CHECK(titles(lib, f).size() == 2);
        f.yearFrom = 0;
        CHECK(titles(lib, f).size() == 3);
    }
    SECTION("organisations named in a material's parts")
    {
        f.toggle(QStringLiteral("org"), c.ids.value(QStringLiteral("unfpa")).toString(), true);
        CHECK(titles(lib, f) == QStringList{QStringLiteral("Engaging men and boys toolkit"), QStringLiteral("Gender-responsive budgeting primer")});
    }
    SECTION("a region finds records naming it or one of its countries")
    {
        f.toggle(QStringLiteral("region"), QStringLiteral("Latin America and the Caribbean"), true);
        CHECK(titles(lib, f) == QStringList{QStringLiteral("Engaging men and boys toolkit"), QString::fromUtf8("Manual de capacitación en género")});
        f.values.clear();
        f.toggle(QStringLiteral("region"), QStringLiteral("Eastern Africa"), true);
        CHECK(titles(lib, f) == QStringList{QStringLiteral("Gender-responsive budgeting primer")});
    }
    SECTION("a tag stands for its sub-tags; a trashed tagging no longer counts")
    {
        f.toggle(QStringLiteral("tag"), c.ids.value(QStringLiteral("gbv")).toString(), true);
        CHECK(titles(lib, f).size() == 2);
        f.values.clear();
        f.toggle(QStringLiteral("tag"), c.ids.value(QStringLiteral("ipv")).toString(), true);
        CHECK(titles(lib, f) == QStringList{QStringLiteral("Engaging men and boys toolkit")});
        auto tagging = lib.db().scalar(QStringLiteral("SELECT id FROM tagging WHERE tag_id = ?1"), {c.ids.value(QStringLiteral("ipv")).toString()});
        REQUIRE(tagging.ok());
        REQUIRE(lib.store().trash(RecordId(tagging->toString())).ok());
        CHECK(titles(lib, f).isEmpty());
    }
    SECTION("an unknown facet is refused in words")
    {
        f.toggle(QStringLiteral("shoe_size"), QStringLiteral("42"), true);
        ListQuery q;
        q.filter = f;
        auto r = lib.store().list(QStringLiteral("material"), q);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("shoe_size")));
    }
}

TEST_CASE("Facet counts count the records matching the rest of the filter", "[filter]")
{
    Catalogue c;
    TestLibrary &lib = c.lib;
    RecordFilter f;
    auto languages = counts(lib, f, QStringLiteral("languages"));
    CHECK(countOf(languages, QStringLiteral("es")) == 2);
    CHECK(countOf(languages, QStringLiteral("en")) == 2);
    CHECK(countOf(languages, QStringLiteral("fr")) == 1);
    CHECK(languages.first().count == 2); // most frequent first

    auto topics = counts(lib, f, QStringLiteral("topics"));
    CHECK(countOf(topics, QStringLiteral("masculinities")) == 2);
    auto types = counts(lib, f, QStringLiteral("material_type"));
    CHECK(countOf(types, QStringLiteral("toolkit")) == 1);
    CHECK(types.size() == 4);
    auto orgs = counts(lib, f, QStringLiteral("org"));
    CHECK(countOf(orgs, c.ids.value(QStringLiteral("unw")).toString()) == 2);
    CHECK(countOf(orgs, c.ids.value(QStringLiteral("unfpa")).toString()) == 2);
    auto tags = counts(lib, f, QStringLiteral("tag"));
    CHECK(countOf(tags, c.ids.value(QStringLiteral("budget")).toString()) == 1);
    // Two Kenyan-and-Ugandan countries make one record in Eastern Africa, not two.
    auto regions = counts(lib, f, QStringLiteral("region"));
    CHECK(countOf(regions, QStringLiteral("Eastern Africa")) == 1);
    CHECK(countOf(regions, QStringLiteral("Latin America and the Caribbean")) == 2);
    CHECK(countOf(regions, QStringLiteral("Africa")) == 1);

    // Choosing Spanish narrows the other facets, but not the languages' own counts.
    f.toggle(QStringLiteral("languages"), QStringLiteral("es"), true);
    CHECK(countOf(counts(lib, f, QStringLiteral("languages")), QStringLiteral("fr")) == 1);
    CHECK(countOf(counts(lib, f, QStringLiteral("material_type")), QStringLiteral("guide")) == 0);
    CHECK(countOf(counts(lib, f, QStringLiteral("topics")), QStringLiteral("masculinities")) == 2);
    // All at once (the panel's way) gives the same counts as one by one.
    const QList<FacetDef> facets = RecordFilters::facetsOf(lib.db(), QStringLiteral("material"));
    auto all = RecordFilters::countAll(lib.db(), QStringLiteral("material"), f, facets);
    REQUIRE(all.ok());
    REQUIRE(all->size() == facets.size());
    for (const FacetDef &d : facets) {
        const QList<FacetCount> single = counts(lib, f, d.key);
        const QList<FacetCount> together = all->value(d.key);
        REQUIRE(single.size() == together.size());
        for (const FacetCount &fc : single)
            CHECK(countOf(together, fc.value) == fc.count);
    }
    auto span = RecordFilters::yearSpan(lib.db(), QStringLiteral("material"), f);
    REQUIRE(span.ok());
    CHECK(*span == QPair<int, int>(2010, 2014));
}

TEST_CASE("Custom fields are facets; several choices count one by one", "[filter][custom]")
{
    Catalogue c;
    TestLibrary &lib = c.lib;
    const RecordId donor = lib.create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                       {QStringLiteral("name"), QStringLiteral("donors")},
                                                                       {QStringLiteral("label"), QStringLiteral("Donors")},
                                                                       {QStringLiteral("field_type"), QStringLiteral("multi_choice")},
                                                                       {QStringLiteral("choices"), QStringList{QStringLiteral("Sida"), QStringLiteral("Norad")}}});
    auto value = [&](const char *material, const QString &text) {
        lib.create(QStringLiteral("custom_value"), {{QStringLiteral("record_id"), c.ids.value(QLatin1String(material)).toString()},
                                                    {QStringLiteral("field_id"), donor.toString()}, {QStringLiteral("value"), text}});
    };
    value("m1", QStringLiteral("Sida; Norad"));
    value("m2", QStringLiteral("Sida"));
    auto donors = counts(lib, {}, QStringLiteral("custom:donors"));
    CHECK(countOf(donors, QStringLiteral("Sida")) == 2);
    CHECK(countOf(donors, QStringLiteral("Norad")) == 1);
    RecordFilter f;
    f.toggle(QStringLiteral("custom:donors"), QStringLiteral("norad"), true);
    CHECK(titles(lib, f) == QStringList{QStringLiteral("Engaging men and boys toolkit")});
}

TEST_CASE("Collections: manual ones list their entries, smart ones apply their saved filter", "[filter][collections]")
{
    Catalogue c;
    TestLibrary &lib = c.lib;
    const RecordId manual = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Workshop pack")},
                                                                      {QStringLiteral("kind"), QStringLiteral("manual")}});
    lib.create(QStringLiteral("collection_item"), {{QStringLiteral("collection_id"), manual.toString()},
                                                   {QStringLiteral("record_id"), c.ids.value(QStringLiteral("m4")).toString()}});
    RecordFilter inCollection;
    inCollection.collection = manual.toString();
    CHECK(titles(lib, inCollection) == QStringList{QString::fromUtf8("Glossaire de l'égalité")});

    RecordFilter saved;
    saved.toggle(QStringLiteral("languages"), QStringLiteral("es"), true);
    saved.yearFrom = 2012;
    const QJsonObject query{{QStringLiteral("type"), QStringLiteral("material")}, {QStringLiteral("filter"), saved.toJson()}};
    const RecordId smart = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Recent in Spanish")},
                                                                     {QStringLiteral("kind"), QStringLiteral("smart")},
                                                                     {QStringLiteral("query"), QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact))}});
    RecordFilter bySmart;
    bySmart.collection = smart.toString();
    CHECK(titles(lib, bySmart) == QStringList{QString::fromUtf8("Manual de capacitación en género")});
    // A saved filter round-trips through its JSON form.
    auto back = RecordFilter::fromJson(saved.toJson());
    REQUIRE(back.ok());
    CHECK(*back == saved);

    // A smart collection that names itself is refused instead of looping.
    RecordFilter loop;
    loop.collection = QStringLiteral("self");
    const RecordId selfish = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Loop")}, {QStringLiteral("kind"), QStringLiteral("smart")}});
    loop.collection = selfish.toString();
    const QJsonObject loopQuery{{QStringLiteral("filter"), loop.toJson()}};
    REQUIRE(lib.store().update(selfish, {{QStringLiteral("query"), QString::fromUtf8(QJsonDocument(loopQuery).toJson(QJsonDocument::Compact))}}).ok());
    ListQuery q;
    q.filter = loop;
    auto r = lib.store().list(QStringLiteral("material"), q);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("itself")));
}

TEST_CASE("Tags count their sub-tags' records once; collections count their live entries", "[filter][collections]")
{
    Catalogue c;
    TestLibrary &lib = c.lib;
    const QString gbv = c.ids.value(QStringLiteral("gbv")).toString();
    const QString ipv = c.ids.value(QStringLiteral("ipv")).toString();
    // m1 also tagged with the parent: still one record under it.
    lib.create(QStringLiteral("tagging"), {{QStringLiteral("record_id"), c.ids.value(QStringLiteral("m1")).toString()}, {QStringLiteral("tag_id"), gbv}});
    auto tags = RecordFilters::memberCounts(lib.db(), true);
    REQUIRE(tags.ok());
    CHECK(tags->value(gbv) == 2);
    CHECK(tags->value(ipv) == 1);
    auto type = RecordFilters::mostCommonType(lib.db(), true, gbv);
    REQUIRE(type.ok());
    CHECK(*type == QStringLiteral("material"));

    const RecordId pack = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Pack")}, {QStringLiteral("kind"), QStringLiteral("manual")}});
    for (const char *key : {"m1", "m4", "unfpa"})
        lib.create(QStringLiteral("collection_item"), {{QStringLiteral("collection_id"), pack.toString()},
                                                       {QStringLiteral("record_id"), c.ids.value(QLatin1String(key)).toString()}});
    REQUIRE(lib.store().trash(c.ids.value(QStringLiteral("m4"))).ok());
    auto collections = RecordFilters::memberCounts(lib.db(), false);
    REQUIRE(collections.ok());
    CHECK(collections->value(pack.toString()) == 2); // the trashed material no longer counts
    auto empty = RecordFilters::mostCommonType(lib.db(), false, QStringLiteral("no-such-collection"));
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}
