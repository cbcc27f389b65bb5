// Library::restore(): a backup takes the library's place, and what it replaces is kept.

#include "history/clock.h"
#include "library/backup_manager.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <optional>
#include <utility>

namespace praxis::core {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The files that make up the library's state besides attachments: the database, its logs, the index.
QStringList stateFiles()
{
    const QString db = Library::databaseFileName();
    const QString search = Library::searchFileName();
    return {db,
            db + QStringLiteral("-wal"),
            db + QStringLiteral("-shm"),
            db + QStringLiteral("-journal"),
            search,
            search + QStringLiteral("-wal"),
            search + QStringLiteral("-shm"),
            search + QStringLiteral("-journal"),
            Library::damageMarkerName()};
}

// A sound Praxis library this version can read: its record count, or why not.
Result<qint64> verifyCopy(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return makeError(ErrorCode::Io, QObject::tr("The backup %1 cannot be opened: %2").arg(native(path), db.error().message));
    auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId && appId.error().code == ErrorCode::Corrupt && !appId.error().message.contains(QLatin1String("not a database")))
        return makeError(ErrorCode::Corrupt, QObject::tr("The backup %1 is damaged (%2); it was not restored.").arg(native(path), appId.error().message));
    if (!appId)
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is not a backup of a Praxis library (%2).").arg(native(path), appId.error().message));
    if (appId->toLongLong() != Library::kApplicationId)
        return makeError(ErrorCode::NotALibrary, QObject::tr("%1 is not a backup of a Praxis library.").arg(native(path)));
    auto version = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (version->toInt() > Migrations::latestVersion())
        return makeError(ErrorCode::NewerSchema, QObject::tr("The backup %1 was written by a newer version of Praxis; update Praxis to restore it.").arg(native(path)));
    auto check = (*db)->scalar(QStringLiteral("PRAGMA quick_check(1)"));
    if (!check || check->toString() != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt, QObject::tr("The backup %1 is damaged (%2); it was not restored.")
                                                 .arg(native(path), check ? check->toString() : check.error().message));
    auto records = (*db)->scalar(QStringLiteral("SELECT count(*) FROM records"));
    if (!records)
        return records.error();
    return records->toLongLong();
}

} // namespace

QStringList Library::backupsIn(const QString &folder)
{
    return BackupManager::backupsIn(QDir(folder).filePath(QStringLiteral("backups")));
}

Result<RestoreReport> Library::restore(const QString &folderPath, const QString &backupPath)
{
    const QDir dir(QFileInfo(folderPath).absoluteFilePath());
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, QObject::tr("There is no library at %1.").arg(native(dir.absolutePath())));
    const QFileInfo backup(backupPath);
    if (!backup.isFile())
        return makeError(ErrorCode::NotFound, QObject::tr("There is no backup file %1.").arg(native(backupPath)));
    const QString dbPath = dir.filePath(databaseFileName());
    for (const QString &name : stateFiles()) {
        if (backup.canonicalFilePath() == QFileInfo(dir.filePath(name)).canonicalFilePath())
            return makeError(ErrorCode::Invalid, QObject::tr("%1 is the library itself, not a backup of it.").arg(native(backupPath)));
    }

    // The copy is made and checked under a temporary name first: until it is whole, nothing is replaced.
    auto expected = verifyCopy(backup.absoluteFilePath());
    if (!expected)
        return expected.error();
    const QString incoming = dir.filePath(databaseFileName() + QStringLiteral(".restoring"));
    QFile::remove(incoming);
    {
        auto source = Database::open(backup.absoluteFilePath(), Database::Mode::ReadOnly);
        if (!source)
            return source.error();
        QString quoted = incoming;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (Status s = (*source)->exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !s) {
            QFile::remove(incoming);
            return makeError(s.error().code, QObject::tr("The backup could not be copied into the library folder: %1 Nothing was changed.").arg(s.error().message));
        }
    }
    auto copied = verifyCopy(incoming);
    if (!copied || *copied != *expected) {
        QFile::remove(incoming);
        return makeError(ErrorCode::Io, QObject::tr("The copy of the backup did not read back whole. Nothing was changed."));
    }

    // Nobody may have the library open while its files change places. Leaving write-ahead logging needs
    // every other connection gone; it also folds the library's own log into its file, so that the file
    // set aside stands alone and no log is left that SQLite could replay onto the restored file.
    std::unique_ptr<Database> guard;
    const QFileInfo current(dbPath);
    if (current.exists() && current.size() > 0) {
        auto probe = Database::open(dbPath, Database::Mode::ReadWrite);
        if (probe) {
            auto mode = (*probe)->scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
            const bool busy = (!mode && mode.error().code == ErrorCode::Busy)
                || (mode && mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0 && !(*probe)->isReadOnly());
            if (busy) {
                QFile::remove(incoming);
                return makeError(ErrorCode::Busy, QObject::tr("Another program has the library in %1 open (a Praxis window, or praxis-cli). "
                                                              "Close it and try again. Nothing was changed.")
                                                      .arg(native(dir.absolutePath())));
            }
            // Held until the new file is in place: no one opens the old one meanwhile.
            if (mode && (*probe)->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE")))
                guard = std::move(probe.value());
        }
        // A file SQLite cannot read at all is damaged: it is set aside like any other.
    }

    // The replaced files go aside together, never deleted.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString aside = dir.filePath(QStringLiteral("backups/replaced-%1").arg(stamp));
    QStringList moved;
    auto undo = [&] {
        for (const QString &name : std::as_const(moved))
            QFile::rename(QDir(aside).filePath(name), dir.filePath(name));
    };
    for (const QString &name : stateFiles()) {
        if (!QFileInfo::exists(dir.filePath(name)))
            continue;
        if ((moved.isEmpty() && !QDir().mkpath(aside)) || !QFile::rename(dir.filePath(name), QDir(aside).filePath(name))) {
            undo();
            QFile::remove(incoming);
            return makeError(ErrorCode::Io, QObject::tr("%1 could not be moved aside into %2. Nothing was changed.").arg(name, native(aside)));
        }
        moved << name;
    }
    if (!QFile::rename(incoming, dbPath)) {
        undo();
        QFile::remove(incoming);
        return makeError(ErrorCode::Io, QObject::tr("The restored library could not be put in place. Nothing was changed."));
    }
    guard.reset();
    qCInfo(lcLibrary) << "restored" << backup.absoluteFilePath() << "into" << dir.absolutePath() << "; replaced files in" << aside;

    RestoreReport report;
    report.restoredFrom = backup.absoluteFilePath();
    report.setAside = moved.isEmpty() ? QString() : aside;
    report.records = *expected;
    return report;
}

} // namespace praxis::core
