#pragma once

#include "records/record_filter.h"

#include <QHash>
#include <QObject>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QThread;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace praxis::core {
class Library;
class RecordStore;
}

namespace praxis::ui {

// Counts facet values on a thread of its own, with its own connection, so the window never waits on
// them; a newer request makes the older one moot.
class FacetWorker : public QObject {
    Q_OBJECT
public:
    explicit FacetWorker(QString libraryFolder);
    ~FacetWorker() override;
    // Thread-safe: abandons every request older than `generation`.
    void supersede(int generation);

public Q_SLOTS:
    void count(int generation, const QString &type, const praxis::core::RecordFilter &filter, int limit);

Q_SIGNALS:
    void counted(int generation, const QList<praxis::core::FacetDef> &facets, const QHash<QString, QList<praxis::core::FacetCount>> &counts,
                 int minYear, int maxYear);
    void failed(int generation, const QString &message);

private:
    QString m_folder;
    std::unique_ptr<core::Library> m_library;
    std::atomic_int m_latest{0};
    std::atomic_bool m_cancel{false};
};

// The filter beside a table: each facet of the record type with its values and how many records have
// them (given the rest of the filter), a year range, and the collection being shown. Ticking values
// narrows the table at once; the counts follow in the background.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(core::Library &library, QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Shows the facets of a record type and clears the filter.
    void setType(const QString &type);
    const QString &type() const { return m_type; }
    const core::RecordFilter &filter() const { return m_filter; }
    void setFilter(const core::RecordFilter &filter);
    // Whether the type has anything to filter by.
    bool hasFacets() const { return !m_facets.isEmpty(); }
    // True once the counts for the current filter are shown (for tests and the status bar).
    bool isCurrent() const { return m_shownGeneration == m_generation; }
    // The facet's list of values, for tests and keyboard users.
    QListWidget *valuesOf(const QString &facet) const { return m_lists.value(facet); }
    // Recounts (after records changed).
    void refresh();

Q_SIGNALS:
    void filterChanged(const praxis::core::RecordFilter &filter);
    // The user asks to keep the filter as a smart collection.
    void saveRequested(const praxis::core::RecordFilter &filter);
    void countsShown();

private:
    void rebuild(const QList<core::FacetDef> &facets);
    void showCounts(const QHash<QString, QList<core::FacetCount>> &counts, int minYear, int maxYear);
    void requestCounts();
    void changed();
    QString valueLabel(const core::FacetDef &facet, const QString &value) const;
    QString facetLabel(const core::FacetDef &facet) const;

    core::Library &m_library;
    core::RecordStore &m_store;
    QString m_type;
    core::RecordFilter m_filter;
    QList<core::FacetDef> m_facets;
    QHash<QString, QListWidget *> m_lists;
    QHash<QString, QToolButton *> m_headers;
    QHash<QString, int> m_limits; // values shown per facet (more on request)
    mutable QHash<QString, QString> m_names; // referenced records' names by id
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QLabel *m_collection = nullptr;
    QToolButton *m_clearCollection = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QWidget *m_yearRow = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QThread *m_thread = nullptr;
    FacetWorker *m_worker = nullptr;
    int m_generation = 0;
    int m_shownGeneration = -1;
    bool m_updating = false;
};

} // namespace praxis::ui

Q_DECLARE_METATYPE(praxis::core::RecordFilter)
