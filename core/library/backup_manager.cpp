#include "library/backup_manager.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace praxis::core {

namespace {

const QString kPrefix = QStringLiteral("praxis-");
const QString kSuffix = QStringLiteral(".sqlite");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

} // namespace

BackupManager::BackupManager(Database &db, QString folder, Clock &clock, int keep)
    : m_db(db)
    , m_folder(std::move(folder))
    , m_clock(clock)
    , m_keep(keep)
{
}

QString BackupManager::keptFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral("kept"));
}

QString BackupManager::partialFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral(".incomplete"));
}

namespace {

QStringList backupFiles(const QString &folder)
{
    QDir dir(folder);
    QStringList out;
    const QStringList names = dir.entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &n : names)
        out << dir.filePath(n);
    return out;
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // decided by age alone
#endif
}

} // namespace

QStringList BackupManager::backups() const
{
    return backupFiles(m_folder);
}

QStringList BackupManager::backupsIn(const QString &backupsFolder)
{
    QStringList all = backupFiles(backupsFolder) + backupFiles(QDir(backupsFolder).filePath(QStringLiteral("kept")));
    // Names begin with the time they were made.
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return QFileInfo(a).fileName() > QFileInfo(b).fileName(); });
    return all;
}

QStringList BackupManager::copiesIn(const QString &backupsFolder)
{
    QStringList all = backupsIn(backupsFolder);
    const QDir dir(backupsFolder);
    for (const QString &aside : dir.entryList({QStringLiteral("replaced-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString library = dir.filePath(aside + QStringLiteral("/praxis.sqlite"));
        if (QFileInfo(library).size() > 0)
            all << library;
    }
    return all;
}

BackupInfo BackupManager::inspect(const QString &path)
{
    BackupInfo info;
    info.path = path;
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return info;
    auto records = (*db)->scalar(QStringLiteral("SELECT count(*) FROM records"));
    auto last = (*db)->scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (records && last) {
        info.records = records->toLongLong();
        info.lastChange = last->toLongLong();
    }
    return info;
}

Status BackupManager::clearPartials()
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // file times are the system's
    // Copies cut short by an older Praxis, which wrote them beside the backups.
    QDir top(m_folder);
    for (const QString &name : top.entryList({QStringLiteral("*.partial"), QStringLiteral("*.partial-journal")}, QDir::Files))
        QFile::remove(top.filePath(name));
    QDir dir(partialFolder());
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        // <backup name>.<pid of the process writing it>
        const qint64 pid = file.suffix().toLongLong();
        const qint64 age = now - file.lastModified().toMSecsSinceEpoch();
        if (processAlive(pid) && age < kDayMs)
            continue; // being written now, by this program or another
        if (!QFile::remove(file.absoluteFilePath()))
            return makeError(ErrorCode::Io, QObject::tr("The unfinished backup %1 could not be removed.").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        qCInfo(lcBackup) << "removed an unfinished backup" << file.fileName();
    }
    return {};
}

Result<QString> BackupManager::backupNow(const QString &reason)
{
    m_warning.clear();
    if (m_db.inTransaction())
        return makeError(ErrorCode::Storage, QObject::tr("A backup cannot be made in the middle of a change."));
    if (const auto &refusal = m_db.writeRefusal(); refusal && refusal->code == ErrorCode::Corrupt)
        return makeError(ErrorCode::Corrupt, QObject::tr("No backup is made of a damaged library: it would take the place of good backups. %1").arg(refusal->message));
    if (!QDir().mkpath(partialFolder()))
        return makeError(ErrorCode::Io, QObject::tr("Cannot create the backup folder %1 (is the disk read-only?).").arg(QDir::toNativeSeparators(m_folder)));
    (void)clearPartials();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString tag = reason;
    tag.replace(unsafe, QStringLiteral("_"));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(kStampFormat);
    QString name = kPrefix + stamp + QLatin1Char('-') + tag + kSuffix;
    for (int n = 2; QFileInfo::exists(QDir(m_folder).filePath(name)); ++n)
        name = kPrefix + stamp + QLatin1Char('-') + tag + QStringLiteral("-%1").arg(n) + kSuffix;
    const QString path = QDir(m_folder).filePath(name);
    // Written aside and checked before it is renamed into place: a copy cut short never looks like a backup.
    const QString partial = QDir(partialFolder()).filePath(name + QStringLiteral(".%1").arg(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status s = m_db.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !s) {
        QFile::remove(partial);
        return makeError(s.error().code == ErrorCode::DiskFull ? ErrorCode::DiskFull : ErrorCode::Io,
                         QObject::tr("The backup could not be written to %1: %2").arg(QDir::toNativeSeparators(m_folder), s.error().message));
    }
    const BackupInfo written = inspect(partial);
    bool sound = written.readable();
    if (sound) {
        auto copy = Database::open(partial, Database::Mode::ReadOnly);
        auto check = copy ? (*copy)->scalar(QStringLiteral("PRAGMA quick_check(1)")) : Result<QVariant>(copy.error());
        sound = check && check->toString() == QLatin1String("ok");
    }
    if (!sound) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QObject::tr("The backup written to %1 did not read back whole; it was removed and no backup was replaced.")
                                            .arg(QDir::toNativeSeparators(m_folder)));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QObject::tr("The backup could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    qCInfo(lcBackup) << "backup written" << path << written.records << "records";
    BackupInfo now = written;
    now.path = path;
    rotate(now);
    return path;
}

void BackupManager::rotate(const BackupInfo &now)
{
    QStringList all = backups();
    // A library that lost most of its records since the last backup: that backup is kept apart for good.
    if (all.size() > 1) {
        const BackupInfo previous = inspect(all.at(1));
        if (previous.readable() && previous.records >= 10 && now.records * 2 < previous.records) {
            const QString kept = QDir(keptFolder()).filePath(QFileInfo(previous.path).fileName());
            if (QDir().mkpath(keptFolder()) && QFile::rename(previous.path, kept)) {
                m_warning = QObject::tr("The library now holds %1 records; the backup before this one held %2. That backup is kept apart in %3, "
                                        "where it is never rotated away. If records were lost, restore it with  praxis-cli restore \"%4\"")
                                .arg(now.records)
                                .arg(previous.records)
                                .arg(QDir::toNativeSeparators(keptFolder()), QDir::toNativeSeparators(kept));
                qCWarning(lcBackup) << "library shrank from" << previous.records << "to" << now.records << "records; kept" << kept;
                all = backups();
            }
        }
    }
    if (all.size() <= m_keep)
        return;
    // The newest backup that holds more than the library does now is never rotated away.
    QString keep;
    for (int i = 1; i < all.size(); ++i) {
        const BackupInfo info = inspect(all.at(i));
        if (info.readable() && (info.records > now.records || info.lastChange > now.lastChange)) {
            keep = info.path;
            break;
        }
    }
    for (int i = m_keep; i < all.size(); ++i) {
        if (all.at(i) != keep)
            QFile::remove(all.at(i));
    }
}

Result<QString> BackupManager::backupIfDue(qint64 intervalMs)
{
    m_warning.clear();
    const QStringList all = backups();
    if (!all.isEmpty()) {
        const QString name = QFileInfo(all.first()).fileName();
        const QDateTime stamp = QDateTime::fromString(name.mid(kPrefix.size(), kStampFormat.size()), kStampFormat);
        QDateTime utc = stamp;
        utc.setTimeSpec(Qt::UTC);
        if (stamp.isValid() && m_clock.nowMs() - utc.toMSecsSinceEpoch() < intervalMs)
            return QString();
    }
    return backupNow(QStringLiteral("scheduled"));
}

} // namespace praxis::core
