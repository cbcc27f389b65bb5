#pragma once

#include "model/record_id.h"

#include <QWidget>

class QAction;
class QMenu;
class QLabel;
class QTableView;

class QSplitter;

namespace praxis::core {
class Library;
class RecordStore;
struct RecordFilter;
}

namespace praxis::ui {

class FilterPanel;
class RecordTableModel;

// The records of the section shown, in a lazily filled table. Each section keeps its own column
// widths, order and sort between sessions; the trash adds its Restore and Delete permanently buttons.
// Beside the table, a filter panel narrows it by facets (hidden or shown with View ▸ Filter Panel).
class SectionTable : public QWidget {
    Q_OBJECT
public:
    SectionTable(core::Library &library, QWidget *parent = nullptr);

    // Lists the records of `type` (the trash when `key` is the trash), remembering the columns of the
    // section left behind.
    void setSection(const QString &key, const QString &type);
    // The buttons above the trash stand for these actions (enabled and disabled with them).
    void setTrashActions(QAction *restore, QAction *purge);

    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    core::RecordId currentId() const;
    // Fetches pages until the record is there, then selects it; false when the section has no such record.
    bool selectRecord(const core::RecordId &id);
    void selectFirst();
    // Reads the section again (after changes), keeping the selected record when it is still listed.
    void reload();
    // Stores the column layout of the section shown.
    void saveLayout() const;
    // The column chooser (the header's context menu): every column the section can show, checkable.
    QMenu *columnMenu();
    void showColumn(const QString &column, bool shown);

    FilterPanel *filterPanel() const { return m_filter; }
    // Shows only the records matching `filter` (a tag or a collection chosen in the sidebar, a smart collection).
    void setFilter(const core::RecordFilter &filter);
    void setFilterPanelVisible(bool visible);
    bool isFilterPanelVisible() const;
    // Stores the width of the filter panel.
    void saveSplitter() const;

Q_SIGNALS:
    // The rows shown changed because the filter did.
    void filtered();

private:
    void restoreLayout();

    void updateFilterBar();

    core::RecordStore &m_store;
    QString m_key;
    QSplitter *m_splitter = nullptr;
    FilterPanel *m_filter = nullptr;
    QLabel *m_filterBar = nullptr;
    bool m_filterWanted = true;
    RecordTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_trashBar = nullptr;
    QLabel *m_trashHint = nullptr;
};

} // namespace praxis::ui
