#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace praxis::core {

class Database;

// The search index's tokenizer, registered with SQLite's FTS5 as "praxis".
//
// Text is split into words, folded (lower case, diacritics removed: "Capacitación" -> "capacitacion"),
// and each word of a document is indexed under its Snowball stem in the document's language together
// with its folded form, at the same position (so prefixes and phrases still work). A query word is looked
// up under its folded form and its stem in every supported language, so a query finds documents whatever
// their language. The document language travels at the start of the indexed text as a marker made by
// languageMarker(), which the tokenizer reads and skips.
class SearchTokenizer {
public:
    static constexpr const char *kName = "praxis";
    // praxis_rank(fts, weight per column…, document frequency per phrase…): bm25 with the frequencies given.
    static constexpr const char *kRankFunction = "praxis_rank";

    static Status registerWith(Database &db);
    static QString languageMarker(const QString &language);
    // Removes language markers from text FTS5 hands back (snippets, highlights).
    static QString stripMarkers(const QString &text);
    // ISO 639-1 codes with a stemmer.
    static QStringList stemmedLanguages();

    // Exposed for tests and the query builder.
    static std::string fold(std::string_view word);
    // The folded stem of a word in a language (the word keeps its accents until stemmed).
    static std::string stem(const QString &language, const std::string &word);
};

} // namespace praxis::core
