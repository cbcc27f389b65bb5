#pragma once

#include <QObject>

class QTimer;

namespace praxis::core {
class BackupManager;
}

namespace praxis::ui {

// Keeps the library backed up while Praxis runs: shortly after start and then every hour it lets the
// backup manager write a copy when one is due, and writes one whenever the user asks. A copy of a library
// takes a moment at most and needs the library's own connection, so it runs on the GUI thread.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int kFirstCheckMs = 2000;
    static constexpr int kCheckIntervalMs = 60 * 60 * 1000;

    explicit BackupScheduler(core::BackupManager &backups, QObject *parent = nullptr);

    // Starts the checks: the first after kFirstCheckMs, then every kCheckIntervalMs.
    void start();

public Q_SLOTS:
    void checkNow();
    void backupNow();

Q_SIGNALS:
    void written(const QString &path, bool scheduled);
    void failed(const QString &message, bool scheduled);

private:
    core::BackupManager &m_backups;
    QTimer *m_timer = nullptr;
};

} // namespace praxis::ui
