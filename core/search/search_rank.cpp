#include "search/search_rank.h"

#include "search/search_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace praxis::core {

namespace {

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

bool SearchRank::registerWith(fts5_api *api)
{
    return api->xCreateFunction(api, SearchTokenizer::kRankFunction, nullptr, &rankFunction, nullptr) == SQLITE_OK;
}

} // namespace praxis::core
