#include "search/search_tokenizer.h"

#include "search/search_rank.h"
#include "search/search_words.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

namespace praxis::core {

namespace {

constexpr char kMarker = '\x1f';
constexpr int kMaxToken = SearchWords::kMaxToken;

using Language = SearchWords::Language;
constexpr const auto &kLanguages = SearchWords::kLanguages;

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
        return SearchWords::forEach(text + offset, length - offset, [&](std::string &word, std::string &lower, int start, int end) {
            if (word.size() > kMaxToken)
                word.resize(kMaxToken);
            start += offset;
            end += offset;
            int rc = emit(ctx, 0, word.data(), int(word.size()), start, end);
            if (rc != SQLITE_OK || prefix || !SearchWords::isStemmable(word))
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
                    const std::string stem = SearchWords::foldStem(stemmer->stem(*form));
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
        return cache->insert(lower, hash, SearchWords::foldStem(m_stemmers[languageIndex]->stem(lower)));
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
    if (!SearchRank::registerWith(api))
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
    SearchWords::forEach(text.data(), int(text.size()), [&](const std::string &word, const std::string &, int, int) {
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
    SearchWords::forEach(word.data(), int(word.size()), [&](const std::string &, const std::string &l, int, int) {
        lower = l;
        return SQLITE_OK;
    });
    for (const Language &l : kLanguages) {
        if (language == QLatin1String(l.code)) {
            Stemmer s(l.algorithm);
            return SearchWords::foldStem(s.stem(lower));
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
