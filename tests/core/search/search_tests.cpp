#include "records/record_document.h"
#include "search/search_index.h"
#include "search/search_tokenizer.h"
#include "test_library.h"

#include <QJsonDocument>

#include <atomic>

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

// Everything the index holds, by record rather than by document number: the documents' columns, their
// facets, and every indexed token with its column and position.
QStringList indexContents(TestLibrary &t)
{
    QStringList out;
    auto collect = [&](const QString &sql) {
        auto stmt = t.db().prepare(sql);
        REQUIRE(stmt.ok());
        for (;;) {
            auto row = stmt->step();
            REQUIRE(row.ok());
            if (!row.value())
                break;
            QStringList cells;
            for (int c = 0; c < stmt->columnCount(); ++c)
                cells << stmt->text(c);
            out << cells.join(QLatin1Char('|'));
        }
    };
    collect(QStringLiteral("SELECT 'doc', record_id, kind, lang, year, type, dialogue, week, hash FROM search.doc"));
    collect(QStringLiteral("SELECT 'facet', d.record_id, x.facet, x.value FROM search.doc_facet x JOIN search.doc d ON d.docid = x.docid"));
    REQUIRE(t.db().exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokens USING fts5vocab(search, fts, instance)")).ok());
    collect(QStringLiteral("SELECT 'token', d.record_id, v.term, v.col, v.offset FROM temp.tokens v JOIN search.doc d ON d.docid = v.doc"));
    out.sort();
    return out;
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

TEST_CASE("A rebuilt index holds exactly what incremental updates wrote", "[search][reindex]")
{
    SearchLibrary t;
    // Owners in the trash hide their parts' documents; links, tags and custom values join their owner's.
    REQUIRE(t.store().trash(t.keys.value(QStringLiteral("en"))).ok());
    const RecordId memo = t.create(QStringLiteral("memo"), {{QStringLiteral("title"), QStringLiteral("Notas de la reunión")},
                                                             {QStringLiteral("body"), QStringLiteral("Capacitaciones: acuerdos y próximos pasos.")}});
    t.drain();
    const QStringList incremental = indexContents(t);
    REQUIRE(incremental.size() > 100);
    CHECK(incremental.filter(QStringLiteral("doc|") + memo.toString()).size() == 1);
    CHECK(incremental.filter(QStringLiteral("doc|") + t.keys.value(QStringLiteral("en")).toString()).isEmpty());

    SECTION("rebuilt by two threads")
    {
        auto n = t.library->search().rebuild();
        REQUIRE(n.ok());
        CHECK(*n == t.library->search().documentCount().value());
    }
    SECTION("rebuilt inside a transaction, on the one connection")
    {
        Transaction tx(t.db());
        REQUIRE(t.library->search().rebuild().ok());
        REQUIRE(tx.commit().ok());
    }
    const QStringList rebuilt = indexContents(t);
    CHECK(rebuilt.size() == incremental.size());
    QStringList missing;
    for (const QString &line : incremental) {
        if (!rebuilt.contains(line))
            missing << line;
    }
    INFO(str(missing.mid(0, 10).join(QLatin1Char('\n'))));
    CHECK(missing.isEmpty());
    CHECK(rebuilt == incremental);
    CHECK(*t.library->search().pending() == 0);
}

TEST_CASE("Trashing a dialogue hides its posts from a rebuilt index as from an updated one", "[search][reindex]")
{
    SearchLibrary t;
    CHECK(t.find(QStringLiteral("managers")) == QStringList{QStringLiteral("p1")});
    REQUIRE(t.store().trash(t.keys.value(QStringLiteral("vd"))).ok());
    t.drain();
    CHECK(t.find(QStringLiteral("managers")).isEmpty());
    REQUIRE(t.library->search().rebuild().ok());
    CHECK(t.find(QStringLiteral("managers")).isEmpty());
    CHECK(t.find(QStringLiteral("strengthen")).isEmpty());
    REQUIRE(t.store().restore(t.keys.value(QStringLiteral("vd"))).ok());
    REQUIRE(t.library->search().rebuild().ok());
    CHECK(t.find(QStringLiteral("managers")) == QStringList{QStringLiteral("p1")});
}

TEST_CASE("A stopped rebuild leaves the index as it was", "[search][reindex]")
{
    SearchLibrary t;
    const qint64 docs = t.library->search().documentCount().value();
    REQUIRE(t.store().update(t.keys.value(QStringLiteral("pt")), {{QStringLiteral("title"), QStringLiteral("Guia de formação")}}).ok());
    std::atomic_bool cancel{true};
    auto n = t.library->search().rebuild(&cancel);
    REQUIRE_FALSE(n.ok());
    CHECK(n.error().code == ErrorCode::Cancelled);
    CHECK(t.library->search().documentCount().value() == docs);
    CHECK(t.find(QStringLiteral("capacitaciones")).contains(QStringLiteral("es")));
    // The edit made before is still queued, and reaches the index on the next drain.
    CHECK(*t.library->search().pending() > 0);
    t.drain();
    CHECK(t.find(QStringLiteral("formacao")).contains(QStringLiteral("pt")));
}

TEST_CASE("A long queue on an empty index is built in one pass with progress", "[search][reindex]")
{
    TestLibrary t;
    {
        Transaction tx(t.db());
        for (int i = 0; i < int(SearchIndex::kBulkThreshold) + 50; ++i)
            t.create(QStringLiteral("memo"), {{QStringLiteral("title"), QStringLiteral("Memo %1").arg(i)},
                                              {QStringLiteral("body"), i % 2 ? QStringLiteral("training of trainers") : QStringLiteral("capacitación de capacitadoras")}});
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(*t.library->search().pending() >= SearchIndex::kBulkThreshold);
    qint64 lastDone = 0, lastTotal = 0;
    auto n = t.library->search().drain(0, nullptr, [&](qint64 done, qint64 total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    REQUIRE(n.ok());
    CHECK(*n == SearchIndex::kBulkThreshold + 50);
    CHECK(lastDone == *n);
    CHECK(lastTotal == *n);
    CHECK(*t.library->search().pending() == 0);
    auto trainings = t.library->search().search(QStringLiteral("trainings"));
    REQUIRE(trainings.ok());
    CHECK(trainings->total == (SearchIndex::kBulkThreshold + 50) / 2);
    auto capacitar = t.library->search().search(QStringLiteral("capacitación"));
    REQUIRE(capacitar.ok());
    CHECK(capacitar->total == (SearchIndex::kBulkThreshold + 50) / 2);
}

TEST_CASE("Tokens worked out ahead are the tokens the index would make", "[search][tokenizer]")
{
    for (const QString &text : {QStringLiteral("Capacitaciones con hombres jóvenes"), QStringLiteral("Trainings on masculinities, 2016"),
                                QStringLiteral("L'égalité des sexes — formations"), QString()}) {
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("xx")}) {
            const std::string utf8 = QString(SearchTokenizer::languageMarker(lang) + text).toStdString();
            SearchTokenizer::Tokens tokens;
            SearchTokenizer::tokenizeDocument(utf8, tokens);
            CHECK(tokens.text() == utf8);
            CHECK(tokens.matches(utf8.data(), int(utf8.size())));
            CHECK_FALSE(tokens.matches(utf8.data(), int(utf8.size()) - 1));
            CHECK((tokens.count() > 0) == !text.isEmpty());
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
