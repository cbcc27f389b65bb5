#pragma once

#include "record_id.h"

#include <QWidget>

class QAction;
class QMenu;
class QLabel;
class QTableView;

namespace praxis::core {
class RecordStore;
}

namespace praxis::ui {

class RecordTableModel;

// The records of the section shown, in a lazily filled table. Each section keeps its own column
// widths, order and sort between sessions; the trash adds its Restore and Delete permanently buttons.
class SectionTable : public QWidget {
    Q_OBJECT
public:
    SectionTable(core::RecordStore &store, QWidget *parent = nullptr);

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

private:
    void restoreLayout();

    core::RecordStore &m_store;
    QString m_key;
    RecordTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_trashBar = nullptr;
    QLabel *m_trashHint = nullptr;
};

} // namespace praxis::ui
