#pragma once

#include "storage/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

    // The tokens of one text to be indexed, worked out ahead of the insert (on any thread), so that
    // the thread writing the index spends no time on folding and stemming.
    class Tokens {
    public:
        void clear();
        const std::string &text() const { return m_text; }
        size_t count() const { return m_tokens.size(); }
        bool matches(const char *text, int length) const;
        int replay(void *ctx, int (*emit)(void *, int, const char *, int, int, int)) const;

    private:
        friend class SearchTokenizer;
        struct Token {
            uint32_t offset; // into m_arena
            int length;
            int flags;
            int start;
            int end;
        };
        std::string m_text;
        std::string m_arena;
        std::vector<Token> m_tokens;
    };
    // Tokenizes UTF-8 text (with its language marker) as the index would.
    static void tokenizeDocument(std::string text, Tokens &out);

    // While in scope, inserts on this thread of exactly these texts take their tokens from them
    // instead of tokenizing again; any other text is tokenized as usual.
    class PreparedScope {
    public:
        explicit PreparedScope(const std::vector<const Tokens *> &texts);
        ~PreparedScope();
        PreparedScope(const PreparedScope &) = delete;
        PreparedScope &operator=(const PreparedScope &) = delete;

    private:
        const std::vector<const Tokens *> *m_previous;
    };
};

} // namespace praxis::core
