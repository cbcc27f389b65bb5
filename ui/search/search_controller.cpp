#include "search/search_controller.h"

#include "library/library.h"
#include "search/search_index.h"
#include "search/search_panel.h"
#include "shell/background_job.h"

#include <QLineEdit>
#include <QTimer>

namespace praxis::ui {

namespace {
constexpr int kDebounceMs = 180;
constexpr int kIndexDelayMs = 400;
constexpr int kResultLimit = 50;
// Up to this many records waiting for the index are indexed before a search, so that what was just
// typed in a record can be found; more are left to the indexing run.
constexpr qint64 kCatchUpBeforeSearch = 2000;

struct Found {
    core::SearchResults results;
    QList<core::FacetGroup> facets;
};
} // namespace

SearchController::SearchController(core::Library &library, QLineEdit *bar, SearchPanel *panel, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_panel(panel)
{
    // One connection kept for every search, so typing never waits for a library to open.
    m_jobs = new BackgroundJob(library.folder(), BackgroundJob::Connection::Kept, this);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchController::start);
    connect(m_bar, &QLineEdit::textChanged, this, [this] {
        // The running search is moot as soon as the text changes.
        m_jobs->supersede();
        m_debounce->start();
    });
    connect(m_bar, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        start();
    });

    m_indexTimer = new QTimer(this);
    m_indexTimer->setSingleShot(true);
    m_indexTimer->setInterval(kIndexDelayMs);
    connect(m_indexTimer, &QTimer::timeout, this, &SearchController::drainIndex);

    connect(m_panel, &SearchPanel::recordSelected, this, &SearchController::recordSelected);
    connect(m_panel, &SearchPanel::recordOpened, this, &SearchController::recordOpened);
    connect(m_panel, &SearchPanel::filterChosen, this, [this](const QString &filter) {
        setQuery(m_bar->text().trimmed() + QLatin1Char(' ') + filter);
    });
    connect(m_panel, &SearchPanel::saveRequested, this, [this] {
        if (!m_bar->text().trimmed().isEmpty())
            Q_EMIT saveRequested(m_bar->text().trimmed());
    });
    scheduleIndexing(); // records added while Praxis was closed, or by praxis-cli
}

SearchController::~SearchController() = default;

bool SearchController::isActive() const
{
    return m_active;
}

void SearchController::setQuery(const QString &query)
{
    m_bar->setText(query);
    m_debounce->stop();
    start();
}

void SearchController::scheduleIndexing()
{
    m_indexTimer->start();
}

void SearchController::drainIndex()
{
    m_jobs->run<qint64>(
        [](JobContext &job) -> core::Result<qint64> {
            core::SearchIndex &index = job.library().search();
            auto pending = index.pending();
            if (!pending || *pending == 0)
                return qint64(0);
            return index.drain(0, job.cancelFlag(), job.progressReporter());
        },
        {}, [this](qint64 done, qint64 total) { Q_EMIT indexingProgress(done, total); });
}

void SearchController::catchUp()
{
    m_jobs->run<void>(
        [](JobContext &job) -> core::Status {
            core::SearchIndex &index = job.library().search();
            auto pending = index.pending();
            if (!pending || *pending == 0)
                return {};
            core::Status caught = index.catchUp(job.cancelFlag());
            (void)index.takeNotices(); // "another program is writing": the next run catches up
            return caught;
        },
        {});
}

void SearchController::start()
{
    const QString query = m_bar->text().trimmed();
    const bool active = !query.isEmpty();
    if (active != m_active) {
        m_active = active;
        Q_EMIT activeChanged(active);
    }
    if (!active) {
        m_jobs->supersede();
        return;
    }
    m_panel->showMessage(tr("Searching for “%1”…").arg(query));
    m_jobs->request<Found>(
        [query](JobContext &job) -> core::Result<Found> {
            core::SearchIndex &index = job.library().search();
            // Never waits for another program that is writing.
            if (auto pending = index.pending(); pending && *pending > 0 && *pending < kCatchUpBeforeSearch)
                (void)index.catchUp(job.cancelFlag());
            (void)index.takeNotices();
            // The search takes no cancel flag: a newer query interrupts its statement instead.
            auto results = job.interruptible([&] { return index.search(query, kResultLimit); });
            if (!results)
                return results.error();
            auto facets = job.interruptible([&] { return index.facets(query); });
            return Found {std::move(*results), facets ? std::move(*facets) : QList<core::FacetGroup>()};
        },
        [this](core::Result<Found> found) {
            if (!m_active)
                return;
            if (!found) {
                if (found.error().code == core::ErrorCode::Cancelled)
                    return;
                m_panel->showMessage(found.error().message);
                Q_EMIT finished(0);
                return;
            }
            m_panel->showResults(m_bar->text().trimmed(), found->results, found->facets);
            Q_EMIT finished(int(found->results.hits.size()));
        });
}

} // namespace praxis::ui
