#include "search/search_matches.h"

#include "search/search_words.h"

#include <algorithm>

namespace praxis::core {

namespace {

void addForm(std::vector<std::string> &forms, std::string form)
{
    if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end())
        forms.push_back(std::move(form));
}

} // namespace

SearchMatches::SearchMatches(const QStringList &words)
{
    for (const SearchWords::Language &l : SearchWords::kLanguages)
        m_stemmers.push_back(std::make_unique<Stemmer>(l.algorithm));
    for (QString text : words) {
        bool prefix = false;
        while (text.endsWith(QLatin1Char('*'))) {
            text.chop(1);
            prefix = true;
        }
        const std::string utf8 = text.toStdString();
        std::vector<Term> phrase;
        SearchWords::forEach(utf8.data(), int(utf8.size()), [&](std::string &word, std::string &lower, int, int) {
            if (word.size() > SearchWords::kMaxToken)
                word.resize(SearchWords::kMaxToken);
            Term term;
            term.forms.push_back(word);
            // As the query tokenizer: a word also stands for its stem in every language, with and
            // without its accents; a prefix stands for itself only.
            if (SearchWords::isStemmable(word)) {
                for (auto &stemmer : m_stemmers) {
                    addForm(term.forms, SearchWords::foldStem(stemmer->stem(lower)));
                    addForm(term.forms, SearchWords::foldStem(stemmer->stem(word)));
                }
            }
            phrase.push_back(std::move(term));
            return 0;
        });
        if (phrase.empty())
            continue;
        if (prefix) {
            phrase.back().prefix = true;
            phrase.back().forms.resize(1);
        }
        m_phrases.push_back(std::move(phrase));
    }
}

SearchMatches::~SearchMatches() = default;

bool SearchMatches::matches(const Term &term, const Word &word) const
{
    for (const std::string &form : word.forms) {
        if (term.prefix) {
            if (form.compare(0, term.forms.front().size(), term.forms.front()) == 0)
                return true;
        } else if (std::find(term.forms.begin(), term.forms.end(), form) != term.forms.end()) {
            return true;
        }
    }
    return false;
}

QList<SearchMatches::Span> SearchMatches::in(const QString &text, const QString &language) const
{
    QList<Span> spans;
    if (m_phrases.empty() || text.isEmpty())
        return spans;
    int languageIndex = -1;
    for (size_t i = 0; i < SearchWords::kLanguages.size(); ++i) {
        if (language == QLatin1String(SearchWords::kLanguages[i].code))
            languageIndex = int(i);
    }

    const std::string utf8 = text.toStdString();
    std::vector<Word> words;
    SearchWords::forEach(utf8.data(), int(utf8.size()), [&](std::string &folded, std::string &lower, int start, int end) {
        if (folded.size() > SearchWords::kMaxToken)
            folded.resize(SearchWords::kMaxToken);
        Word w;
        w.start = start;
        w.end = end;
        w.forms.push_back(folded);
        if (SearchWords::isStemmable(folded)) {
            if (languageIndex >= 0) {
                addForm(w.forms, SearchWords::foldStem(m_stemmers[size_t(languageIndex)]->stem(lower)));
            } else {
                for (auto &stemmer : m_stemmers)
                    addForm(w.forms, SearchWords::foldStem(stemmer->stem(lower)));
            }
        }
        words.push_back(std::move(w));
        return 0;
    });

    // UTF-8 byte offsets to UTF-16 positions, walking forward only (spans come in order).
    int byte = 0;
    qsizetype position = 0;
    auto toUtf16 = [&](int target) {
        while (byte < target) {
            const auto c = static_cast<unsigned char>(utf8[size_t(byte)]);
            if ((c & 0xC0) != 0x80)
                position += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
            ++byte;
        }
        return position;
    };

    for (size_t i = 0; i < words.size();) {
        size_t longest = 0;
        for (const std::vector<Term> &phrase : m_phrases) {
            if (phrase.size() <= longest || i + phrase.size() > words.size())
                continue;
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k)
                all = matches(phrase[k], words[i + k]);
            if (all)
                longest = phrase.size();
        }
        if (longest == 0) {
            ++i;
            continue;
        }
        const qsizetype start = toUtf16(words[i].start);
        const qsizetype end = toUtf16(words[i + longest - 1].end);
        spans.append({start, end - start});
        i += longest;
    }
    return spans;
}

} // namespace praxis::core
