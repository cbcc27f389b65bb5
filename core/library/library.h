#pragma once

#include "history/clock.h"
#include "storage/result.h"

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
    bool readOnly = false;         // open for reading only (also chosen when the medium allows no writing)
    bool clearLeftovers = true;    // remove what a crashed run left (unfinished backups, unrecorded attachment copies)
};

// What Library::restore did.
struct RestoreReport {
    QString restoredFrom;   // the backup
    QString setAside;       // the folder the replaced files were moved to (empty when there were none)
    qint64 records = 0;     // records in the restored library
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
    static QString searchFileName() { return QStringLiteral("search.sqlite"); }
    // Written beside the database when SQLite finds it damaged; while it is there writes are refused.
    static QString damageMarkerName() { return QStringLiteral("LIBRARY-DAMAGED.txt"); }

    // Puts a backup in the library's place. The library must not be open in this process; another program
    // that has it open makes this fail with Busy. The current files (database, its -wal and -shm, the
    // search index) are moved aside into backups/, never deleted, before the verified copy takes their place.
    static Result<RestoreReport> restore(const QString &folder, const QString &backupPath);
    // The backups of the library in `folder`, newest first, without opening it (those kept apart included).
    static QStringList backupsIn(const QString &folder);

    QString folder() const { return m_folder; }
    QString attachmentsFolder() const;
    QString backupsFolder() const;
    QString deviceId() const;
    QString author() const;
    bool wasCreated() const { return m_created; }
    // Opened for reading only: a read-only medium, or asked for.
    bool isReadOnly() const { return m_readOnly; }
    // Things the user should know about this opening (a search index rebuilt, a read-only medium, a
    // damaged file), in words; each once.
    QStringList takeNotices();
    void addNotice(const QString &notice);

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
    Status cleanLeftovers();
    QString damageWords(const QString &detail) const;

    QString m_folder;
    bool m_created = false;
    bool m_readOnly = false;
    QStringList m_notices;
};

} // namespace praxis::core
