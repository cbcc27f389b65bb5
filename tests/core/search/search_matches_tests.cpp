#include "search/search_index.h"
#include "search/search_matches.h"
#include "search/search_query.h"
#include "test_library.h"

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

namespace {

// The matched passages as text, for readable assertions.
QStringList matched(const QStringList &words, const QString &text, const QString &language = QString())
{
    const SearchMatches matches(words);
    QStringList out;
    for (const SearchMatches::Span &s : matches.in(text, language))
        out << text.mid(s.start, s.length);
    return out;
}

} // namespace

TEST_CASE("Match spans fold case and accents and fall on the original characters", "[search][matches]")
{
    const QString text = QStringLiteral("Manual de CAPACITACIÓN sobre masculinidades");
    const SearchMatches matches({QStringLiteral("capacitacion")});
    const QList<SearchMatches::Span> spans = matches.in(text);
    REQUIRE(spans.size() == 1);
    CHECK(spans.first().start == 10);
    CHECK(spans.first().length == 12);
    CHECK(matched({QStringLiteral("Capacitación")}, QStringLiteral("una capacitacion")) == QStringList{QStringLiteral("capacitacion")});
}

TEST_CASE("Match spans find the word forms the stemmers join, in the text's language", "[search][matches]")
{
    CHECK(matched({QStringLiteral("trainings")}, QStringLiteral("Gender training and trainers"), QStringLiteral("en"))
          == QStringList{QStringLiteral("training")});
    CHECK(matched({QStringLiteral("capacitación")}, QStringLiteral("Las capacitaciones con hombres"), QStringLiteral("es"))
          == QStringList{QStringLiteral("capacitaciones")});
    CHECK(matched({QStringLiteral("formation")}, QStringLiteral("Les formations sur l'égalité"), QStringLiteral("fr"))
          == QStringList{QStringLiteral("formations")});
    // Without a language, the text word is tried in every stemmed language.
    CHECK(matched({QStringLiteral("resistance")}, QStringLiteral("la résistance au changement"))
          == QStringList{QStringLiteral("résistance")});
    // A word is not a part of another word.
    CHECK(matched({QStringLiteral("rain")}, QStringLiteral("training in the rain")) == QStringList{QStringLiteral("rain")});
    CHECK(matched({QStringLiteral("gender")}, QStringLiteral("engendered")).isEmpty());
}

TEST_CASE("Match spans keep phrases together and prefixes open", "[search][matches]")
{
    const QString text = QStringLiteral("gender training, training on gender, gender-based violence");
    CHECK(matched({QStringLiteral("gender training")}, text) == QStringList{QStringLiteral("gender training")});
    CHECK(matched({QStringLiteral("gender-based")}, text) == QStringList{QStringLiteral("gender-based")});
    CHECK(matched({QStringLiteral("mascul*")}, QStringLiteral("Masculinidades y masculinity"))
          == (QStringList{QStringLiteral("Masculinidades"), QStringLiteral("masculinity")}));
    // The longest phrase wins where several start at one word.
    CHECK(matched({QStringLiteral("gender"), QStringLiteral("gender training")}, text)
          == (QStringList{QStringLiteral("gender training"), QStringLiteral("gender"), QStringLiteral("gender")}));
    CHECK(SearchMatches({QStringLiteral("***"), QStringLiteral("—")}).isEmpty());
}

TEST_CASE("Match spans count UTF-16 positions past characters outside the basic plane", "[search][matches]")
{
    const QString text = QStringLiteral("🌍 Погода и 𝒜 гендерное равенство");
    const QStringList found = matched({QStringLiteral("равенство")}, text, QStringLiteral("ru"));
    CHECK(found == QStringList{QStringLiteral("равенство")});
    CHECK(matched({QStringLiteral("ГЕНДЕРНЫЙ")}, text, QStringLiteral("ru")) == QStringList{QStringLiteral("гендерное")});
}

TEST_CASE("A record the index finds for a query has a match span, and one it does not find has none", "[search][matches]")
{
    TestLibrary lib;
    struct Text {
        const char *key, *language, *title, *abstract;
    };
    const Text texts[] = {
        {"es", "es", "Manual de capacitación sobre masculinidades", "Las capacitaciones con hombres jóvenes transforman normas de género."},
        {"en", "en", "Gender training toolkit", "Trainings on masculinities, resistance and gender-based violence."},
        {"fr", "fr", "Guide de formation des formatrices", "Les formations sur l'égalité des sexes et la résistance au changement."},
        {"pt", "pt", "Guia de capacitação em gênero", "Capacitações e formações sobre igualdade de gênero."},
        {"ru", "ru", "Гендерное равенство в обучении", "Тренинги для тренеров по гендерному равенству."},
    };
    QString json = QStringLiteral("{\"records\": [");
    for (const Text &t : texts) {
        json += QStringLiteral(R"({"type": "material", "key": "%1", "languages": ["%2"], "title": "%3", "abstract": "%4", "material_type": "guide"},)")
                    .arg(QLatin1String(t.key), QLatin1String(t.language), QString::fromUtf8(t.title), QString::fromUtf8(t.abstract));
    }
    json.chop(1);
    json += QStringLiteral("]}");
    const QHash<QString, RecordId> keys = lib.write(json.toUtf8());
    REQUIRE(lib.library->search().drain().ok());

    const QStringList queries = {QStringLiteral("capacitacion"), QStringLiteral("training"), QStringLiteral("formatrice"),
                                 QStringLiteral("gênero"), QStringLiteral("genero"), QStringLiteral("masculinity"),
                                 QStringLiteral("resist*"), QStringLiteral("\"gender training\""), QStringLiteral("\"training gender\""),
                                 QStringLiteral("igualdad"), QStringLiteral("равенства"), QStringLiteral("тренинг"),
                                 QStringLiteral("hombre"), QStringLiteral("formações"), QStringLiteral("changes")};
    int found = 0;
    for (const QString &query : queries) {
        auto parsed = SearchQueryParser::parse(query);
        REQUIRE(parsed.ok());
        auto result = lib.library->search().search(query, 50);
        REQUIRE(result.ok());
        const SearchMatches matches(parsed->words);
        for (const Text &t : texts) {
            bool hit = false;
            for (const SearchHit &h : result->hits)
                hit = hit || h.id == keys.value(QLatin1String(t.key));
            const QString language = QLatin1String(t.language);
            const bool spans = !matches.in(QString::fromUtf8(t.title), language).isEmpty()
                               || !matches.in(QString::fromUtf8(t.abstract), language).isEmpty();
            INFO(str(query) << " in " << t.key);
            CHECK(hit == spans);
            found += hit ? 1 : 0;
        }
    }
    CHECK(found >= 12); // the queries are chosen to find something in most languages
}
