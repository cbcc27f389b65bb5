#pragma once

#include "records/duplicates.h"

#include <QDialog>

class QListWidget;

namespace praxis::ui {

// Asked before a new record is added when it resembles records already in the library: the user adds it
// anyway, goes to the existing record, or keeps editing.
class DuplicateWarning : public QDialog {
    Q_OBJECT
public:
    enum class Choice { AddAnyway, ShowExisting, KeepEditing };

    DuplicateWarning(const QString &typeLabel, const QList<core::DuplicateMatch> &matches, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The existing record chosen in the list (for ShowExisting).
    core::RecordId selected() const;

    // Shows the warning and returns the choice; `existing` receives the record to show.
    static Choice ask(QWidget *parent, const QString &typeLabel, const QList<core::DuplicateMatch> &matches, core::RecordId *existing);

private:
    QList<core::DuplicateMatch> m_matches;
    QListWidget *m_list = nullptr;
    Choice m_choice = Choice::KeepEditing;
};

} // namespace praxis::ui
