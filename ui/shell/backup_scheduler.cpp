#include "shell/backup_scheduler.h"

#include "library/backup_manager.h"

#include <QTimer>

namespace praxis::ui {

BackupScheduler::BackupScheduler(core::BackupManager &backups, QObject *parent)
    : QObject(parent)
    , m_backups(backups)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
}

void BackupScheduler::start()
{
    m_timer->start();
    // Not in the constructor's event: the window comes up first.
    QTimer::singleShot(kFirstCheckMs, this, &BackupScheduler::checkNow);
}

void BackupScheduler::checkNow()
{
    auto path = m_backups.backupIfDue();
    if (!path)
        Q_EMIT failed(path.error().message, true);
    else if (!path->isEmpty())
        Q_EMIT written(*path, true);
}

void BackupScheduler::backupNow()
{
    auto path = m_backups.backupNow();
    if (!path)
        Q_EMIT failed(path.error().message, false);
    else
        Q_EMIT written(*path, false);
}

} // namespace praxis::ui
