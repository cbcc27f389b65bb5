#include "library/library.h"

#include "attachments/attachment_store.h"
#include "history/change_log.h"
#include "history/hybrid_clock.h"
#include "library/backup_manager.h"
#include "model/record_id.h"
#include "records/record_store.h"
#include "search/search_index.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/migrations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QStorageInfo>

namespace praxis::core {

class Library::Private {
public:
    std::shared_ptr<Clock> clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<HybridClock> hlc;
    std::unique_ptr<ChangeLog> log;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<BackupManager> backups;
    std::unique_ptr<SearchIndex> search;
    QString deviceId;
    QString author;
};

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The library is a folder that has been used: backups made, files attached. A database file missing or
// emptied there is damage (a failed disk, a sync engine, a mistake), never a new library.
bool hasBeenUsed(const QDir &dir)
{
    if (!Library::backupsIn(dir.absolutePath()).isEmpty())
        return true;
    QDirIterator files(dir.filePath(QStringLiteral("attachments")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return files.hasNext();
}

Error damagedLibrary(const QDir &dir, const QString &what)
{
    const QStringList backups = Library::backupsIn(dir.absolutePath());
    QString advice;
    if (backups.isEmpty())
        advice = QObject::tr("No backup of it was found in %1.").arg(native(dir.filePath(QStringLiteral("backups"))));
    else
        advice = QObject::tr("The newest backup is %1; restore it with  praxis-cli --library \"%2\" restore \"%1\"  or File ▸ Restore from Backup.")
                     .arg(native(backups.first()), native(dir.absolutePath()));
    return makeError(ErrorCode::Corrupt, QObject::tr("The library in %1 is damaged: %2 Nothing was changed. %3").arg(native(dir.absolutePath()), what, advice));
}

void writeDamageMarker(const QString &path, const QString &words)
{
    // Not a database file: a note for people and for the next program that opens the library.
    QFile file(path);
    if (file.exists() || !file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    file.write(words.toUtf8() + '\n');
}

QString defaultUserName()
{
    for (const char *var : {"PRAXIS_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

Result<QString> pragmaText(Database &db, const QString &pragma)
{
    auto v = db.scalar(QStringLiteral("PRAGMA ") + pragma);
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace

Library::Library()
    : d(std::make_unique<Private>())
{
}

Library::~Library() = default;

QString Library::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Library");
}

Result<std::unique_ptr<Library>> Library::openExisting(const QString &folder)
{
    LibraryOptions options;
    options.create = false;
    options.clearLeftovers = false; // the program's first opening did that
    return open(folder, options);
}

Result<std::unique_ptr<Library>> Library::open(const QString &folderPath, const LibraryOptions &options)
{
    const QFileInfo folderInfo(folderPath);
    if (folderInfo.exists() && !folderInfo.isDir())
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is a file; a Praxis library is a folder. Nothing was changed.").arg(native(folderPath)));
    QDir dir(folderInfo.absoluteFilePath());
    if (!dir.exists()) {
        if (!options.create)
            return makeError(ErrorCode::NotFound, QObject::tr("There is no library at %1.").arg(native(dir.absolutePath())));
        if (!dir.mkpath(QStringLiteral(".")))
            return makeError(ErrorCode::Io, QObject::tr("Cannot create the library folder %1.").arg(native(dir.absolutePath())));
    }
    const QString dbPath = dir.filePath(databaseFileName());
    // Only stat() here: opening and closing a descriptor of the database file would drop every lock
    // SQLite holds on it in this process.
    const QFileInfo dbInfo(dbPath);
    const bool exists = dbInfo.exists();
    const bool emptied = exists && dbInfo.size() == 0;
    if ((!exists || emptied) && hasBeenUsed(dir)) {
        return damagedLibrary(dir, emptied ? QObject::tr("its database %1 is empty (0 bytes), though the folder holds its backups or attached files.").arg(databaseFileName())
                                           : QObject::tr("its database %1 is missing, though the folder holds its backups or attached files.").arg(databaseFileName()));
    }
    // SQLite throws away the write-ahead log of an empty database file: here it may hold the library.
    if (emptied && QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0)
        return damagedLibrary(dir, QObject::tr("its database %1 is empty (0 bytes) but its write-ahead log is not.").arg(databaseFileName()));
    if (!exists && !options.create)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no library at %1 (no %2).").arg(native(dir.absolutePath()), databaseFileName()));
    if (!exists && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        // Refuse to scatter library files among someone else's.
        return makeError(ErrorCode::NotALibrary,
                         QObject::tr("%1 is not empty and holds no Praxis library. Choose an empty folder or an existing library. Nothing was changed.")
                             .arg(native(dir.absolutePath())));
    }
    const bool fresh = !exists || emptied;
    bool readOnly = options.readOnly || (!fresh && (!QFileInfo(dir.absolutePath()).isWritable() || !dbInfo.isWritable()));
    // Opening writes (the shared-memory file, the log): on a full disk the library is read as it stands.
    const bool diskFull = !readOnly && !fresh && QStorageInfo(dir.absolutePath()).bytesAvailable() < Database::kLowSpaceBytes;
    readOnly = readOnly || diskFull;

    std::unique_ptr<Library> lib(new Library);
    lib->m_folder = dir.absolutePath();
    lib->d->clock = options.clock ? options.clock : systemClock();
    auto openDatabase = [&]() -> Result<std::unique_ptr<Database>> {
        if (!readOnly)
            return Database::open(dbPath, exists ? Database::Mode::ReadWrite : Database::Mode::Create);
        // A read-only medium: SQLite cannot make the shared-memory file it reads the log with, so a
        // library closed cleanly (no log left) is read as immutable.
        const bool hasLog = QFileInfo::exists(dbPath + QStringLiteral("-wal")) && QFileInfo::exists(dbPath + QStringLiteral("-shm"));
        return Database::open(dbPath, hasLog ? Database::Mode::ReadOnly : Database::Mode::Immutable);
    };
    auto db = openDatabase();
    if (!db)
        return db.error();
    lib->d->db = std::move(db.value());

    // Read-only checks first, through SQLite: nothing is written to a file that is not ours, damaged, or newer.
    auto objects = lib->d->db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects && readOnly && lib->d->db->path() == dbPath) {
        // The log could not be read on this medium: read the file as it stands.
        auto immutable = Database::open(dbPath, Database::Mode::Immutable);
        if (immutable) {
            lib->d->db = std::move(immutable.value());
            objects = lib->d->db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        }
    }
    if (!objects) {
        const QString detail = objects.error().message;
        if (objects.error().code == ErrorCode::Corrupt && detail.contains(QLatin1String("not a database")))
            return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is not a Praxis library (it is not a database file). Nothing was changed.").arg(native(dbPath)));
        if (objects.error().code == ErrorCode::Corrupt)
            return damagedLibrary(dir, QObject::tr("SQLite cannot read its database (%1).").arg(detail));
        return objects.error();
    }
    if (!readOnly && lib->d->db->isReadOnly()) {
        // The file system allowed no more than reading.
        readOnly = true;
        auto again = openDatabase();
        if (!again)
            return again.error();
        lib->d->db = std::move(again.value());
        objects = lib->d->db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!objects)
            return objects.error();
    }
    lib->m_readOnly = readOnly;
    Database &database = *lib->d->db;
    auto appId = database.scalar(QStringLiteral("PRAGMA application_id"));
    auto version = database.scalar(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return makeError(ErrorCode::Corrupt, QObject::tr("The library %1 cannot be read. Nothing was changed.").arg(native(dbPath)));
    const bool blank = objects->toLongLong() == 0 && version->toInt() == 0;
    if (!blank && appId->toLongLong() != kApplicationId)
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is a database, but not a Praxis library. Nothing was changed.").arg(native(dbPath)));
    if (version->toInt() > Migrations::latestVersion())
        return makeError(ErrorCode::NewerSchema,
                         QObject::tr("The library %1 was written by a newer version of Praxis (library format %2; this version reads up to %3). "
                                     "Nothing was changed; update Praxis to open it.")
                             .arg(native(dir.absolutePath()))
                             .arg(version->toInt())
                             .arg(Migrations::latestVersion()));
    if (readOnly && (blank || version->toInt() < Migrations::latestVersion()))
        return makeError(ErrorCode::ReadOnly,
                         QObject::tr("The library %1 must be updated for this version of Praxis, which cannot be done where it is: the disk or folder is "
                                     "read-only. Copy the folder to a place you can write to and open it there.")
                             .arg(native(dir.absolutePath())));
    database.setDamageHandler([lib = lib.get()](const QString &detail) {
        const QString words = lib->damageWords(detail);
        if (!lib->m_readOnly)
            writeDamageMarker(QDir(lib->m_folder).filePath(damageMarkerName()), words);
        return words;
    });
    if (diskFull) {
        database.refuseWrites(makeError(ErrorCode::DiskFull, Database::diskFullWords(dbPath)));
        lib->addNotice(QObject::tr("The disk is full: the library is open for reading only until room is made. %1").arg(Database::diskFullWords(dbPath)));
    } else if (readOnly) {
        database.refuseWrites(makeError(ErrorCode::ReadOnly,
                                        QObject::tr("The library %1 is on a disk or in a folder that allows no writing: it can be browsed, searched and "
                                                    "exported, but not changed.")
                                            .arg(native(dir.absolutePath()))));
        lib->addNotice(QObject::tr("The library is read-only here: it can be browsed, searched and exported, but not changed."));
    } else if (QFileInfo::exists(dir.filePath(damageMarkerName()))) {
        // Damage found earlier, by this program or another: reading goes on, writing does not.
        database.refuseWrites(makeError(ErrorCode::Corrupt, lib->damageWords(QObject::tr("found earlier; see %1").arg(damageMarkerName()))));
        lib->addNotice(lib->damageWords(QObject::tr("found earlier; see %1").arg(damageMarkerName())));
    }

    if (!readOnly) {
        auto journal = pragmaText(database, QStringLiteral("journal_mode = WAL"));
        if (!journal)
            return journal.error();
        if (journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Storage, QObject::tr("The library %1 could not be switched to write-ahead logging (the file system said “%2”).").arg(native(dbPath), *journal));
    }
    if (Status s = database.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")); !s)
        return s.error();
    auto fk = database.scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1)
        return makeError(ErrorCode::Storage, QObject::tr("This SQLite cannot enforce foreign keys."));

    for (const char *sub : {"attachments", "backups"}) {
        if (!readOnly && !dir.mkpath(QString::fromLatin1(sub)))
            return makeError(ErrorCode::Io, QObject::tr("Cannot create %1 in the library folder.").arg(QString::fromLatin1(sub)));
    }
    lib->d->backups = std::make_unique<BackupManager>(database, dir.filePath(QStringLiteral("backups")), *lib->d->clock);

    if (!blank && version->toInt() < Migrations::latestVersion()) {
        auto backup = lib->d->backups->backupNow(QStringLiteral("before-migration-%1").arg(Migrations::latestVersion()));
        if (!backup)
            return makeError(backup.error().code, QObject::tr("The library was not updated because a backup could not be made first: %1").arg(backup.error().message));
    }
    if (!readOnly) {
        if (Status s = Migrations::apply(database); !s)
            return s.error();
    }

    // This replica's identity, made once.
    auto device = database.scalar(QStringLiteral("SELECT value FROM library_meta WHERE key = 'device_id'"));
    if (!device)
        return device.error();
    if (device->isValid()) {
        lib->d->deviceId = device->toString();
    } else if (readOnly) {
        lib->d->deviceId = RecordId::generate(lib->d->clock->nowMs()).toString();
    } else {
        lib->d->deviceId = RecordId::generate(lib->d->clock->nowMs()).toString();
        auto stmt = database.prepare(QStringLiteral("INSERT INTO library_meta (key, value) VALUES ('device_id', ?), ('created', ?)"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, lib->d->deviceId).bind(2, QString::number(lib->d->clock->nowMs()));
        if (Status s = stmt->run(); !s)
            return s.error();
        lib->m_created = true;
    }
    lib->d->author = options.userName.isEmpty() ? defaultUserName() : options.userName;

    // The newest entry carries the latest reading: this device's clock only moves forward. (A scan
    // for max(hlc) would read the whole log on every start.)
    auto lastHlc = database.scalar(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1"));
    if (!lastHlc)
        return lastHlc.error();
    const HlcTime last = lastHlc->isValid() ? HlcTime::fromString(lastHlc->toString()).value_or(HlcTime{}) : HlcTime{};
    lib->d->hlc = std::make_unique<HybridClock>(lib->d->clock, last);
    lib->d->log = std::make_unique<ChangeLog>(database, *lib->d->hlc, lib->d->deviceId, lib->d->author);
    lib->d->store = std::make_unique<RecordStore>(database, *lib->d->log);
    lib->d->search = std::make_unique<SearchIndex>(database, *lib->d->store, dir.filePath(searchFileName()));
    if (Status s = lib->d->search->open(readOnly); !s)
        return s.error();
    for (const QString &notice : lib->d->search->takeNotices())
        lib->addNotice(notice);
    if (!readOnly && options.clearLeftovers) {
        if (Status s = lib->cleanLeftovers(); !s)
            qCWarning(lcLibrary) << "leftovers of an earlier run were not cleared:" << s.error().message;
    }
    qCInfo(lcLibrary) << "opened library" << lib->m_folder << (lib->m_created ? "(new)" : "");
    return lib;
}

QStringList Library::takeNotices()
{
    return std::exchange(m_notices, {});
}

void Library::addNotice(const QString &notice)
{
    if (!m_notices.contains(notice))
        m_notices << notice;
}

QString Library::damageWords(const QString &detail) const
{
    const QStringList backups = backupsIn(m_folder);
    const QString restore = backups.isEmpty()
        ? QObject::tr("No backup was found in %1.").arg(native(backupsFolder()))
        : QObject::tr("Restore the newest backup (%1) with  praxis-cli restore \"%1\"  or File ▸ Restore from Backup.").arg(native(backups.first()));
    return QObject::tr("The library in %1 is damaged (%2). Praxis has stopped writing to it so that nothing more is lost; what it holds can still "
                       "be read and exported (praxis-cli export library --output FILE). %3")
        .arg(native(m_folder), detail, restore);
}

Status Library::cleanLeftovers()
{
    // Another program may be attaching a file or writing a backup this very moment: only what is old
    // enough, or was left by a process that has ended, goes.
    constexpr qint64 kAttachGraceMs = 15 * 60 * 1000;
    if (Status s = d->backups->clearPartials(); !s)
        return s;
    AttachmentStore attachments(attachmentsFolder(), *d->db, *d->store);
    auto removed = attachments.clearLeftovers(kAttachGraceMs, BackupManager::copiesIn(backupsFolder()));
    if (!removed)
        return removed.error();
    if (*removed > 0)
        qCInfo(lcLibrary) << "removed" << *removed << "attachment copies that no record refers to";
    return {};
}

QString Library::attachmentsFolder() const
{
    return m_folder + QStringLiteral("/attachments");
}

QString Library::backupsFolder() const
{
    return m_folder + QStringLiteral("/backups");
}

QString Library::deviceId() const
{
    return d->deviceId;
}

QString Library::author() const
{
    return d->author;
}

Database &Library::database()
{
    return *d->db;
}

RecordStore &Library::records()
{
    return *d->store;
}

ChangeLog &Library::changeLog()
{
    return *d->log;
}

BackupManager &Library::backups()
{
    return *d->backups;
}

SearchIndex &Library::search()
{
    return *d->search;
}

Clock &Library::clock()
{
    return *d->clock;
}

Result<LibraryCheck> Library::check()
{
    LibraryCheck result;
    auto integrity = d->db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    for (;;) {
        auto row = integrity->step();
        if (!row && row.error().code == ErrorCode::Corrupt) {
            // Damaged past what the check itself can walk.
            result.problems << QObject::tr("Database: %1").arg(row.error().message);
            break;
        }
        if (!row)
            return makeError(row.error().code, QObject::tr("The integrity check could not run: %1").arg(row.error().message));
        if (!row.value())
            break;
        if (integrity->text(0) != QLatin1String("ok"))
            result.problems << QObject::tr("Database: %1").arg(integrity->text(0));
    }
    const QString marker = QDir(m_folder).filePath(damageMarkerName());
    if (!result.problems.isEmpty()) {
        if (!m_readOnly) {
            const QString words = damageWords(result.problems.first());
            d->db->refuseWrites(makeError(ErrorCode::Corrupt, words));
            writeDamageMarker(marker, words);
        }
        return result; // the records cannot be trusted to replay the log
    }
    auto fk = d->db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    for (;;) {
        auto row = fk->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        result.problems << QObject::tr("Broken reference: row %1 of %2 refers to a missing %3").arg(fk->text(1), fk->text(0), fk->text(2));
    }
    auto records = d->db->scalar(QStringLiteral("SELECT count(*) FROM records"));
    if (!records)
        return records.error();
    result.records = records->toLongLong();
    auto log = d->log->verify(*d->store);
    if (!log)
        return log.error();
    result.logEntries = log->entries;
    result.problems << log->problems;
    // The index is derived data: what it lacks or holds too much is a problem to report (and the next
    // catch-up or a reindex mends it), but not damage to the library.
    auto index = d->search->verify();
    if (!index)
        result.problems << QObject::tr("Search index: %1").arg(index.error().message);
    else
        result.problems << *index;

    if (QFileInfo::exists(marker)) {
        // Sound again (repaired by hand, or the damage was in a part since rewritten).
        QFile::remove(marker);
        d->db->allowWrites(ErrorCode::Corrupt);
    }
    return result;
}

} // namespace praxis::core
