#pragma once

struct fts5_api;

namespace praxis::core {

// The search's relevance function, praxis_rank (SearchTokenizer::kRankFunction): bm25 as FTS5 reckons it,
// with each phrase's document frequency given by the caller instead of counted at every search.
class SearchRank {
public:
    static bool registerWith(fts5_api *api);
};

} // namespace praxis::core
