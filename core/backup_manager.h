#pragma once

#include "clock.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace praxis::core {

class Database;

// Rotating copies of the library made with VACUUM INTO: on a schedule and before every migration.
class BackupManager {
public:
    static constexpr int kDefaultKeep = 10;
    static constexpr qint64 kDefaultIntervalMs = 24LL * 3600 * 1000;

    BackupManager(Database &db, QString folder, Clock &clock, int keep = kDefaultKeep);

    // Writes a new backup named after the time and reason, then drops the oldest beyond `keep`.
    Result<QString> backupNow(const QString &reason = QStringLiteral("manual"));
    // Backs up when the newest backup is older than the interval (or there is none).
    Result<QString> backupIfDue(qint64 intervalMs = kDefaultIntervalMs);
    QStringList backups() const; // newest first, full paths
    QString folder() const { return m_folder; }

private:
    Database &m_db;
    QString m_folder;
    Clock &m_clock;
    int m_keep;
};

} // namespace praxis::core
