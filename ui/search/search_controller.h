#pragma once

#include "model/record_id.h"

#include <QObject>
#include <QStringList>

class QLineEdit;
class QThread;
class QTimer;

namespace praxis::core {
class Library;
struct SearchResults;
struct FacetGroup;
}

namespace praxis::ui {

class SearchPanel;
class SearchWorker;

// Search as you type: debounces the search bar, hands queries to the search worker's thread (a newer
// query supersedes the older), shows the results in the panel, and keeps the index current after edits.
class SearchController : public QObject {
    Q_OBJECT
public:
    SearchController(core::Library &library, QLineEdit *bar, SearchPanel *panel, QObject *parent = nullptr);
    ~SearchController() override;

    bool isActive() const;
    void setQuery(const QString &query);
    // Asks the worker to index what changed (debounced).
    void scheduleIndexing();

Q_SIGNALS:
    void activeChanged(bool active);
    void recordSelected(const praxis::core::RecordId &id, const QStringList &words);
    void recordOpened(const praxis::core::RecordId &id);
    void indexingProgress(qint64 done, qint64 total);
    void finished(int resultCount);
    void saveRequested(const QString &query);

private:
    void start();

    core::Library &m_library;
    QLineEdit *m_bar;
    SearchPanel *m_panel;
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_indexTimer = nullptr;
    int m_generation = 0;
    bool m_active = false;
};

} // namespace praxis::ui
