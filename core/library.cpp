#include "library.h"

#include "backup_manager.h"
#include "change_log.h"
#include "database.h"
#include "hybrid_clock.h"
#include "logging.h"
#include "migrations.h"
#include "record_id.h"
#include "record_store.h"
#include "search_index.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>

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

// Looks at the file before SQLite writes anything to it.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QObject::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is not a Praxis library (it is not a database file). Nothing was changed.").arg(native(path)));
    return {};
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
    const bool exists = QFileInfo::exists(dbPath);
    if (!exists && !options.create)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no library at %1 (no %2).").arg(native(dir.absolutePath()), databaseFileName()));
    if (!exists && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        // Refuse to scatter library files among someone else's.
        return makeError(ErrorCode::NotALibrary,
                         QObject::tr("%1 is not empty and holds no Praxis library. Choose an empty folder or an existing library. Nothing was changed.")
                             .arg(native(dir.absolutePath())));
    }
    if (exists) {
        if (Status s = checkHeader(dbPath); !s)
            return s.error();
    }

    std::unique_ptr<Library> lib(new Library);
    lib->m_folder = dir.absolutePath();
    lib->d->clock = options.clock ? options.clock : systemClock();
    auto db = Database::open(dbPath, exists ? Database::Mode::ReadWrite : Database::Mode::Create);
    if (!db)
        return db.error();
    lib->d->db = std::move(db.value());
    Database &database = *lib->d->db;

    // Read-only checks first: nothing is written to a file that is not ours, damaged, or newer.
    auto objects = database.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects) {
        if (objects.error().code == ErrorCode::Corrupt)
            return makeError(ErrorCode::Corrupt, QObject::tr("The library %1 is damaged (%2). Nothing was changed; restore a copy from %3.")
                                                     .arg(native(dbPath), objects.error().message, native(dir.filePath(QStringLiteral("backups")))));
        return objects.error();
    }
    auto appId = database.scalar(QStringLiteral("PRAGMA application_id"));
    auto version = database.scalar(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return makeError(ErrorCode::Corrupt, QObject::tr("The library %1 cannot be read. Nothing was changed.").arg(native(dbPath)));
    const bool fresh = objects->toLongLong() == 0 && version->toInt() == 0;
    if (!fresh && appId->toLongLong() != kApplicationId)
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is a database, but not a Praxis library. Nothing was changed.").arg(native(dbPath)));
    if (version->toInt() > Migrations::latestVersion())
        return makeError(ErrorCode::NewerSchema,
                         QObject::tr("The library %1 was written by a newer version of Praxis (library format %2; this version reads up to %3). "
                                     "Nothing was changed; update Praxis to open it.")
                             .arg(native(dir.absolutePath()))
                             .arg(version->toInt())
                             .arg(Migrations::latestVersion()));

    auto journal = pragmaText(database, QStringLiteral("journal_mode = WAL"));
    if (!journal)
        return journal.error();
    if (journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Storage, QObject::tr("The library %1 could not be switched to write-ahead logging (the file system said “%2”).").arg(native(dbPath), *journal));
    if (Status s = database.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")); !s)
        return s.error();
    auto fk = database.scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1)
        return makeError(ErrorCode::Storage, QObject::tr("This SQLite cannot enforce foreign keys."));

    for (const char *sub : {"attachments", "backups"}) {
        if (!dir.mkpath(QString::fromLatin1(sub)))
            return makeError(ErrorCode::Io, QObject::tr("Cannot create %1 in the library folder.").arg(QString::fromLatin1(sub)));
    }
    lib->d->backups = std::make_unique<BackupManager>(database, dir.filePath(QStringLiteral("backups")), *lib->d->clock);

    if (!fresh && version->toInt() < Migrations::latestVersion()) {
        auto backup = lib->d->backups->backupNow(QStringLiteral("before-migration-%1").arg(Migrations::latestVersion()));
        if (!backup)
            return makeError(backup.error().code, QObject::tr("The library was not updated because a backup could not be made first: %1").arg(backup.error().message));
    }
    if (Status s = Migrations::apply(database); !s)
        return s.error();

    // This replica's identity, made once.
    auto device = database.scalar(QStringLiteral("SELECT value FROM library_meta WHERE key = 'device_id'"));
    if (!device)
        return device.error();
    if (device->isValid()) {
        lib->d->deviceId = device->toString();
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
    lib->d->search = std::make_unique<SearchIndex>(database, *lib->d->store, dir.filePath(QStringLiteral("search.sqlite")));
    if (Status s = lib->d->search->open(); !s)
        return s.error();
    qCInfo(lcLibrary) << "opened library" << lib->m_folder << (lib->m_created ? "(new)" : "");
    return lib;
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
        if (!row)
            return makeError(row.error().code, QObject::tr("The integrity check could not run: %1").arg(row.error().message));
        if (!row.value())
            break;
        if (integrity->text(0) != QLatin1String("ok"))
            result.problems << QObject::tr("Database: %1").arg(integrity->text(0));
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
    return result;
}

} // namespace praxis::core
