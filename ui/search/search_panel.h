#pragma once

#include "search/search_index.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeWidget;

namespace praxis::ui {

// The results of a search: ranked records with their highlighted passages, the facet counts to narrow
// them down, and a button that keeps the search as a smart collection.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit SearchPanel(QWidget *parent = nullptr);

    void showResults(const QString &query, const core::SearchResults &results, const QList<core::FacetGroup> &facets);
    void showMessage(const QString &message);
    QListWidget *results() const { return m_results; }
    QTreeWidget *facets() const { return m_facets; }
    int resultCount() const;

Q_SIGNALS:
    void recordSelected(const core::RecordId &id, const QStringList &words);
    void recordOpened(const core::RecordId &id);
    void filterChosen(const QString &filter);
    void saveRequested();

private:
    QLabel *m_summary = nullptr;
    QListWidget *m_results = nullptr;
    QTreeWidget *m_facets = nullptr;
    QPushButton *m_save = nullptr;
    QStringList m_words;
};

// Marked text from the index (\x02 … \x03) as HTML with the matches highlighted.
QString markedToHtml(const QString &marked);

} // namespace praxis::ui
