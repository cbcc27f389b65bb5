#pragma once

#include "model/record_id.h"
#include "storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace praxis::core {

class Database;
class RecordStore;

// What a check found wrong with one attachment.
struct AttachmentProblem {
    enum class Kind { Missing, Altered, Unreadable };
    RecordId attachment;
    RecordId owner;
    QString fileName;
    Kind kind = Kind::Missing;
    QString message;
};

// The library's files: copied into attachments/ab/<sha-256> (content-addressed, so the same file twice is
// stored once), written to a temporary name and renamed only once complete, and described by `attachment`
// records that are parts of the record they belong to. Adding several files is all or nothing.
class AttachmentStore {
public:
    AttachmentStore(QString attachmentsFolder, Database &db, RecordStore &store);

    // Copies the files in and attaches them to `owner`, in one transaction; a file that cannot be read
    // leaves the library as it was.
    Result<QList<RecordId>> addFiles(const RecordId &owner, const QStringList &paths);
    Result<RecordId> addLink(const RecordId &owner, const QString &url, const QString &title = {});
    // Where the stored copy of an attachment is (it has no file name of its own).
    Result<QString> storedPath(const RecordId &attachment) const;
    // A copy named as the original, in a temporary folder, for opening with the system's application.
    Result<QString> openableCopy(const RecordId &attachment) const;
    // Writes the attachment out into `folder` under its file name, never over an existing file ("name (2).pdf").
    Result<QString> exportTo(const RecordId &attachment, const QString &folder) const;
    // Every attachment's file: present, and the same bytes as when it was added.
    Result<QList<AttachmentProblem>> check(const std::atomic_bool *cancel = nullptr,
                                           const std::function<void(qint64 done, qint64 total)> &progress = {}) const;

    // Removes what an add that never committed left behind: stored files that no attachment record refers
    // to (trashed ones included) and the store's own temporary files, when last modified more than
    // `olderThanMs` ago by the system clock (file times are that clock's). A younger file may belong to an
    // add still under way, in this program or another, and is left alone; so is anything the store did
    // not name, and any file that one of `copies` (the library's backups and the libraries a restore set
    // aside, read through SQLite) refers to, all of them while one cannot be read, so that a restored copy
    // finds its files. Returns how many files were removed.
    Result<qint64> clearLeftovers(qint64 olderThanMs, const QStringList &copies);

    QString blobPath(const QString &sha256) const;
    // Where a file with this hash lives inside an attachments folder.
    static QString blobPath(const QString &attachmentsFolder, const QString &sha256);
    static Result<QString> sha256Of(const QString &path);

private:
    QString m_folder;
    Database &m_db;
    RecordStore &m_store;
};

} // namespace praxis::core
