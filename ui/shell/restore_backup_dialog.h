#pragma once

#include "library/backup_manager.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace praxis::ui {

// Lists a library's backups, newest first, with when and why each was made and how many records it
// holds (read in the background), and lets the user choose the one to restore. Restoring itself is the
// caller's: the library must be closed first.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    RestoreBackupDialog(const QString &libraryFolder, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    QString selectedBackup() const;
    // How the selected backup reads to a person: its date and record count.
    QString selectedDescription() const;

private:
    void fill();
    void showInfo(int row, const core::BackupInfo &info);

    QString m_folder;
    QTreeWidget *m_list = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_restore = nullptr;
    QFutureWatcher<core::BackupInfo> m_reading;
};

} // namespace praxis::ui
