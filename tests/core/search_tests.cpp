#include "record_document.h"
#include "search_index.h"
#include "search_tokenizer.h"
#include "test_library.h"

#include <QJsonDocument>

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

namespace {

struct SearchLibrary : TestLibrary {
    QHash<QString, RecordId> keys;

    SearchLibrary()
    {
        const QByteArray json = R"J({"records": [
          {"type": "organisation", "key": "unfpa", "name": "United Nations Population Fund", "acronym": "UNFPA", "kind": "un_entity"},
          {"type": "organisation", "key": "tc", "name": "UN Women Training Centre", "kind": "un_entity"},
          {"type": "person", "key": "jane", "name": "Jane Kato-Wallace", "affiliation_text": "Promundo-US"},
          {"type": "tag", "key": "vaw", "name": "violence against women"},
          {"type": "tag", "key": "ipv", "name": "intimate partner violence", "parent_id": "@vaw"},
          {"type": "custom_field", "key": "cf", "record_type": "material", "name": "donor", "field_type": "text"},
          {"type": "material", "key": "es", "title": "Manual de capacitación sobre masculinidades", "languages": ["es"],
           "material_type": "toolkit", "year": 2012, "countries": ["BO", "PE"], "regions": ["Latin America and the Caribbean"],
           "abstract": "Las capacitaciones con hombres jóvenes transforman normas de género.",
           "parts": {"material_organisation": [{"organisation_id": "@unfpa", "role": "publisher"}],
                     "material_contributor": [{"person_id": "@jane", "role": "author"}]}},
          {"type": "material", "key": "en", "title": "Gender training toolkit", "languages": ["en"], "material_type": "toolkit",
           "year": 2009, "abstract": "Trainings on masculinities, resistance and gender-based violence.", "countries": ["KE"]},
          {"type": "material", "key": "fr", "title": "Guide de formation des formatrices", "languages": ["fr"], "material_type": "guide",
           "year": 2015, "abstract": "Les formations sur l'égalité des sexes et la résistance au changement."},
          {"type": "material", "key": "pt", "title": "Guia de capacitação em gênero", "languages": ["pt"], "material_type": "guide",
           "year": 2016, "abstract": "Capacitações e formações sobre igualdade de gênero."},
          {"type": "tagging", "record_id": "@es", "tag_id": "@ipv"},
          {"type": "custom_value", "record_id": "@en", "field_id": "@cf", "value": "Sida"},
          {"type": "attachment", "owner_id": "@fr", "title": "Guide complet", "file_name": "guide.pdf"},
          {"type": "dialogue", "key": "vd", "title": "Virtual Dialogue on the Compendium of Good Practices", "kind": "virtual_dialogue",
           "number": "7", "start_date": "2016-08-29", "languages": ["en"], "organiser_id": "@tc",
           "parts": {"dialogue_phase": [{"key": "w1", "title": "Week 1", "parts": {"key_question": [{"text": "What is a good practice?"}]}},
                                        {"key": "w2", "title": "Week 2", "parts": {"key_question": [{"text": "What challenges and opportunities?"}]}}],
                     "thread": [{"key": "t2", "title": "Lessons learned", "phase_id": "@w2"}],
                     "recommendation": [{"number": "(i)", "text": "Strengthen follow-up of training outcomes.", "responsible_org_id": "@tc"}]}},
          {"type": "post", "key": "p1", "thread_id": "@t2", "author_id": "@jane", "posted_at": "2016-09-06T10:00:00",
           "subject": "Resistance", "body": "We met strong resistance from senior managers during the training."}
        ]})J";
        keys = write(json);
        drain();
    }

    void drain()
    {
        auto n = library->search().drain();
        INFO(str(n ? QString() : n.error().message));
        REQUIRE(n.ok());
    }

    QStringList find(const QString &query)
    {
        auto r = library->search().search(query, 50);
        INFO(str(query));
        INFO(str(r ? QString() : r.error().message));
        REQUIRE(r.ok());
        QStringList found;
        for (const SearchHit &h : r->hits) {
            const QString key = keys.key(h.id);
            found << (key.isEmpty() ? h.id.toString() : key);
        }
        found.sort();
        return found;
    }
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

TEST_CASE("Folding removes case and diacritics", "[search][tokenizer]")
{
    CHECK(SearchTokenizer::fold("Capacitación") == "capacitacion");
    CHECK(SearchTokenizer::fold("ÉGALITÉ des Sexes") == "egalite des sexes");
    CHECK(SearchTokenizer::fold("Gênero, formação") == "genero formacao");
    CHECK(SearchTokenizer::fold("Straße Œuvre") == "strasse oeuvre");
    CHECK(SearchTokenizer::fold("Kato-Wallace's") == "kato wallace s");
    CHECK(SearchTokenizer::stem(QStringLiteral("es"), "capacitaciones") == SearchTokenizer::stem(QStringLiteral("es"), "Capacitación"));
    CHECK(SearchTokenizer::stem(QStringLiteral("es"), "Capacitación") == "capacit");
    CHECK(SearchTokenizer::stem(QStringLiteral("en"), "trainings") == SearchTokenizer::stem(QStringLiteral("en"), "training"));
    CHECK(SearchTokenizer::stem(QStringLiteral("fr"), "formations") == SearchTokenizer::stem(QStringLiteral("fr"), "formation"));
    CHECK(SearchTokenizer::stem(QStringLiteral("pt"), "capacitações") == SearchTokenizer::stem(QStringLiteral("pt"), "capacitação"));
    CHECK(SearchTokenizer::stem(QStringLiteral("fr"), "Égalité") == "egal");
}

TEST_CASE("Stemming and diacritics in each language find the other forms of a word", "[search][stemming]")
{
    SearchLibrary t;
    // Spanish and Portuguese share the stem: a query matches across languages.
    CHECK(t.find(QStringLiteral("capacitaciones")) == sorted({QStringLiteral("es"), QStringLiteral("pt")}));
    CHECK(t.find(QStringLiteral("capacitacion")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("trainings")).contains(QStringLiteral("en")));
    CHECK(t.find(QStringLiteral("training")).contains(QStringLiteral("en")));
    CHECK(t.find(QStringLiteral("egalite")) == QStringList{QStringLiteral("fr")});
    CHECK(t.find(QStringLiteral("formation")).contains(QStringLiteral("fr")));
    CHECK(t.find(QStringLiteral("capacitações")) == sorted({QStringLiteral("es"), QStringLiteral("pt")}));
    CHECK(t.find(QStringLiteral("capacitacao")) == QStringList{QStringLiteral("pt")});
    CHECK(t.find(QStringLiteral("GÊNERO")).contains(QStringLiteral("pt")));
    // Across languages: a Spanish and an English record both answer "masculinities".
    CHECK(t.find(QStringLiteral("masculinities")) == sorted({QStringLiteral("en"), QStringLiteral("es")}));
}

TEST_CASE("Phrases - prefixes - OR and exclusion", "[search][query]")
{
    SearchLibrary t;
    CHECK(t.find(QStringLiteral("\"gender training\"")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("\"training gender\"")).isEmpty());
    CHECK(t.find(QStringLiteral("masculin*")) == sorted({QStringLiteral("en"), QStringLiteral("es")}));
    CHECK(t.find(QStringLiteral("toolkit OR guia")) == sorted({QStringLiteral("en"), QStringLiteral("pt")}));
    CHECK(t.find(QStringLiteral("toolkit OR guia trainings")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("masculinities -toolkit")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("resistance -\"senior managers\"")) == sorted({QStringLiteral("en"), QStringLiteral("fr")}));
    CHECK(t.find(QStringLiteral("resistance")) == sorted({QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("p1")}));
}

TEST_CASE("Every filter narrows the results", "[search][filters]")
{
    SearchLibrary t;
    CHECK(t.find(QStringLiteral("type:toolkit")) == sorted({QStringLiteral("en"), QStringLiteral("es")}));
    CHECK(t.find(QStringLiteral("kind:post")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("kind:posts resistance")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("lang:es")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("lang:French")) == QStringList{QStringLiteral("fr")});
    CHECK(t.find(QStringLiteral("kind:material year:2010..2016")) == sorted({QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt")}));
    CHECK(t.find(QStringLiteral("kind:material year:..2010")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("kind:material year:2016")) == QStringList{QStringLiteral("pt")});
    CHECK(t.find(QStringLiteral("country:bo")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("region:\"Latin America\"")) == QStringList{QStringLiteral("es")});
    // Regions of the countries count too: the Kenyan toolkit names no region.
    CHECK(t.find(QStringLiteral("region:\"Eastern Africa\"")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("region:africa")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("region:\"South America\"")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("org:UNFPA kind:material")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("person:\"Jane Kato-Wallace\" kind:material")) == QStringList{QStringLiteral("es")});
    CHECK(t.find(QStringLiteral("person:\"Jane Kato-Wallace\" kind:post")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("tag:\"violence against women\"")) == QStringList{QStringLiteral("es")}); // through the child tag
    CHECK(t.find(QStringLiteral("has:attachment")) == QStringList{QStringLiteral("fr")});
    CHECK(t.find(QStringLiteral("dialogue:7 kind:post")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("week:2")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("week:1")).isEmpty());
    CHECK(t.find(QStringLiteral("donor:sida")) == QStringList{QStringLiteral("en")});
    CHECK(t.find(QStringLiteral("title:guide")) == QStringList{QStringLiteral("fr")});
    CHECK(t.find(QStringLiteral("type:toolkit -lang:es")) == QStringList{QStringLiteral("en")});
    // Words with filters that confine the search to the documents of one kind or type.
    CHECK(t.find(QStringLiteral("masculinities type:toolkit")) == sorted({QStringLiteral("en"), QStringLiteral("es")}));
    CHECK(t.find(QStringLiteral("formation type:guide")) == t.find(QStringLiteral("formation kind:material")));
    CHECK(t.find(QStringLiteral("capacitación type:guide")) == QStringList{QStringLiteral("pt")});
    CHECK(t.find(QStringLiteral("resistance kind:material")) == sorted({QStringLiteral("en"), QStringLiteral("fr")}));
    CHECK(t.find(QStringLiteral("resistance -kind:material")) == QStringList{QStringLiteral("p1")});
    CHECK(t.find(QStringLiteral("resistance kind:post kind:material")).isEmpty());
    CHECK(t.find(QStringLiteral("training type:video")).isEmpty());
}

TEST_CASE("Facet counts describe the matching records", "[search][facets]")
{
    SearchLibrary t;
    auto facets = t.library->search().facets(QStringLiteral("kind:material"));
    REQUIRE(facets.ok());
    QHash<QString, QHash<QString, qint64>> counts;
    QHash<QString, QString> labels;
    for (const FacetGroup &g : *facets) {
        for (const FacetValue &v : g.values) {
            counts[g.name][v.value] = v.count;
            labels[v.value] = v.label;
        }
    }
    CHECK(counts[QStringLiteral("kind")][QStringLiteral("material")] == 4);
    CHECK(counts[QStringLiteral("type")][QStringLiteral("toolkit")] == 2);
    CHECK(counts[QStringLiteral("type")][QStringLiteral("guide")] == 2);
    CHECK(counts[QStringLiteral("lang")][QStringLiteral("es")] == 1);
    CHECK(counts[QStringLiteral("year")][QStringLiteral("2012")] == 1);
    CHECK(counts[QStringLiteral("country")][QStringLiteral("PE")] == 1);
    CHECK(counts[QStringLiteral("org")][t.keys.value(QStringLiteral("unfpa")).toString()] == 1);
    CHECK(labels[t.keys.value(QStringLiteral("unfpa")).toString()] == QStringLiteral("United Nations Population Fund"));
}

TEST_CASE("Edits - trash - restore and purge reach the index", "[search][incremental]")
{
    SearchLibrary t;
    const RecordId en = t.keys.value(QStringLiteral("en"));
    REQUIRE(t.store().update(en, {{QStringLiteral("abstract"), QStringLiteral("Sessions on participatory budgeting.")}}).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("budgeting")) == QStringList{QStringLiteral("en")});
    CHECK_FALSE(t.find(QStringLiteral("masculinities")).contains(QStringLiteral("en")));

    // A part's edit reaches its owner's document.
    auto phases = t.store().parts(t.keys.value(QStringLiteral("vd")), QStringLiteral("dialogue_phase"));
    REQUIRE(phases.ok());
    auto questions = t.store().parts(phases->first().id, QStringLiteral("key_question"));
    REQUIRE(t.store().update(questions->first().id, {{QStringLiteral("text"), QStringLiteral("Which criteria define transformative practice?")}}).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("transformative criteria")) == QStringList{QStringLiteral("vd")});

    // Trashing the dialogue hides it and its posts; restoring brings both back.
    REQUIRE(t.store().trash(t.keys.value(QStringLiteral("vd"))).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("resistance")) == QStringList{QStringLiteral("fr")});
    REQUIRE(t.store().restore(t.keys.value(QStringLiteral("vd"))).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("resistance")) == sorted({QStringLiteral("fr"), QStringLiteral("p1")}));

    // Renaming a person reaches the documents that name them.
    REQUIRE(t.store().update(t.keys.value(QStringLiteral("jane")), {{QStringLiteral("name"), QStringLiteral("Jane Okonkwo")}}).ok());
    t.drain();
    t.drain();
    CHECK(t.find(QStringLiteral("okonkwo")).contains(QStringLiteral("es")));

    REQUIRE(t.store().purge(t.keys.value(QStringLiteral("fr"))).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("egalite")).isEmpty());
    CHECK(*t.library->search().pending() == 0);
}

TEST_CASE("A rebuilt index gives the same results as incremental updates", "[search][reindex]")
{
    SearchLibrary t;
    REQUIRE(t.store().update(t.keys.value(QStringLiteral("pt")), {{QStringLiteral("title"), QStringLiteral("Guia de formação")}}).ok());
    REQUIRE(t.store().trash(t.keys.value(QStringLiteral("es"))).ok());
    t.drain();
    const QStringList queries{QStringLiteral("formacao"), QStringLiteral("gender"), QStringLiteral("resistance"), QStringLiteral("kind:material"),
                              QStringLiteral("masculin*"), QStringLiteral("type:guide"), QStringLiteral("\"good practice\"")};
    QList<QList<SearchHit>> before;
    for (const QString &q : queries)
        before << t.library->search().search(q).value().hits;
    const qint64 docs = t.library->search().documentCount().value();
    REQUIRE(t.library->search().rebuild().ok());
    CHECK(t.library->search().documentCount().value() == docs);
    for (int i = 0; i < queries.size(); ++i) {
        INFO(str(queries.at(i)));
        const QList<SearchHit> after = t.library->search().search(queries.at(i)).value().hits;
        REQUIRE(after.size() == before.at(i).size());
        for (int k = 0; k < after.size(); ++k) {
            CHECK(after.at(k).id == before.at(i).at(k).id);
            CHECK(after.at(k).snippet == before.at(i).at(k).snippet);
        }
    }
}

TEST_CASE("Hostile queries get a message or a plain search and never an SQL error", "[search][hostile]")
{
    SearchLibrary t;
    const QStringList hostile{
        QStringLiteral("\"unclosed"),
        QStringLiteral("NEAR(training gender, 2)"),
        QStringLiteral("*"),
        QStringLiteral("^"),
        QStringLiteral("^training"),
        QStringLiteral("title: body:"),
        QStringLiteral("{title}: gender"),
        QStringLiteral("body:training"),
        QStringLiteral("gender AND NOT OR"),
        QStringLiteral("'; DROP TABLE material; --"),
        QStringLiteral("a\"b\"c"),
        QStringLiteral("year:abc"),
        QStringLiteral("year:2016..2010"),
        QStringLiteral("week:x"),
        QStringLiteral("OR"),
        QStringLiteral("training OR"),
        QStringLiteral("-training"),
        QStringLiteral("kind:poster"),
        QString(10000, QLatin1Char('x')),
        QStringLiteral("train") + QChar(0) + QStringLiteral("ing"),
        QStringLiteral("(((("),
        QStringLiteral("\"\""),
        QStringLiteral("-"),
        QStringLiteral("tag:\"a\"b\""),
    };
    for (const QString &q : hostile) {
        INFO(str(q.left(60)));
        auto r = t.library->search().search(q);
        if (!r) {
            CHECK(r.error().code == ErrorCode::Invalid);
            CHECK_FALSE(r.error().message.contains(QStringLiteral("fts5")));
            CHECK_FALSE(r.error().message.contains(QStringLiteral("SQL")));
        }
        auto f = t.library->search().facets(q);
        if (!f)
            CHECK(f.error().code == ErrorCode::Invalid);
    }
    CHECK(*t.store().count(QStringLiteral("material"), {}) == 4);
    auto msg = t.library->search().search(QStringLiteral("gender \"oops"));
    REQUIRE_FALSE(msg.ok());
    CHECK(msg.error().message.contains(QStringLiteral("character 8")));
}

TEST_CASE("Ranking: titles above bodies, and a rare word above a common one", "[search][ranking]")
{
    SearchLibrary t;
    // Twenty records that all speak of monitoring, in their bodies; one names it in its title.
    for (int i = 0; i < 20; ++i)
        t.write(QStringLiteral(R"({"records": [{"type": "material", "title": "Session notes %1", "abstract": "Monitoring of the training, monitoring again."}]})")
                    .arg(i)
                    .toUtf8());
    const auto ids = t.write(R"({"records": [
        {"type": "material", "key": "titled", "title": "Monitoring gender training", "abstract": "A short guide."},
        {"type": "material", "key": "rare", "title": "Field diary", "abstract": "Notes on monitoring and on femicide prevention."}
    ]})");
    t.drain();
    auto ranked = [&](const QString &query) {
        auto r = t.library->search().search(query, 50);
        INFO(str(r ? QString() : r.error().message));
        REQUIRE(r.ok());
        REQUIRE_FALSE(r->hits.isEmpty());
        for (int i = 1; i < r->hits.size(); ++i)
            CHECK(r->hits.at(i - 1).score <= r->hits.at(i).score); // best first
        return *r;
    };
    // The one word in a title comes first.
    CHECK(ranked(QStringLiteral("monitoring")).hits.first().id == ids.value(QStringLiteral("titled")));
    // Of two words, the rare one weighs more: the only record with "femicide" leads, though every
    // other record has "monitoring" more often.
    const SearchResults either = ranked(QStringLiteral("femicide OR monitoring"));
    CHECK(either.hits.first().id == ids.value(QStringLiteral("rare")));
    CHECK(either.total == 22);
}
