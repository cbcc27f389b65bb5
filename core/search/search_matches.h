#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace praxis::core {

class Stemmer;

// Where the words of a search are in a text, found the way the index finds them: the same word
// boundaries, folding (case and accents) and stems, so what a form marks is what the search matched.
//
// The words are those of ParsedQuery::words: each is a word or a phrase (its words must follow one
// another), and a trailing * makes its last word a prefix. A word of the text matches a word of the
// search when their folded forms are equal or when the text word's stem is one of the search word's
// stems in any language; the text word is stemmed in the text's language when it is given (as the
// index does), in every stemmed language otherwise.
class SearchMatches {
public:
    struct Span {
        qsizetype start = 0;  // UTF-16 position in the text
        qsizetype length = 0; // UTF-16 code units
        bool operator==(const Span &) const = default;
    };

    explicit SearchMatches(const QStringList &words);
    ~SearchMatches();
    SearchMatches(const SearchMatches &) = delete;
    SearchMatches &operator=(const SearchMatches &) = delete;

    bool isEmpty() const { return m_phrases.empty(); }
    // The matches in `text`, in order and not overlapping. `language` is an ISO 639-1 code or empty.
    QList<Span> in(const QString &text, const QString &language = QString()) const;

private:
    struct Term {
        std::vector<std::string> forms; // the folded word and its stems
        bool prefix = false;
    };
    struct Word {
        std::vector<std::string> forms; // the folded word and its stem(s)
        int start = 0; // bytes into the UTF-8 text
        int end = 0;
    };
    bool matches(const Term &term, const Word &word) const;

    std::vector<std::vector<Term>> m_phrases;
    std::vector<std::unique_ptr<Stemmer>> m_stemmers; // one per SearchWords::kLanguages
};

} // namespace praxis::core
