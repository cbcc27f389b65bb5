#pragma once

#include "records/record_filter.h"

#include <QHash>
#include <QObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace praxis::core {
class Library;
class RecordStore;
}

namespace praxis::ui {

class BackgroundJob;

// The filter beside a table: each facet of the record type with its values and how many records have
// them (given the rest of the filter), a year range, and the collection being shown. Ticking values
// narrows the table at once; the counts follow in the background (the newest request wins).
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
    bool isCurrent() const { return m_current; }
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
    // The counts shown are out of date from now: any under way are dropped.
    void outdate();
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
    BackgroundJob *m_counts = nullptr;
    bool m_current = false; // the counts shown are those of the current filter
    bool m_updating = false;
};

} // namespace praxis::ui

Q_DECLARE_METATYPE(praxis::core::RecordFilter)
