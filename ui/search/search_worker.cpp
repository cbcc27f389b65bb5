#include "search/search_worker.h"

#include "library/library.h"
#include "storage/database.h"

namespace praxis::ui {

SearchWorker::SearchWorker(QString libraryFolder)
    : m_folder(std::move(libraryFolder))
{
    qRegisterMetaType<core::SearchResults>();
    qRegisterMetaType<QList<core::FacetGroup>>();
}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::open()
{
    if (m_library)
        return true;
    auto library = core::Library::openExisting(m_folder);
    if (!library) {
        m_openError = library.error().message;
        return false;
    }
    m_library = std::move(library.value());
    m_db = &m_library->database();
    return true;
}

void SearchWorker::supersede(int generation)
{
    m_latest = generation;
    // Only a search in progress is stopped: an interrupt with nothing to stop would hit the next one.
    core::Database *db = m_db.load();
    if (db && m_searching)
        db->interrupt();
}

void SearchWorker::search(int generation, const QString &query, int limit)
{
    if (generation < m_latest)
        return; // a newer search is on its way
    if (!open()) {
        Q_EMIT searchFailed(generation, m_openError);
        return;
    }
    core::SearchIndex &index = m_library->search();
    // Catch up with recent edits first, so what was just typed in a record can be found.
    // Never waits for another program that is writing.
    if (auto pending = index.pending(); pending && *pending > 0 && *pending < 2000)
        (void)index.catchUp();
    m_searching = true;
    auto results = index.search(query, limit);
    if (!results && results.error().code == core::ErrorCode::Cancelled && generation == m_latest)
        results = index.search(query, limit); // stopped by a superseding call that raced with this one
    m_searching = false;
    if (generation < m_latest)
        return;
    if (!results) {
        if (results.error().code != core::ErrorCode::Cancelled)
            Q_EMIT searchFailed(generation, results.error().message);
        return;
    }
    auto facets = index.facets(query);
    if (generation < m_latest)
        return;
    Q_EMIT resultsReady(generation, *results, facets ? *facets : QList<core::FacetGroup>());
}

void SearchWorker::drainIndex()
{
    if (!open())
        return;
    core::SearchIndex &index = m_library->search();
    auto pending = index.pending();
    if (!pending || *pending == 0)
        return;
    (void)index.drain(0, nullptr, [this](qint64 d, qint64 t) { Q_EMIT indexing(d, t); });
    Q_EMIT indexed();
}

} // namespace praxis::ui
