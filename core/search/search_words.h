#pragma once

#include <array>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace praxis::core {

// How the search reads the words of UTF-8 text: where each word starts and ends, its folded form (lower
// case without diacritics, the form the index keeps) and its lower-case form (what the stemmers need).
// The index's tokenizer and the match spans both read text through this, so what is marked as a match
// is what the index found.
class SearchWords {
public:
    // Longer words are cut to this many bytes in the index.
    static constexpr int kMaxToken = 64;

    struct Language {
        const char *code;      // ISO 639-1
        const char *algorithm; // the Snowball stemmer's name
    };
    static constexpr std::array<Language, 8> kLanguages{{{"en", "english"}, {"es", "spanish"}, {"fr", "french"}, {"pt", "portuguese"},
                                                         {"de", "german"}, {"it", "italian"}, {"nl", "dutch"}, {"ru", "russian"}}};

    // Calls fn(folded word, lower-case word, start byte, end byte) for each word of the text, in order;
    // a non-zero return ends the walk and is returned (0 otherwise). The strings may be changed by fn.
    template<typename Fn>
    static int forEach(const char *text, int length, Fn &&fn);

    // Folds a stem made from the lower-case word.
    static std::string foldStem(std::string_view stem);
    // Words with a digit, and words of three letters or fewer, are not stemmed.
    static bool isStemmable(const std::string &folded);

private:
    // Decodes one UTF-8 code point; returns its length in bytes (at least 1, even for bad bytes).
    static int decode(const unsigned char *p, const unsigned char *end, char32_t &cp);
    // Appends the folded form of a code point to `word` and its lower-case form to `lower`; false when
    // the code point ends a word.
    static bool foldInto(char32_t cp, std::string &word, std::string &lower);
    // ASCII letters and digits, lower-cased; 0 for everything else (ASCII ends words).
    static const std::array<char, 128> &asciiFold();
};

// The Snowball stemmer of one language. Not shared between threads.
class Stemmer {
public:
    explicit Stemmer(const char *algorithm);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // The stem of a lower-case word (valid until the next call); the word itself without a stemmer.
    std::string_view stem(const std::string &word);

private:
    sb_stemmer *m_stemmer = nullptr;
};

template<typename Fn>
int SearchWords::forEach(const char *text, int length, Fn &&fn)
{
    const std::array<char, 128> &ascii = asciiFold();
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    const auto *end = p + length;
    const auto *begin = p;
    std::string word;
    std::string lower;
    word.reserve(kMaxToken * 2);
    lower.reserve(kMaxToken * 2);
    int start = -1;
    auto flush = [&](int wordEnd) {
        const int rc = fn(word, lower, start, wordEnd);
        word.clear();
        lower.clear();
        start = -1;
        return rc;
    };
    while (p < end) {
        // Most text is ASCII: one table lookup a byte.
        if (*p < 0x80) {
            const char c = ascii[*p];
            if (c) {
                if (start < 0)
                    start = int(p - begin);
                word += c;
                lower += c;
            } else if (start >= 0) {
                if (int rc = flush(int(p - begin)); rc != 0)
                    return rc;
            }
            ++p;
            continue;
        }
        char32_t cp = 0;
        const int n = decode(p, end, cp);
        if (foldInto(cp, word, lower)) {
            if (start < 0)
                start = int(p - begin);
        } else if (start >= 0) {
            if (int rc = flush(int(p - begin)); rc != 0)
                return rc;
        }
        p += n;
    }
    if (start >= 0)
        return fn(word, lower, start, int(end - begin));
    return 0;
}

} // namespace praxis::core
