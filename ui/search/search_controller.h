#pragma once

#include "model/record_id.h"

#include <QObject>
#include <QStringList>

class QLineEdit;
class QTimer;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class BackgroundJob;
class SearchPanel;

// Search as you type: debounces the search bar, runs the queries in the background on a connection of
// their own (the newest query wins: an older one is stopped and its results never shown), shows the
// results in the panel, and keeps the index current after edits.
class SearchController : public QObject {
    Q_OBJECT
public:
    SearchController(core::Library &library, QLineEdit *bar, SearchPanel *panel, QObject *parent = nullptr);
    ~SearchController() override;

    bool isActive() const;
    void setQuery(const QString &query);
    // Indexes what changed (debounced).
    void scheduleIndexing();
    // Indexes what another program changed, now, without waiting for that program's lock.
    void catchUp();

Q_SIGNALS:
    void activeChanged(bool active);
    void recordSelected(const praxis::core::RecordId &id, const QStringList &words);
    void recordOpened(const praxis::core::RecordId &id);
    void indexingProgress(qint64 done, qint64 total);
    void finished(int resultCount);
    void saveRequested(const QString &query);

private:
    void start();
    void drainIndex();

    QLineEdit *m_bar;
    SearchPanel *m_panel;
    BackgroundJob *m_jobs = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_indexTimer = nullptr;
    bool m_active = false;
};

} // namespace praxis::ui
