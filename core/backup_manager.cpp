#include "backup_manager.h"

#include "database.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

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

QStringList BackupManager::backups() const
{
    QDir dir(m_folder);
    QStringList names = dir.entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList out;
    for (const QString &n : std::as_const(names))
        out << dir.filePath(n);
    return out;
}

Result<QString> BackupManager::backupNow(const QString &reason)
{
    if (m_db.inTransaction())
        return makeError(ErrorCode::Storage, QObject::tr("A backup cannot be made in the middle of a change."));
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, QObject::tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString tag = reason;
    tag.replace(unsafe, QStringLiteral("_"));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(kStampFormat);
    QString path = QDir(m_folder).filePath(kPrefix + stamp + QLatin1Char('-') + tag + kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(kPrefix + stamp + QLatin1Char('-') + tag + QStringLiteral("-%1").arg(n) + kSuffix);
    // A partial copy (full disk) must never be mistaken for a backup: write aside, then rename.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status s = m_db.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !s) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QObject::tr("The backup could not be written to %1: %2").arg(QDir::toNativeSeparators(m_folder), s.error().message));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QObject::tr("The backup could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    qCInfo(lcBackup) << "backup written" << path;
    const QStringList all = backups();
    for (int i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}

Result<QString> BackupManager::backupIfDue(qint64 intervalMs)
{
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
