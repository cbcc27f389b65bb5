#pragma once

#include "search/search_index.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace praxis::core {
class Library;
}

namespace praxis::ui {

// Runs searches and keeps the index current on a thread of its own, with its own connection to the
// library, so typing never waits on the disk. A newer search makes older ones moot: they are skipped
// or interrupted.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    explicit SearchWorker(QString libraryFolder);
    ~SearchWorker() override;

    // Thread-safe: marks every search older than `generation` as moot and stops the running one.
    void supersede(int generation);

public Q_SLOTS:
    void search(int generation, const QString &query, int limit);
    void drainIndex();

Q_SIGNALS:
    void resultsReady(int generation, const praxis::core::SearchResults &results, const QList<praxis::core::FacetGroup> &facets);
    void searchFailed(int generation, const QString &message);
    void indexing(qint64 done, qint64 total);
    void indexed();

private:
    bool open();

    QString m_folder;
    std::unique_ptr<core::Library> m_library;
    std::atomic_int m_latest{0};
    std::atomic_bool m_searching{false};
    std::atomic<core::Database *> m_db{nullptr};
    QString m_openError;
};

} // namespace praxis::ui

Q_DECLARE_METATYPE(praxis::core::SearchResults)
Q_DECLARE_METATYPE(QList<praxis::core::FacetGroup>)
