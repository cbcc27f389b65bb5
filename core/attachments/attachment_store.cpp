#include "attachments/attachment_store.h"

#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

namespace praxis::core {

namespace {

constexpr qint64 kChunk = 1 << 20;

// What addFiles() names its temporary copies (QTemporaryFile fills in the X's).
const QString kIncomingPrefix = QStringLiteral("incoming-");

// Marks a stored file as just used, so that clearLeftovers() leaves it to the add about to record it.
// False when the file is not there (or cannot be marked).
bool markUsed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
        && file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

// The hashes that the attachment records in a database refer to, in lower case.
Result<QSet<QString>> hashesIn(const QString &databasePath)
{
    auto db = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = (*db)->prepare(QStringLiteral("SELECT sha256 FROM attachment WHERE sha256 IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    QSet<QString> out;
    if (Status s = stmt->forEach([&](const Statement &row) { out.insert(row.text(0).toLower()); }); !s)
        return s.error();
    return out;
}

} // namespace

AttachmentStore::AttachmentStore(QString attachmentsFolder, Database &db, RecordStore &store)
    : m_folder(std::move(attachmentsFolder))
    , m_db(db)
    , m_store(store)
{
}

QString AttachmentStore::blobPath(const QString &sha256) const
{
    return blobPath(m_folder, sha256);
}

QString AttachmentStore::blobPath(const QString &attachmentsFolder, const QString &sha256)
{
    return attachmentsFolder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<QString> AttachmentStore::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QObject::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFile::NoError)
            return makeError(ErrorCode::Io, QObject::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<RecordId>> AttachmentStore::addFiles(const RecordId &owner, const QStringList &paths)
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, QObject::tr("The attachments folder %1 cannot be created.").arg(m_folder));
    struct Stored {
        QString path;
        QString sha;
        qint64 size = 0;
        bool created = false; // a blob this call wrote, removed again if the whole add fails
    };
    QList<Stored> stored;
    auto undoBlobs = [&] {
        for (const Stored &s : std::as_const(stored))
            if (s.created)
                QFile::remove(blobPath(s.sha));
    };
    for (const QString &path : paths) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            undoBlobs();
            return makeError(ErrorCode::Io, QObject::tr("%1 cannot be read: %2. No file was attached.").arg(QFileInfo(path).fileName(), in.errorString()));
        }
        // Hash while copying to a temporary file beside the store; renamed once complete and on disk.
        QTemporaryFile temp(m_folder + QLatin1Char('/') + kIncomingPrefix + QStringLiteral("XXXXXX"));
        if (!temp.open()) {
            undoBlobs();
            return makeError(ErrorCode::Io, QObject::tr("The attachments folder cannot be written: %1. No file was attached.").arg(temp.errorString()));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty() && in.error() != QFile::NoError) {
                undoBlobs();
                return makeError(ErrorCode::Io, QObject::tr("%1 cannot be read: %2. No file was attached.").arg(QFileInfo(path).fileName(), in.errorString()));
            }
            hash.addData(chunk);
            if (temp.write(chunk) != chunk.size()) {
                undoBlobs();
                return makeError(ErrorCode::Io, QObject::tr("%1 could not be copied into the library (is the disk full?): %2. No file was attached.")
                                                    .arg(QFileInfo(path).fileName(), temp.errorString()));
            }
            size += chunk.size();
        }
        if (!temp.flush()) {
            undoBlobs();
            return makeError(ErrorCode::Io, QObject::tr("%1 could not be copied into the library: %2. No file was attached.").arg(QFileInfo(path).fileName(), temp.errorString()));
        }
        const QString sha = QString::fromLatin1(hash.result().toHex());
        const QString target = blobPath(sha);
        bool created = false;
        // Stored already (perhaps as a leftover old enough to be cleared): marked as used, so it stays.
        if (!markUsed(target) && !QFileInfo::exists(target)) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!temp.rename(target)) {
                undoBlobs();
                return makeError(ErrorCode::Io, QObject::tr("%1 could not be stored: %2. No file was attached.").arg(QFileInfo(path).fileName(), temp.errorString()));
            }
            temp.setAutoRemove(false);
            created = true;
        }
        stored.append({path, sha, size, created});
    }

    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status()) {
        undoBlobs();
        return tx.status().error();
    }
    QMimeDatabase mime;
    QList<RecordId> ids;
    for (const Stored &s : std::as_const(stored)) {
        const QFileInfo info(s.path);
        auto id = m_store.create(QStringLiteral("attachment"), {{QStringLiteral("owner_id"), owner.toString()},
                                                               {QStringLiteral("title"), info.completeBaseName()},
                                                               {QStringLiteral("file_name"), info.fileName()},
                                                               {QStringLiteral("sha256"), s.sha},
                                                               {QStringLiteral("size"), s.size},
                                                               {QStringLiteral("mime_type"), mime.mimeTypeForFile(info).name()}});
        if (!id) {
            undoBlobs();
            return makeError(id.error().code, id.error().message + QLatin1Char(' ') + QObject::tr("No file was attached."));
        }
        ids << *id;
    }
    if (Status s = tx.commit(); !s) {
        undoBlobs();
        return s.error();
    }
    return ids;
}

Result<RecordId> AttachmentStore::addLink(const RecordId &owner, const QString &url, const QString &title)
{
    const QUrl parsed(url.trimmed());
    return m_store.create(QStringLiteral("attachment"), {{QStringLiteral("owner_id"), owner.toString()},
                                                        {QStringLiteral("title"), title.isEmpty() ? parsed.host() + parsed.path() : title},
                                                        {QStringLiteral("url"), url.trimmed()}});
}

Result<QString> AttachmentStore::storedPath(const RecordId &attachment) const
{
    auto record = m_store.get(attachment);
    if (!record)
        return record.error();
    const QString sha = record->value(QStringLiteral("sha256")).toString();
    if (sha.isEmpty())
        return makeError(ErrorCode::NotFound, QObject::tr("This attachment is a link, not a file."));
    const QString path = blobPath(sha);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QObject::tr("The file of “%1” is missing from the library's attachments folder.")
                                                  .arg(record->value(QStringLiteral("file_name")).toString()));
    return path;
}

Result<QString> AttachmentStore::openableCopy(const RecordId &attachment) const
{
    auto path = storedPath(attachment);
    if (!path)
        return path.error();
    auto record = m_store.get(attachment);
    const QString sha = record->value(QStringLiteral("sha256")).toString();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/praxis-open/") + sha.left(16);
    QDir().mkpath(dir);
    QString name = QFileInfo(record->value(QStringLiteral("file_name")).toString()).fileName();
    if (name.isEmpty())
        name = sha;
    const QString copy = dir + QLatin1Char('/') + name;
    if (!QFileInfo::exists(copy) && !QFile::copy(*path, copy))
        return makeError(ErrorCode::Io, QObject::tr("A copy of %1 could not be made for opening.").arg(name));
    return copy;
}

Result<QString> AttachmentStore::exportTo(const RecordId &attachment, const QString &folder) const
{
    auto path = storedPath(attachment);
    if (!path)
        return path.error();
    auto record = m_store.get(attachment);
    const QFileInfo original(record->value(QStringLiteral("file_name")).toString());
    QString target = folder + QLatin1Char('/') + original.fileName();
    for (int n = 2; QFileInfo::exists(target); ++n) {
        const QString suffix = original.suffix().isEmpty() ? QString() : QLatin1Char('.') + original.suffix();
        target = folder + QLatin1Char('/') + QStringLiteral("%1 (%2)%3").arg(original.completeBaseName()).arg(n).arg(suffix);
    }
    if (!QFile::copy(*path, target))
        return makeError(ErrorCode::Io, QObject::tr("%1 could not be written into %2.").arg(original.fileName(), folder));
    return target;
}

Result<QList<AttachmentProblem>> AttachmentStore::check(const std::atomic_bool *cancel, const std::function<void(qint64, qint64)> &progress) const
{
    ListQuery all;
    all.trash = TrashFilter::All;
    auto total = m_store.count(QStringLiteral("attachment"), all);
    if (!total)
        return total.error();
    QList<AttachmentProblem> problems;
    qint64 done = 0;
    constexpr int kPage = 200;
    for (int offset = 0;; offset += kPage) {
        ListQuery q;
        q.trash = TrashFilter::All;
        q.limit = kPage;
        q.offset = offset;
        q.sortField = QStringLiteral("created");
        auto page = m_store.list(QStringLiteral("attachment"), q);
        if (!page)
            return page.error();
        for (const Record &r : *page) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled, QObject::tr("The check was stopped."));
            ++done;
            const QString sha = r.value(QStringLiteral("sha256")).toString();
            if (sha.isEmpty())
                continue; // a link
            const QString name = r.value(QStringLiteral("file_name")).toString();
            const RecordId owner(r.value(QStringLiteral("owner_id")).toString());
            const QString path = blobPath(sha);
            if (!QFileInfo::exists(path)) {
                problems.append({r.id, owner, name, AttachmentProblem::Kind::Missing, QObject::tr("%1: the file is missing.").arg(name)});
                continue;
            }
            auto now = sha256Of(path);
            if (!now)
                problems.append({r.id, owner, name, AttachmentProblem::Kind::Unreadable, now.error().message});
            else if (*now != sha)
                problems.append({r.id, owner, name, AttachmentProblem::Kind::Altered,
                                 QObject::tr("%1: the file has changed since it was added (its contents no longer match).").arg(name)});
            if (progress)
                progress(done, *total);
        }
        if (page->size() < kPage)
            break;
    }
    return problems;
}

Result<qint64> AttachmentStore::clearLeftovers(qint64 olderThanMs, const QStringList &copies)
{
    const QDir root(m_folder);
    if (!root.exists())
        return qint64(0);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-std::max<qint64>(olderThanMs, 0));
    // Asked again just before each removal: the file may have been used a moment ago.
    auto isOld = [&](const QString &path) {
        const QFileInfo info(path);
        return info.isFile() && !info.isSymLink() && info.lastModified() < cutoff;
    };
    qint64 removed = 0;
    auto remove = [&](const QString &path) {
        if (QFile::remove(path)) {
            ++removed;
            qCInfo(lcAttachments) << "removed a leftover file" << path;
        } else {
            qCWarning(lcAttachments) << "a leftover file could not be removed:" << path;
        }
    };

    const QDir::Filters files = QDir::Files | QDir::Hidden | QDir::NoSymLinks;
    for (const QString &name : root.entryList({kIncomingPrefix + QLatin1Char('*')}, files)) {
        if (isOld(root.filePath(name)))
            remove(root.filePath(name));
    }

    // Only files named as the store names them, in the folder their name belongs in.
    static const QRegularExpression shaName(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList candidates;
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        const QDir dir(root.filePath(sub));
        for (const QString &name : dir.entryList(files)) {
            if (name.left(2) == sub && shaName.match(name).hasMatch() && isOld(dir.filePath(name)))
                candidates << name;
        }
    }
    if (candidates.isEmpty())
        return removed;

    // A backup refers to its files too, and restoring it must find them: what any copy names stays, and
    // when one cannot be read, every stored file stays.
    QSet<QString> inBackups;
    for (const QString &path : copies) {
        auto hashes = hashesIn(path);
        if (!hashes) {
            qCWarning(lcAttachments) << "stored files kept: the copy" << path << "cannot be read:" << hashes.error().message;
            return removed;
        }
        inBackups.unite(*hashes);
    }

    for (const QString &sha : std::as_const(candidates)) {
        if (inBackups.contains(sha))
            continue;
        auto referenced = m_db.scalar(QStringLiteral("SELECT 1 FROM attachment WHERE sha256 = ? COLLATE NOCASE LIMIT 1"), {sha});
        if (!referenced)
            return referenced.error();
        if (!referenced->isValid() && isOld(blobPath(sha)))
            remove(blobPath(sha));
    }
    return removed;
}

} // namespace praxis::core
