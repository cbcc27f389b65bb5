#include "search/search_controller.h"

#include "library/library.h"
#include "search/search_panel.h"
#include "search/search_worker.h"

#include <QLineEdit>
#include <QThread>
#include <QTimer>

namespace praxis::ui {

namespace {
constexpr int kDebounceMs = 180;
constexpr int kIndexDelayMs = 400;
constexpr int kResultLimit = 50;
} // namespace

SearchController::SearchController(core::Library &library, QLineEdit *bar, SearchPanel *panel, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_bar(bar)
    , m_panel(panel)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(library.folder());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchController::start);
    connect(m_bar, &QLineEdit::textChanged, this, [this] {
        // The running search is moot as soon as the text changes.
        m_worker->supersede(++m_generation);
        m_debounce->start();
    });
    connect(m_bar, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        start();
    });

    m_indexTimer = new QTimer(this);
    m_indexTimer->setSingleShot(true);
    m_indexTimer->setInterval(kIndexDelayMs);
    connect(m_indexTimer, &QTimer::timeout, m_worker, &SearchWorker::drainIndex);
    connect(m_worker, &SearchWorker::indexing, this, &SearchController::indexingProgress);

    connect(m_worker, &SearchWorker::resultsReady, this,
            [this](int generation, const core::SearchResults &results, const QList<core::FacetGroup> &facets) {
                if (generation != m_generation || !m_active)
                    return;
                m_panel->showResults(m_bar->text().trimmed(), results, facets);
                Q_EMIT finished(int(results.hits.size()));
            });
    connect(m_worker, &SearchWorker::searchFailed, this, [this](int generation, const QString &message) {
        if (generation != m_generation || !m_active)
            return;
        m_panel->showMessage(message);
        Q_EMIT finished(0);
    });
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

SearchController::~SearchController()
{
    m_worker->supersede(++m_generation);
    m_thread->quit();
    m_thread->wait();
}

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

void SearchController::start()
{
    const QString query = m_bar->text().trimmed();
    const bool active = !query.isEmpty();
    if (active != m_active) {
        m_active = active;
        Q_EMIT activeChanged(active);
    }
    if (!active)
        return;
    const int generation = ++m_generation;
    m_worker->supersede(generation);
    m_panel->showMessage(tr("Searching for “%1”…").arg(query));
    QMetaObject::invokeMethod(m_worker, "search", Qt::QueuedConnection, Q_ARG(int, generation), Q_ARG(QString, query), Q_ARG(int, kResultLimit));
}

} // namespace praxis::ui
