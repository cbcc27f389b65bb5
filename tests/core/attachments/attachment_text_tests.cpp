#include "attachments/attachment_store.h"
#include "attachments/attachment_text.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// A library with attachments, the cache on it, and a reader that returns each file's bytes as its text
// (or a failure for files whose name says so), counting its calls.
struct TextLibrary : TestLibrary {
    QTemporaryDir files;
    AttachmentStore attachments {library->attachmentsFolder(), db(), store()};
    AttachmentTextCache cache {db(), *clock};
    QStringList reads;

    TextExtractor reader()
    {
        return [this](const QString &path, const QString &fileName, const QString &) {
            reads << fileName;
            if (fileName.contains(QLatin1String("broken")))
                return ExtractedText::failed(QStringLiteral("The file is damaged."));
            if (fileName.endsWith(QLatin1String(".png")))
                return ExtractedText::unsupported(QStringLiteral("Praxis does not read the text of .png files."));
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            return ExtractedText::ok(QString::fromUtf8(f.readAll()));
        };
    }

    QList<RecordId> attach(const RecordId &owner, const QList<QPair<QString, QByteArray>> &named)
    {
        QStringList paths;
        for (const auto &[name, bytes] : named)
            paths << writeFile(files, name, bytes);
        auto ids = attachments.addFiles(owner, paths);
        INFO(str(ids ? QString() : ids.error().message));
        REQUIRE(ids.ok());
        return *ids;
    }

    QStringList pendingNames(int version)
    {
        auto pending = cache.pending(version, 100);
        REQUIRE(pending.ok());
        QStringList names;
        for (const PendingText &p : *pending)
            names << p.fileName;
        names.sort();
        return names;
    }

    void drainIndex()
    {
        auto n = library->search().drain();
        INFO(str(n ? QString() : n.error().message));
        REQUIRE(n.ok());
    }

    QList<RecordId> find(const QString &query)
    {
        auto r = library->search().search(query, 50);
        INFO(str(r ? QString() : r.error().message));
        REQUIRE(r.ok());
        QList<RecordId> ids;
        for (const SearchHit &h : r->hits)
            ids << h.id;
        return ids;
    }

    QString sha(const RecordId &attachment) { return store().get(attachment).value().value(QStringLiteral("sha256")).toString(); }
};

} // namespace

TEST_CASE("Files whose text is not read yet are pending, each file once", "[attachments][text]")
{
    TextLibrary t;
    const RecordId guide = t.createMinimal(QStringLiteral("material"), QStringLiteral("Guide"));
    const RecordId manual = t.createMinimal(QStringLiteral("material"), QStringLiteral("Manual"));
    const auto ids = t.attach(guide, {{QStringLiteral("guide.txt"), "facilitation guide"}, {QStringLiteral("annex.txt"), "annex"}});
    // The same bytes attached to another record are one file to read.
    t.attach(manual, {{QStringLiteral("guide copy.txt"), "facilitation guide"}});
    REQUIRE(t.attachments.addLink(manual, QStringLiteral("https://example.org/guide")).ok());
    CHECK(t.pendingNames(1) == QStringList {QStringLiteral("annex.txt"), QStringLiteral("guide copy.txt")});
    CHECK(t.cache.pendingCount(1).value() == 2);

    // An attachment in the trash waits until it comes back.
    REQUIRE(t.store().trash(ids.at(1)).ok());
    CHECK(t.pendingNames(1) == QStringList {QStringLiteral("guide copy.txt")});
    REQUIRE(t.store().restore(ids.at(1)).ok());
    CHECK(t.cache.pendingCount(1).value() == 2);

    // Pages continue after the last hash of the previous one.
    auto first = t.cache.pending(1, 1);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    auto second = t.cache.pending(1, 1, first->at(0).sha256);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->at(0).sha256 > first->at(0).sha256);
    CHECK(t.cache.pending(1, 1, second->at(0).sha256).value().isEmpty());
}

TEST_CASE("Storing a file's text queues the records that hold it for the index, in one step", "[attachments][text]")
{
    TextLibrary t;
    const RecordId guide = t.createMinimal(QStringLiteral("material"), QStringLiteral("Guide"));
    const RecordId study = t.createMinimal(QStringLiteral("case_study"), QStringLiteral("Study"));
    const auto ids = t.attach(guide, {{QStringLiteral("guide.txt"), "facilitation guide"}});
    t.attach(study, {{QStringLiteral("same.txt"), "facilitation guide"}});
    t.drainIndex();
    REQUIRE(t.scalar(QStringLiteral("SELECT count(*) FROM search_queue")) == 0);
    const qint64 logEntries = t.scalar(QStringLiteral("SELECT count(*) FROM change_log"));

    REQUIRE(t.cache.store(t.sha(ids.at(0)), ExtractedText::ok(QStringLiteral("Words of the guide")), 1).ok());
    auto stored = t.cache.find(t.sha(ids.at(0)));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->status == ExtractedText::Status::Ok);
    CHECK((*stored)->text == QStringLiteral("Words of the guide"));
    CHECK((*stored)->extractorVersion == 1);
    CHECK((*stored)->extractedAt == QStringLiteral("2023-11-14T22:13:20.000Z"));
    CHECK(t.cache.text(t.sha(ids.at(0))).value() == QStringLiteral("Words of the guide"));
    CHECK(t.scalar(
              QStringLiteral("SELECT count(*) FROM search_queue WHERE record_id IN ('%1', '%2')").arg(guide.toString(), study.toString()))
        == 2);
    // Derived data: no record changed, nothing for the change log or a sync.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == logEntries);
    CHECK(t.pendingNames(1).isEmpty());

    // A second store replaces the first.
    REQUIRE(t.cache.store(t.sha(ids.at(0)), ExtractedText::failed(QStringLiteral("The file is damaged.")), 2).ok());
    stored = t.cache.find(t.sha(ids.at(0)));
    CHECK((*stored)->status == ExtractedText::Status::Failed);
    CHECK((*stored)->message == QStringLiteral("The file is damaged."));
    CHECK((*stored)->text.isEmpty());
    CHECK(t.cache.text(t.sha(ids.at(0))).value().isEmpty());
    CHECK_FALSE(t.cache.find(QStringLiteral("0000")).value().has_value());
}

TEST_CASE("Text is kept up to the cap, whole characters only", "[attachments][text]")
{
    TextLibrary t;
    const RecordId guide = t.createMinimal(QStringLiteral("material"));
    const auto ids = t.attach(guide, {{QStringLiteral("long.txt"), "long"}});
    QString text(AttachmentTextCache::kMaxChars - 1, QLatin1Char('a'));
    const char32_t emoji = U'\U0001F600';
    text += QString::fromUcs4(&emoji, 1) + QStringLiteral(" and more words after the cap");
    REQUIRE(t.cache.store(t.sha(ids.at(0)), ExtractedText::ok(text), 1).ok());
    const QString kept = t.cache.text(t.sha(ids.at(0))).value();
    CHECK(kept.size() == AttachmentTextCache::kMaxChars - 1); // the emoji would have been cut in half
    CHECK_FALSE(kept.contains(QLatin1String("more words")));

    REQUIRE(t.cache.store(t.sha(ids.at(0)), ExtractedText::ok(QStringLiteral("before") + QChar(0) + QStringLiteral("after")), 1).ok());
    CHECK(t.cache.text(t.sha(ids.at(0))).value() == QStringLiteral("before after"));
}

TEST_CASE("The runner reads every pending file, keeps failures, and reads again for a newer reader", "[attachments][text]")
{
    TextLibrary t;
    const RecordId guide = t.createMinimal(QStringLiteral("material"), QStringLiteral("Guide"));
    const auto ids = t.attach(guide,
        {{QStringLiteral("guide.txt"), "Gender budgeting in Cochabamba"}, {QStringLiteral("broken.pdf"), "%PDF-1.4 cut"},
            {QStringLiteral("picture.png"), "\x89PNG"}, {QStringLiteral("notes.md"), "Notes from Ouagadougou"}});
    QList<QPair<qint64, qint64>> steps;
    AttachmentTextRunner runner(t.cache, t.library->attachmentsFolder(), t.reader(), 1);
    auto summary = runner.run(nullptr, [&](qint64 done, qint64 total) { steps.append({done, total}); });
    INFO(str(summary ? QString() : summary.error().message));
    REQUIRE(summary.ok());
    CHECK(summary->read == 2);
    CHECK(summary->failed == 1);
    CHECK(summary->unsupported == 1);
    CHECK(summary->missing == 0);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems.first() == QStringLiteral("broken.pdf: The file is damaged."));
    CHECK(steps.first() == qMakePair(qint64(0), qint64(4)));
    CHECK(steps.last() == qMakePair(qint64(4), qint64(4)));
    CHECK(t.reads.size() == 4);

    const auto broken = t.cache.find(t.sha(ids.at(1))).value();
    REQUIRE(broken.has_value());
    CHECK(broken->status == ExtractedText::Status::Failed);
    CHECK(broken->message == QStringLiteral("The file is damaged."));
    CHECK(t.cache.find(t.sha(ids.at(2))).value()->status == ExtractedText::Status::Unsupported);

    // Nothing left for this reader: a second run reads nothing, failures included.
    t.reads.clear();
    auto again = runner.run();
    REQUIRE(again.ok());
    CHECK(again->total() == 0);
    CHECK(t.reads.isEmpty());

    // A newer reader reads everything again, the failed and unsupported files too.
    AttachmentTextRunner newer(t.cache, t.library->attachmentsFolder(), t.reader(), 2);
    CHECK(t.cache.pendingCount(2).value() == 4);
    auto redone = newer.run();
    REQUIRE(redone.ok());
    CHECK(redone->total() == 4);
    CHECK(t.reads.size() == 4);
    CHECK(t.cache.find(t.sha(ids.at(0))).value()->extractorVersion == 2);
    // ...while an older one finds nothing to do.
    CHECK(t.cache.pendingCount(1).value() == 0);
}

TEST_CASE("A missing file stays pending; a cancelled run keeps what it read", "[attachments][text]")
{
    TextLibrary t;
    const RecordId guide = t.createMinimal(QStringLiteral("material"), QStringLiteral("Guide"));
    const auto ids
        = t.attach(guide, {{QStringLiteral("one.txt"), "one"}, {QStringLiteral("two.txt"), "two"}, {QStringLiteral("three.txt"), "three"}});
    REQUIRE(QFile::remove(t.attachments.storedPath(ids.at(0)).value()));

    std::atomic_bool cancel {false};
    TextExtractor reader = t.reader();
    int calls = 0;
    AttachmentTextRunner runner(
        t.cache, t.library->attachmentsFolder(),
        [&](const QString &path, const QString &name, const QString &mime) {
            cancel = true; // the user presses Stop while the first file is read
            ++calls;
            return reader(path, name, mime);
        },
        1);
    auto stopped = runner.run(&cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(calls == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM attachment_text")) == 1);

    cancel = false;
    auto rest = runner.run(&cancel);
    REQUIRE(rest.ok());
    CHECK(rest->missing == 1);
    CHECK(rest->problems.contains(QStringLiteral("one.txt: the file is missing from the library's attachments folder.")));
    CHECK(t.pendingNames(1) == QStringList {QStringLiteral("one.txt")}); // read once it arrives

    AttachmentTextRunner none(t.cache, t.library->attachmentsFolder(), {}, 1);
    CHECK_FALSE(none.run().ok());
}

TEST_CASE("A word found only inside an attached file finds the record it is attached to", "[attachments][text][search]")
{
    TextLibrary t;
    const RecordId guide = t.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Facilitation guide")}});
    const RecordId study = t.create(QStringLiteral("case_study"), {{QStringLiteral("title"), QStringLiteral("Rural cooperatives")}});
    const RecordId other = t.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Glossary")}});
    const auto ids = t.attach(guide, {{QStringLiteral("module.txt"), "Participatory budgeting workshops in Cochabamba"}});
    t.attach(study, {{QStringLiteral("report.txt"), "Cooperatives of Ouagadougou"}});
    t.drainIndex();
    // Before the text is read, only the file's name is searchable.
    CHECK(t.find(QStringLiteral("cochabamba")).isEmpty());
    CHECK(t.find(QStringLiteral("module")) == QList<RecordId> {guide});

    AttachmentTextRunner runner(t.cache, t.library->attachmentsFolder(), t.reader(), 1);
    REQUIRE(runner.run().ok());
    t.drainIndex(); // the runner queued the owners
    CHECK(t.find(QStringLiteral("cochabamba")) == QList<RecordId> {guide});
    CHECK(t.find(QStringLiteral("workshop")) == QList<RecordId> {guide}); // stemmed like any other text
    CHECK(t.find(QStringLiteral("ouagadougou")) == QList<RecordId> {study});
    CHECK_FALSE(t.find(QStringLiteral("cochabamba")).contains(other));
    auto results = t.library->search().search(QStringLiteral("cochabamba"), 5);
    REQUIRE(results.ok());
    CHECK(results->hits.first().snippet.contains(QStringLiteral("\x02"
                                                                "Cochabamba\x03")));

    // A removed attachment takes its text out of the record's document; the text stays cached while the
    // attachment is in the trash, and goes once it is purged.
    const QString sha = t.sha(ids.at(0));
    REQUIRE(t.store().trash(ids.at(0)).ok());
    t.drainIndex();
    CHECK(t.find(QStringLiteral("cochabamba")).isEmpty());
    CHECK(t.cache.forgetUnattached().value() == 0);
    CHECK(t.cache.find(sha).value().has_value());
    REQUIRE(t.store().purge(ids.at(0)).ok());
    REQUIRE(runner.run().ok());
    CHECK_FALSE(t.cache.find(sha).value().has_value());
    CHECK(t.cache.text(t.sha(t.store().parts(study, QStringLiteral("attachment")).value().first().id)).value()
        == QStringLiteral("Cooperatives of Ouagadougou"));
}
