#pragma once

#include "attachments/attachment_store.h"
#include "model/record_id.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class BackgroundJob;

// Tools ▸ Check Attachments: checks off the GUI thread (with progress and a Stop button) that every
// attached file is in the library's attachments folder with the bytes it had when it was added, and
// lists the problems: the record, the file, what is wrong. A problem's record opens from the list.
class AttachmentCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttachmentCheckDialog(core::Library &library, QWidget *parent = nullptr);
    ~AttachmentCheckDialog() override;

    void start();
    void stop();
    bool isChecking() const;
    int problemCount() const;
    QTreeWidget *problems() const { return m_list; }
    // Asks to open the record of the problem in `row`; false when there is no such row.
    bool openRecord(int row);

Q_SIGNALS:
    void showRecordRequested(const praxis::core::RecordId &id);
    // A check ended: completed, failed or stopped.
    void checkFinished();

private:
    struct Problem {
        core::AttachmentProblem problem;
        QString recordTitle;
    };
    void onProgress(qint64 done, qint64 total);
    void onFinished(const core::Result<QList<Problem>> &found);
    void updateButtons();
    static QString describe(const core::AttachmentProblem &problem);

    core::Library &m_library;
    QPushButton *m_check = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<Problem> m_found;
    BackgroundJob *m_job = nullptr;
};

} // namespace praxis::ui
