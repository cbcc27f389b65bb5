#pragma once

#include "model/record_id.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace praxis::core {
class RecordStore;
struct RecordTypeDef;
} // namespace praxis::core

namespace praxis::ui {

class UndoStack;

class RecordForm;

// The parts of one kind that a record holds (its weeks, its agenda, ...): an ordered list with add,
// remove and move buttons, and the selected part's own form beside it.
class PartsPanel : public QWidget {
    Q_OBJECT
public:
    PartsPanel(const core::RecordTypeDef &partType, core::RecordStore &store, UndoStack &undo, int depth, QWidget *parent = nullptr);

    void setOwner(const core::RecordId &owner);
    void reload();
    int count() const;
    RecordForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void countChanged(int count);

public Q_SLOTS:
    void addPart();
    void removePart();
    void moveUp() { move(-1); }
    void moveDown() { move(+1); }
    void selectRow(int row);
    // Selects this part; false when it is not listed here.
    bool selectPart(const core::RecordId &id);

private:
    void move(int delta);
    void updateButtons();
    void fitList();
    core::RecordId selectedId() const;

    const core::RecordTypeDef &m_type;
    core::RecordStore &m_store;
    UndoStack &m_undo;
    core::RecordId m_owner;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    RecordForm *m_form = nullptr;
    int m_maxRows = 8;
    bool m_reloading = false;
};

} // namespace praxis::ui
