#pragma once

#include "clock.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace praxis::core {

class BackupManager;
class ChangeLog;
class Database;
class HybridClock;
class RecordStore;
class SearchIndex;

struct LibraryOptions {
    std::shared_ptr<Clock> clock;  // system clock when null
    QString userName;              // the OS user name when empty
    bool create = true;            // create the library when the folder has none
};

struct LibraryCheck {
    QStringList problems;  // empty when the library is sound
    qint64 records = 0;
    qint64 logEntries = 0;
    bool ok() const { return problems.isEmpty(); }
};

// A library folder: praxis.sqlite, attachments/ and backups/. Opening validates the file and
// migrates it (after a backup); a file that is not a Praxis library, is damaged, or comes from a
// newer version is refused and left untouched.
class Library {
public:
    static constexpr qint32 kApplicationId = 0x50525853; // "PRXS"

    ~Library();
    static Result<std::unique_ptr<Library>> open(const QString &folder, const LibraryOptions &options = {});
    // A second connection to a library that exists (for work off the GUI thread); never creates one.
    static Result<std::unique_ptr<Library>> openExisting(const QString &folder);
    static QString defaultFolder();
    static QString databaseFileName() { return QStringLiteral("praxis.sqlite"); }

    QString folder() const { return m_folder; }
    QString attachmentsFolder() const;
    QString backupsFolder() const;
    QString deviceId() const;
    QString author() const;
    bool wasCreated() const { return m_created; }

    Database &database();
    RecordStore &records();
    ChangeLog &changeLog();
    BackupManager &backups();
    SearchIndex &search();
    Clock &clock();

    // SQLite integrity and foreign-key checks, and a replay of the change log against the records.
    Result<LibraryCheck> check();

private:
    Library();
    class Private;
    std::unique_ptr<Private> d;
    QString m_folder;
    bool m_created = false;
};

} // namespace praxis::core
