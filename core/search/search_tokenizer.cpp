#include "search/search_tokenizer.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QChar>
#include <QRegularExpression>

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

namespace praxis::core {

namespace {

constexpr char kMarker = '\x1f';
constexpr int kMaxToken = 64;

struct Language {
    const char *code;
    const char *algorithm;
};
constexpr std::array<Language, 8> kLanguages{{{"en", "english"}, {"es", "spanish"}, {"fr", "french"}, {"pt", "portuguese"},
                                              {"de", "german"}, {"it", "italian"}, {"nl", "dutch"}, {"ru", "russian"}}};

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

// Decodes one UTF-8 code point; returns its length in bytes (at least 1, even for bad bytes).
int decode(const unsigned char *p, const unsigned char *end, char32_t &cp)
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

// Appends the folded form of a code point to `word` and its lower-case form to `lower` (stemmers
// need the accents: Spanish "capacitación" stems to "capacit", "capacitacion" does not); false when
// the code point ends a word.
bool foldInto(char32_t cp, std::string &word, std::string &lower)
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

// Walks the words of UTF-8 text: fn(folded word, lower-case word, start byte, end byte).
// ASCII letters and digits, lower-cased; 0 for everything else (ASCII ends words).
struct AsciiTable {
    std::array<char, 128> fold{};
    AsciiTable()
    {
        for (int c = '0'; c <= '9'; ++c)
            fold[size_t(c)] = char(c);
        for (int c = 'a'; c <= 'z'; ++c)
            fold[size_t(c)] = char(c);
        for (int c = 'A'; c <= 'Z'; ++c)
            fold[size_t(c)] = char(c + 32);
    }
};
const AsciiTable kAscii;

template<typename Fn>
int forEachWord(const char *text, int length, Fn &&fn)
{
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
            const char c = kAscii.fold[*p];
            if (c) {
                if (start < 0)
                    start = int(p - begin);
                word += c;
                lower += c;
            } else if (start >= 0) {
                if (int rc = flush(int(p - begin)); rc != SQLITE_OK)
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
            if (int rc = flush(int(p - begin)); rc != SQLITE_OK)
                return rc;
        }
        p += n;
    }
    if (start >= 0)
        return fn(word, lower, start, int(end - begin));
    return SQLITE_OK;
}

// Folds a stem made from the lower-case word.
std::string foldStem(std::string_view stem)
{
    if (std::all_of(stem.begin(), stem.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        return std::string(stem);
    std::string out;
    std::string lower;
    forEachWord(stem.data(), int(stem.size()), [&](const std::string &w, const std::string &, int, int) {
        out += w;
        return SQLITE_OK;
    });
    return out;
}

class Stemmer {
public:
    explicit Stemmer(const char *algorithm) : m_stemmer(sb_stemmer_new(algorithm, "UTF_8")) {}
    ~Stemmer()
    {
        if (m_stemmer)
            sb_stemmer_delete(m_stemmer);
    }
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    std::string_view stem(const std::string &word)
    {
        if (!m_stemmer)
            return word;
        const sb_symbol *s = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
        if (!s)
            return word;
        return std::string_view(reinterpret_cast<const char *>(s), size_t(sb_stemmer_length(m_stemmer)));
    }

private:
    sb_stemmer *m_stemmer = nullptr;
};

bool isAlphabetic(const std::string &word)
{
    for (unsigned char c : word) {
        if (c >= '0' && c <= '9')
            return false;
    }
    // Snowball leaves words of three letters or fewer alone in practice; skipping them saves the most frequent words.
    return word.size() >= 4;
}

// Stems of words already seen, by lower-case word. Word frequencies follow Zipf's law, so a small
// table answers most words without the stemmer. Open addressing with the hash kept beside each key: a
// lookup is one hash of the word and, nearly always, one comparison.
class StemCache {
public:
    static constexpr size_t kCapacity = size_t(1) << 17; // slots; emptied when three quarters full

    StemCache() : m_slots(kCapacity) {}

    // The stem of `word`, or nullptr when not cached.
    const std::string *find(std::string_view word, uint64_t hash) const
    {
        for (size_t i = hash & (kCapacity - 1);; i = (i + 1) & (kCapacity - 1)) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return nullptr;
            if (slot.hash == hash && slot.word == word)
                return &slot.stem;
        }
    }

    const std::string &insert(std::string_view word, uint64_t hash, std::string stem)
    {
        if (m_size >= kCapacity / 4 * 3) {
            for (Slot &slot : m_slots)
                slot = Slot();
            m_size = 0;
        }
        size_t i = hash & (kCapacity - 1);
        while (m_slots[i].used)
            i = (i + 1) & (kCapacity - 1);
        Slot &slot = m_slots[i];
        slot.used = true;
        slot.hash = hash;
        slot.word.assign(word);
        slot.stem = std::move(stem);
        ++m_size;
        return slot.stem;
    }

    static uint64_t hashOf(std::string_view word)
    {
        uint64_t h = 1469598103934665603ULL; // FNV-1a
        for (unsigned char c : word)
            h = (h ^ c) * 1099511628211ULL;
        return h ^ (h >> 29);
    }

private:
    struct Slot {
        bool used = false;
        uint64_t hash = 0;
        std::string word;
        std::string stem;
    };
    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

// One tokenizer instance per FTS5 table and connection; stemmers are not shared between threads.
class Tokenizer {
public:
    Tokenizer()
    {
        for (const Language &l : kLanguages)
            m_stemmers.push_back(std::make_unique<Stemmer>(l.algorithm));
    }

    int tokenize(void *ctx, int flags, const char *text, int length,
                 int (*emit)(void *, int, const char *, int, int, int))
    {
        int languageIndex = -1;
        int offset = 0;
        if (length > 0 && text[0] == kMarker) {
            const char *close = static_cast<const char *>(std::memchr(text + 1, kMarker, size_t(std::min(length - 1, 8))));
            if (close) {
                const std::string_view code(text + 1, size_t(close - text - 1));
                for (size_t i = 0; i < kLanguages.size(); ++i) {
                    if (code == kLanguages[i].code)
                        languageIndex = int(i);
                }
                offset = int(close - text) + 1;
            }
        }
        const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
        const bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
        return forEachWord(text + offset, length - offset, [&](std::string &word, std::string &lower, int start, int end) {
            if (word.size() > kMaxToken)
                word.resize(kMaxToken);
            start += offset;
            end += offset;
            int rc = emit(ctx, 0, word.data(), int(word.size()), start, end);
            if (rc != SQLITE_OK || prefix || !isAlphabetic(word))
                return rc;
            if (!query) {
                if (languageIndex < 0)
                    return rc;
                const std::string &s = cachedStem(size_t(languageIndex), lower);
                if (!s.empty() && s != word)
                    rc = emit(ctx, FTS5_TOKEN_COLOCATED, s.data(), int(s.size()), start, end);
                return rc;
            }
            // A query word also stands for its stem in every language, with and without its accents.
            m_seen.clear();
            for (auto &stemmer : m_stemmers) {
                for (const std::string *form : {&lower, &word}) {
                    const std::string stem = foldStem(stemmer->stem(*form));
                    if (stem.empty() || stem == word || std::find(m_seen.begin(), m_seen.end(), stem) != m_seen.end())
                        continue;
                    m_seen.push_back(stem);
                    rc = emit(ctx, FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), start, end);
                    if (rc != SQLITE_OK)
                        return rc;
                    if (form == &lower && lower == word)
                        break;
                }
            }
            return rc;
        });
    }

private:
    const std::string &cachedStem(size_t languageIndex, const std::string &lower)
    {
        auto &cache = m_cache[languageIndex];
        if (!cache)
            cache = std::make_unique<StemCache>();
        const uint64_t hash = StemCache::hashOf(lower);
        if (const std::string *known = cache->find(lower, hash))
            return *known;
        return cache->insert(lower, hash, foldStem(m_stemmers[languageIndex]->stem(lower)));
    }

    std::array<std::unique_ptr<StemCache>, kLanguages.size()> m_cache;
    std::vector<std::unique_ptr<Stemmer>> m_stemmers;
    std::vector<std::string> m_seen;
};

// Texts whose tokens were worked out beforehand (SearchTokenizer::Tokens), for this thread's next inserts.
thread_local const std::vector<const SearchTokenizer::Tokens *> *t_prepared = nullptr;

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *t)
{
    delete reinterpret_cast<Tokenizer *>(t);
}

int xTokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int length, int (*emit)(void *, int, const char *, int, int, int))
{
    if (t_prepared && (flags & FTS5_TOKENIZE_DOCUMENT)) {
        // The same bytes were tokenized on another thread: hand FTS5 those tokens.
        for (const SearchTokenizer::Tokens *prepared : *t_prepared) {
            if (prepared && prepared->matches(text, length))
                return prepared->replay(ctx, emit);
        }
    }
    return reinterpret_cast<Tokenizer *>(t)->tokenize(ctx, flags, text, length, emit);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

// The relevance of a match, as FTS5's bm25() reckons it, but with each phrase's document frequency given
// by the caller: bm25() counts it by walking every match of the phrase in the whole index, which for a
// very common word or phrase costs more than the search itself. Arguments after the table: one weight
// per column, then the document frequency of each phrase in the query's order (left out for a query of
// one phrase). Lower is better.
struct RankTotals {
    double rows = 1;
    double averageLength = 1;
};

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int count, sqlite3_value **values)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    auto *totals = static_cast<RankTotals *>(api->xGetAuxdata(fts, 0));
    if (!totals) {
        auto fresh = std::make_unique<RankTotals>();
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
            sqlite3_result_error(ctx, "praxis_rank: no totals", -1);
            return;
        }
        fresh->rows = double(std::max<sqlite3_int64>(rows, 1));
        fresh->averageLength = std::max(1.0, double(tokens) / fresh->rows);
        totals = fresh.release();
        if (api->xSetAuxdata(fts, totals, [](void *p) { delete static_cast<RankTotals *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    std::vector<double> weighted(size_t(std::max(phrases, 0)), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "praxis_rank: no instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            continue;
        const double weight = column < count ? sqlite3_value_double(values[column]) : 1.0;
        if (phrase >= 0 && phrase < phrases)
            weighted[size_t(phrase)] += weight;
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double norm = k1 * (1 - b + b * double(length) / totals->averageLength);
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = weighted[size_t(p)];
        if (f <= 0)
            continue;
        // Without a frequency (a query of one phrase, where it would scale every score alike) the weight is 1.
        const int at = columns + p;
        const double n = at < count ? std::max(0.0, sqlite3_value_double(values[at])) : -1;
        const double idf = n < 0 ? 1.0 : std::max(1e-6, std::log((totals->rows - n + 0.5) / (n + 0.5)));
        score += idf * f * (k1 + 1) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

Status SearchTokenizer::registerWith(Database &db)
{
    fts5_api *api = fts5Api(db.handle());
    if (!api)
        return makeError(ErrorCode::Storage, QObject::tr("The SQLite library in use (%1) has no FTS5 full-text search, which Praxis needs. "
                                                         "Install an SQLite built with FTS5 (Debian's libsqlite3-0 has it).")
                                                 .arg(Database::sqliteVersion()));
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Storage, QObject::tr("The search tokenizer could not be registered."));
    if (api->xCreateFunction(api, kRankFunction, nullptr, &rankFunction, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Storage, QObject::tr("The search ranking could not be registered."));
    return {};
}

QString SearchTokenizer::languageMarker(const QString &language)
{
    const QString code = language.left(2).toLower();
    for (const Language &l : kLanguages) {
        if (code == QLatin1String(l.code))
            return QLatin1Char(kMarker) + code + QLatin1Char(kMarker);
    }
    return {};
}

QString SearchTokenizer::stripMarkers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\x{1f}[a-z]{0,8}\\x{1f}"));
    QString out = text;
    out.remove(marker);
    return out;
}

QStringList SearchTokenizer::stemmedLanguages()
{
    QStringList out;
    for (const Language &l : kLanguages)
        out << QString::fromLatin1(l.code);
    return out;
}

std::string SearchTokenizer::fold(std::string_view text)
{
    std::string out;
    forEachWord(text.data(), int(text.size()), [&](const std::string &word, const std::string &, int, int) {
        if (!out.empty())
            out += ' ';
        out += word;
        return SQLITE_OK;
    });
    return out;
}

std::string SearchTokenizer::stem(const QString &language, const std::string &word)
{
    std::string lower;
    forEachWord(word.data(), int(word.size()), [&](const std::string &, const std::string &l, int, int) {
        lower = l;
        return SQLITE_OK;
    });
    for (const Language &l : kLanguages) {
        if (language == QLatin1String(l.code)) {
            Stemmer s(l.algorithm);
            return foldStem(s.stem(lower));
        }
    }
    return fold(word);
}

void SearchTokenizer::Tokens::clear()
{
    m_text.clear();
    m_arena.clear();
    m_tokens.clear();
}

bool SearchTokenizer::Tokens::matches(const char *text, int length) const
{
    return size_t(length) == m_text.size() && std::memcmp(text, m_text.data(), m_text.size()) == 0;
}

int SearchTokenizer::Tokens::replay(void *ctx, int (*emit)(void *, int, const char *, int, int, int)) const
{
    for (const Token &t : m_tokens) {
        if (int rc = emit(ctx, t.flags, m_arena.data() + t.offset, t.length, t.start, t.end); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

void SearchTokenizer::tokenizeDocument(std::string text, Tokens &out)
{
    // One tokenizer a thread: its stemmers and cache are not shared.
    thread_local Tokenizer tokenizer;
    out.clear();
    out.m_text = std::move(text);
    tokenizer.tokenize(&out, FTS5_TOKENIZE_DOCUMENT, out.m_text.data(), int(out.m_text.size()),
                       [](void *ctx, int flags, const char *token, int length, int start, int end) {
                           auto *tokens = static_cast<Tokens *>(ctx);
                           tokens->m_tokens.push_back({uint32_t(tokens->m_arena.size()), length, flags, start, end});
                           tokens->m_arena.append(token, size_t(length));
                           return SQLITE_OK;
                       });
}

SearchTokenizer::PreparedScope::PreparedScope(const std::vector<const Tokens *> &texts)
    : m_previous(t_prepared)
{
    t_prepared = &texts;
}

SearchTokenizer::PreparedScope::~PreparedScope()
{
    t_prepared = m_previous;
}

} // namespace praxis::core
