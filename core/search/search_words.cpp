#include "search/search_words.h"

#include <QChar>
#include <QString>

#include <libstemmer.h>

#include <algorithm>
#include <vector>

namespace praxis::core {

namespace {

// Folded form of every code point below 0x2500 that is not ASCII, built once from Unicode data:
// lower case, canonical decomposition without the marks, and a few letters that do not decompose.
class FoldTable {
public:
    static const FoldTable &instance()
    {
        static const FoldTable table;
        return table;
    }
    // Empty string: the code point is not part of a word. "\0"-free UTF-8 otherwise.
    const std::string &fold(char32_t cp) const { return m_fold[cp]; }
    static constexpr char32_t kSize = 0x2500;

private:
    FoldTable() : m_fold(kSize)
    {
        for (char32_t cp = 0x80; cp < kSize; ++cp) {
            if (QChar::category(cp) == QChar::Mark_NonSpacing || QChar::category(cp) == QChar::Mark_SpacingCombining
                || QChar::category(cp) == QChar::Mark_Enclosing) {
                m_fold[cp] = std::string("\x01"); // joins the word, adds nothing
                continue;
            }
            if (!QChar::isLetterOrNumber(cp))
                continue;
            QString s = QString::fromUcs4(&cp, 1).toLower().normalized(QString::NormalizationForm_KD);
            QString out;
            for (QChar c : std::as_const(s)) {
                if (c.category() != QChar::Mark_NonSpacing)
                    out += c;
            }
            if (cp == 0x00DF)
                out = QStringLiteral("ss");
            else if (cp == 0x00E6 || cp == 0x00C6)
                out = QStringLiteral("ae");
            else if (cp == 0x0153 || cp == 0x0152)
                out = QStringLiteral("oe");
            else if (cp == 0x00F8 || cp == 0x00D8)
                out = QStringLiteral("o");
            else if (cp == 0x0111 || cp == 0x0110)
                out = QStringLiteral("d");
            else if (cp == 0x0142 || cp == 0x0141)
                out = QStringLiteral("l");
            m_fold[cp] = out.isEmpty() ? std::string("\x01") : out.toStdString();
        }
    }
    std::vector<std::string> m_fold;
};

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

int SearchWords::decode(const unsigned char *p, const unsigned char *end, char32_t &cp)
{
    const unsigned char c = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0 && cont(1)) {
        cp = (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        cp = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return 4;
    }
    cp = 0xFFFD;
    return 1;
}

bool SearchWords::foldInto(char32_t cp, std::string &word, std::string &lower)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            word += char(cp);
            lower += char(cp);
            return true;
        }
        if (cp >= 'A' && cp <= 'Z') {
            word += char(cp + 32);
            lower += char(cp + 32);
            return true;
        }
        return false;
    }
    if (cp < FoldTable::kSize) {
        const std::string &f = FoldTable::instance().fold(cp);
        if (f.empty())
            return false;
        if (f[0] != '\x01')
            word += f;
        appendUtf8(lower, QChar::toLower(cp));
        return true;
    }
    const QChar::Category cat = QChar::category(cp);
    if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing) {
        appendUtf8(lower, cp);
        return true;
    }
    if (!QChar::isLetterOrNumber(cp))
        return false;
    appendUtf8(word, QChar::toLower(cp));
    appendUtf8(lower, QChar::toLower(cp));
    return true;
}


const std::array<char, 128> &SearchWords::asciiFold()
{
    static const std::array<char, 128> table = [] {
        std::array<char, 128> t{};
        for (int c = '0'; c <= '9'; ++c)
            t[size_t(c)] = char(c);
        for (int c = 'a'; c <= 'z'; ++c)
            t[size_t(c)] = char(c);
        for (int c = 'A'; c <= 'Z'; ++c)
            t[size_t(c)] = char(c + 32);
        return t;
    }();
    return table;
}

std::string SearchWords::foldStem(std::string_view stem)
{
    if (std::all_of(stem.begin(), stem.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        return std::string(stem);
    std::string out;
    forEach(stem.data(), int(stem.size()), [&](const std::string &w, const std::string &, int, int) {
        out += w;
        return 0;
    });
    return out;
}

bool SearchWords::isStemmable(const std::string &folded)
{
    for (unsigned char c : folded) {
        if (c >= '0' && c <= '9')
            return false;
    }
    // Snowball leaves words of three letters or fewer alone in practice; skipping them saves the most frequent words.
    return folded.size() >= 4;
}

Stemmer::Stemmer(const char *algorithm) : m_stemmer(sb_stemmer_new(algorithm, "UTF_8")) {}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

std::string_view Stemmer::stem(const std::string &word)
{
    if (!m_stemmer)
        return word;
    const sb_symbol *s = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    if (!s)
        return word;
    return std::string_view(reinterpret_cast<const char *>(s), size_t(sb_stemmer_length(m_stemmer)));
}

} // namespace praxis::core
