#include "attachments/attachment_store.h"
#include "test_library.h"

#include <QDir>
#include <QFile>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

int blobCount(const QString &folder)
{
    int n = 0;
    for (const QString &sub : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        n += int(QDir(folder + QLatin1Char('/') + sub).entryList(QDir::Files).size());
    return n;
}

} // namespace

TEST_CASE("Attachments are stored by content: the same file twice is stored once", "[attachments]")
{
    TestLibrary lib;
    QTemporaryDir files;
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Compendium")}});
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    const QString pdf = writeFile(files, QStringLiteral("compendium.pdf"), QByteArray("%PDF-1.4 compendium of good practices"));
    const QString copy = writeFile(files, QStringLiteral("copy of compendium.pdf"), QByteArray("%PDF-1.4 compendium of good practices"));
    const QString notes = writeFile(files, QStringLiteral("notes.txt"), QByteArray("Notes from the webinar"));
    auto ids = store.addFiles(material, {pdf, copy, notes});
    INFO(str(ids ? QString() : ids.error().message));
    REQUIRE(ids.ok());
    CHECK(ids->size() == 3);
    CHECK(blobCount(lib.library->attachmentsFolder()) == 2);
    auto first = lib.store().get(ids->at(0));
    REQUIRE(first.ok());
    CHECK(first->value(QStringLiteral("file_name")).toString() == QStringLiteral("compendium.pdf"));
    CHECK(first->value(QStringLiteral("size")).toLongLong() == 37);
    CHECK(first->value(QStringLiteral("mime_type")).toString() == QStringLiteral("application/pdf"));
    CHECK(first->value(QStringLiteral("sha256")).toString() == store.sha256Of(pdf).value());

    // Written out under its own name, never over another file.
    QTemporaryDir out;
    CHECK(QFileInfo(store.exportTo(ids->at(0), out.path()).value()).fileName() == QStringLiteral("compendium.pdf"));
    CHECK(QFileInfo(store.exportTo(ids->at(0), out.path()).value()).fileName() == QStringLiteral("compendium (2).pdf"));
    QFile exported(out.filePath(QStringLiteral("compendium (2).pdf")));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll() == QByteArray("%PDF-1.4 compendium of good practices"));
    CHECK(QFileInfo(store.openableCopy(ids->at(2)).value()).fileName() == QStringLiteral("notes.txt"));

    auto link = store.addLink(material, QStringLiteral("https://trainingcentre.unwomen.org/compendium"));
    REQUIRE(link.ok());
    CHECK_FALSE(store.storedPath(*link).ok());
}

TEST_CASE("Adding attachments is all or nothing", "[attachments]")
{
    TestLibrary lib;
    QTemporaryDir files;
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Toolkit")}});
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    const QString good = writeFile(files, QStringLiteral("toolkit.docx"), QByteArray("PK\x03\x04 toolkit"));
    const qint64 records = lib.scalar(QStringLiteral("SELECT count(*) FROM records"));
    auto refused = store.addFiles(material, {good, files.filePath(QStringLiteral("no such file.pdf"))});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no such file.pdf")));
    CHECK(refused.error().message.contains(QStringLiteral("No file was attached")));
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM records")) == records);
    CHECK(blobCount(lib.library->attachmentsFolder()) == 0);
    // An owner that does not exist: nothing stored either.
    auto orphan = store.addFiles(RecordId::generate(1), {good});
    REQUIRE_FALSE(orphan.ok());
    CHECK(blobCount(lib.library->attachmentsFolder()) == 0);
}

TEST_CASE("The check finds missing and altered files", "[attachments]")
{
    TestLibrary lib;
    QTemporaryDir files;
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Guide")}});
    AttachmentStore store(lib.library->attachmentsFolder(), lib.db(), lib.store());
    auto ids = store.addFiles(material, {writeFile(files, QStringLiteral("a.pdf"), "first"), writeFile(files, QStringLiteral("b.pdf"), "second"),
                                         writeFile(files, QStringLiteral("c.pdf"), "third")});
    REQUIRE(ids.ok());
    CHECK(store.check().value().isEmpty());
    REQUIRE(QFile::remove(store.storedPath(ids->at(0)).value()));
    {
        QFile altered(store.storedPath(ids->at(1)).value());
        REQUIRE(altered.open(QIODevice::WriteOnly | QIODevice::Append));
        altered.write("!");
    }
    // Trashed records still count: their files must come back with them.
    REQUIRE(lib.store().trash(material).ok());
    const auto problems = store.check().value();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).kind == AttachmentProblem::Kind::Missing);
    CHECK(problems.at(0).fileName == QStringLiteral("a.pdf"));
    CHECK(problems.at(1).kind == AttachmentProblem::Kind::Altered);
    CHECK(problems.at(1).owner == material);
}
