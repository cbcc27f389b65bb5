#pragma once

#include "history/clock.h"
#include "storage/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace praxis::core {

class Database;

// What a backup file holds, read from it through SQLite.
struct BackupInfo {
    QString path;
    qint64 records = -1;   // -1 when the file could not be read
    qint64 lastChange = 0; // the change-log position it reaches
    bool readable() const { return records >= 0; }
};

// Rotating copies of the library made with VACUUM INTO: on a schedule and before every migration.
//
// A backup is written under a temporary name in backups/.incomplete/, checked, and only then renamed
// into backups/, so a copy cut short (a kill, a full disk) never looks like a backup. Rotation keeps
// `keep` backups, and never removes the newest one that holds more records, or reaches further in the
// change log, than the library does now: a library that lost records must not rotate away the copies
// that could bring them back. When a library has lost most of its records since the last backup, that
// backup is moved to backups/kept/, which rotation never touches, and the caller is told.
class BackupManager {
public:
    static constexpr int kDefaultKeep = 10;
    static constexpr qint64 kDefaultIntervalMs = 24LL * 3600 * 1000;

    BackupManager(Database &db, QString folder, Clock &clock, int keep = kDefaultKeep);

    // Writes a new backup named after the time and reason, then drops the oldest beyond `keep`.
    Result<QString> backupNow(const QString &reason = QStringLiteral("manual"));
    // Backs up when the newest backup is older than the interval (or there is none).
    Result<QString> backupIfDue(qint64 intervalMs = kDefaultIntervalMs);
    // What the last backupNow() has to tell the user besides its path (a backup kept apart); empty when nothing.
    QString warning() const { return m_warning; }
    QStringList backups() const; // the rotating ones, newest first, full paths
    QString folder() const { return m_folder; }
    QString keptFolder() const;

    // Removes the temporary files of backups that were cut short: those of processes that have ended,
    // and any older than a day.
    Status clearPartials();

    static BackupInfo inspect(const QString &path);
    // Every backup file in a backups folder (kept ones too), newest first.
    static QStringList backupsIn(const QString &backupsFolder);
    // Every other copy of the library there: the backups, and the libraries a restore set aside.
    static QStringList copiesIn(const QString &backupsFolder);

private:
    QString partialFolder() const;
    void rotate(const BackupInfo &now);

    Database &m_db;
    QString m_folder;
    Clock &m_clock;
    int m_keep;
    QString m_warning;
};

} // namespace praxis::core
