#include "attachments/attachment_store.h"
#include "library/backup_manager.h"
#include "test_library.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

constexpr qint64 kQuarterHour = 15 * 60 * 1000;
constexpr qint64 kTwoHours = 2 * 60 * 60 * 1000;

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// File times come from the file system's clock, so they are set against the real one.
void makeOld(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-kTwoHours), QFileDevice::FileModificationTime));
}

QString shaOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("Files left in attachments/ by an add that never committed are cleared once old", "[attachments][leftovers]")
{
    TestLibrary lib;
    QTemporaryDir files;
    const QString folder = lib.library->attachmentsFolder();
    AttachmentStore store(folder, lib.db(), lib.store());
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Guide")}});
    const RecordId trashed = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Old guide")}});
    auto kept = store.addFiles(material, {writeFile(files.filePath(QStringLiteral("kept.pdf")), "attached and kept")});
    auto inTrash = store.addFiles(trashed, {writeFile(files.filePath(QStringLiteral("trash.pdf")), "attached, owner in the trash")});
    REQUIRE(kept.ok());
    REQUIRE(inTrash.ok());
    REQUIRE(lib.store().trash(trashed).ok());
    const QString keptPath = store.storedPath(kept->at(0)).value();
    const QString trashPath = store.storedPath(inTrash->at(0)).value();
    makeOld(keptPath);
    makeOld(trashPath);

    // What a crash between the copy and the commit leaves: a stored copy and a half-written temporary file.
    const QString leftover = writeFile(store.blobPath(shaOf("copied, never recorded")), "copied, never recorded");
    const QString oldTemp = writeFile(folder + QStringLiteral("/incoming-a1B2c3"), "half a file");
    makeOld(leftover);
    makeOld(oldTemp);
    // Another program attaching at this moment: young, and about to be recorded.
    const QString young = writeFile(store.blobPath(shaOf("being attached right now")), "being attached right now");
    const QString youngTemp = writeFile(folder + QStringLiteral("/incoming-d4E5f6"), "being copied");
    // Not the store's own files, old or not, inside the folder or beside it.
    const QString foreign = writeFile(folder + QStringLiteral("/ab/readme.txt"), "someone's note");
    const QString beside = writeFile(lib.folder() + QStringLiteral("/") + shaOf("outside"), "outside");
    makeOld(foreign);
    makeOld(beside);

    auto removed = store.clearLeftovers(kQuarterHour, BackupManager::copiesIn(lib.library->backupsFolder()));
    INFO(str(removed ? QString() : removed.error().message));
    REQUIRE(removed.ok());
    CHECK(*removed == 2);
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK_FALSE(QFileInfo::exists(oldTemp));
    for (const QString &path : {keptPath, trashPath, young, youngTemp, foreign, beside}) {
        INFO(str(path));
        CHECK(QFileInfo::exists(path));
    }
    CHECK(store.check().value().isEmpty());
    CHECK(*store.clearLeftovers(kQuarterHour, BackupManager::copiesIn(lib.library->backupsFolder())) == 0);
}

TEST_CASE("A stored file reused by a new attachment counts as young again", "[attachments][leftovers]")
{
    TestLibrary lib;
    QTemporaryDir files;
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Guide")}});
    const QString blob = writeFile(store.blobPath(shaOf("same bytes")), "same bytes");
    makeOld(blob);
    // The add finds the bytes already stored and copies nothing; a clean-up running before its commit must
    // not take the file it is about to record.
    REQUIRE(store.addFiles(material, {writeFile(files.filePath(QStringLiteral("same.pdf")), "same bytes")}).ok());
    CHECK(QFileInfo(blob).lastModified().msecsTo(QDateTime::currentDateTimeUtc()) < kQuarterHour);
}

TEST_CASE("Files that a backup still refers to stay, so that restoring it finds them", "[attachments][leftovers][backup]")
{
    TestLibrary lib;
    QTemporaryDir files;
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Guide")}});
    auto before = store.addFiles(material, {writeFile(files.filePath(QStringLiteral("before.pdf")), "attached before the backup")});
    REQUIRE(before.ok());
    const QString inBackup = store.storedPath(before->at(0)).value();
    REQUIRE(lib.library->backups().backupNow().ok());
    auto after = store.addFiles(material, {writeFile(files.filePath(QStringLiteral("after.pdf")), "attached after the backup")});
    REQUIRE(after.ok());
    const QString notInBackup = store.storedPath(after->at(0)).value();
    // Both records removed for good: neither file is referred to by the library any more.
    REQUIRE(lib.store().purge(before->at(0)).ok());
    REQUIRE(lib.store().purge(after->at(0)).ok());
    makeOld(inBackup);
    makeOld(notInBackup);

    // A backup that cannot be read might refer to any of them: all stay.
    const QString broken = writeFile(lib.folder() + QStringLiteral("/backups/praxis-20260101-000000000-broken.sqlite"), "not a database");
    CHECK(*store.clearLeftovers(kQuarterHour, BackupManager::copiesIn(lib.library->backupsFolder())) == 0);
    CHECK(QFileInfo::exists(inBackup));
    CHECK(QFileInfo::exists(notInBackup));

    REQUIRE(QFile::remove(broken));
    CHECK(*store.clearLeftovers(kQuarterHour, BackupManager::copiesIn(lib.library->backupsFolder())) == 1);
    CHECK(QFileInfo::exists(inBackup));
    CHECK_FALSE(QFileInfo::exists(notInBackup));
}

TEST_CASE("The files a restore set aside keep their attachments; the index beside them is no copy of the library", "[attachments][leftovers][backup]")
{
    TestLibrary lib;
    QTemporaryDir files;
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Guide")}});
    auto added = store.addFiles(material, {writeFile(files.filePath(QStringLiteral("kept.pdf")), "named by the library set aside")});
    REQUIRE(added.ok());
    const QString kept = store.storedPath(added->at(0)).value();
    // What a restore leaves in backups/replaced-<time>/: the replaced library, and its search index.
    const QString aside = lib.folder() + QStringLiteral("/backups/replaced-20260101-000000000");
    REQUIRE(QDir().mkpath(aside));
    REQUIRE(lib.db().exec(QStringLiteral("VACUUM INTO '%1/praxis.sqlite'").arg(aside)).ok());
    writeFile(aside + QStringLiteral("/search.sqlite"), "an index, not a library");
    REQUIRE(lib.store().purge(added->at(0)).ok());
    const QString orphan = writeFile(store.blobPath(shaOf("never recorded")), "never recorded");
    makeOld(kept);
    makeOld(orphan);

    const QStringList copies = BackupManager::copiesIn(lib.library->backupsFolder());
    CHECK(copies == QStringList{aside + QStringLiteral("/praxis.sqlite")});
    CHECK(*store.clearLeftovers(kQuarterHour, copies) == 1);
    CHECK(QFileInfo::exists(kept));
    CHECK_FALSE(QFileInfo::exists(orphan));
}
