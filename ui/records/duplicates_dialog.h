#pragma once

#include "model/record_id.h"
#include "records/duplicates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class UndoStack;

class BackgroundJob;

// The duplicates view: finds likely pairs among the records of one kind off the GUI thread (with
// progress and cancel), lists them best first with the reasons, and merges a pair into either record
// as one undoable step.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(core::Library &library, UndoStack &undo, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // Starts looking among the records of this type (material, person, organisation, case_study).
    void find(const QString &type);
    bool isSearching() const;
    int pairCount() const;
    // Merges the pair in `row` into its first (left) or second record; false with a message when refused.
    bool mergePair(int row, bool intoFirst);

Q_SIGNALS:
    void showRecordRequested(const praxis::core::RecordId &id);
    // Fired when a search for pairs ends (found, failed or stopped).
    void searchFinished();

private:
    void startFind();
    void onFinished(const core::Result<QList<core::DuplicatePair>> &pairs);
    void onProgress(qint64 done, qint64 total);
    void updateButtons();

    core::Library &m_library;
    UndoStack &m_undo;
    QComboBox *m_type = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_mergeFirst = nullptr;
    QPushButton *m_mergeSecond = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_pairs = nullptr;
    QList<core::DuplicatePair> m_found;
    BackgroundJob *m_job = nullptr;
};

} // namespace praxis::ui
