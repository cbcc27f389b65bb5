#include "attachments/attachment_store.h"
#include "exchange/library_archive.h"
#include "exchange/material_importer.h"
#include "history/change_log.h"
#include "records/bulk_edit.h"
#include "records/record_merger.h"
#include "records/write_pipeline.h"
#include "test_library.h"

#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <random>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

// Every change the hooks see, and every notice, as they come.
struct Observer {
    QList<Change> changes;
    QStringList notices;
    QList<bool> noticeInTransaction;
    int hook = 0;

    explicit Observer(TestLibrary &lib)
    {
        hook = lib.store().pipeline().addHook(WriteHook {QStringLiteral("test"),
            [this, &lib](const Change &c) {
                REQUIRE(lib.db().inTransaction());
                changes << c;
                return Status();
            },
            {}});
        QObject::connect(&lib.store(), &RecordStore::recordsChanged, &lib.store(), [this, &lib](const QString &type) {
            notices << type;
            noticeInTransaction << lib.db().inTransaction();
        });
    }
};

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("Every write goes through the pipeline: change log, hooks in the same transaction, one notice after commit", "[pipeline]")
{
    TestLibrary lib;
    Observer seen(lib);
    const RecordId material = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), text("Gender and budgets")}});
    REQUIRE(seen.changes.size() >= 2);
    CHECK(seen.changes.first().op == ChangeOp::Create);
    CHECK(seen.changes.first().origin == ChangeOrigin::Local);
    CHECK(seen.changes.first().device == lib.library->deviceId());
    CHECK(seen.notices == QStringList {QStringLiteral("material")});

    seen.changes.clear();
    seen.notices.clear();
    REQUIRE(lib.store().update(material, {{QStringLiteral("title"), text("Gender-responsive budgets")}}).ok());
    REQUIRE(seen.changes.size() == 1);
    const Change &c = seen.changes.first();
    CHECK(c.recordType == QLatin1String("material"));
    CHECK(c.recordId == material);
    CHECK(c.field == QLatin1String("title"));
    CHECK(c.oldValue.toString() == text("Gender and budgets"));
    CHECK(c.newValue.toString() == text("Gender-responsive budgets"));
    auto history = lib.library->changeLog().history(material);
    REQUIRE(history.ok());
    CHECK(history->last().time == c.time); // the log and the hook see the same clock reading
    CHECK(seen.notices == QStringList {QStringLiteral("material")});

    SECTION("a write of several records announces each type once, after the outermost commit")
    {
        seen.notices.clear();
        {
            WriteScope write = lib.store().pipeline().begin();
            REQUIRE(write.status().ok());
            for (int i = 0; i < 3; ++i)
                lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Part %1").arg(i)}});
            lib.create(QStringLiteral("material_contributor"),
                {{QStringLiteral("material_id"), material.toString()}, {QStringLiteral("name_text"), text("Ana")},
                    {QStringLiteral("role"), QStringLiteral("author")}});
            CHECK(seen.notices.isEmpty());
            REQUIRE(write.commit().ok());
        }
        QStringList sorted = seen.notices;
        sorted.sort();
        CHECK(sorted == QStringList {QStringLiteral("material"), QStringLiteral("material_contributor")});
        CHECK(std::none_of(seen.noticeInTransaction.cbegin(), seen.noticeInTransaction.cend(), [](bool b) { return b; }));
    }

    SECTION("a write rolled back announces nothing and leaves nothing queued or logged")
    {
        seen.notices.clear();
        const qint64 log = lib.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
        {
            WriteScope write = lib.store().pipeline().begin();
            lib.create(QStringLiteral("material"), {{QStringLiteral("title"), text("Never kept")}});
        }
        CHECK(seen.notices.isEmpty());
        CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == log);
    }

    SECTION("a failing hook undoes the write")
    {
        const int veto = lib.store().pipeline().addHook(WriteHook {
            QStringLiteral("veto"), [](const Change &) { return Status(makeError(ErrorCode::Invalid, QStringLiteral("no"))); }, {}});
        CHECK_FALSE(lib.store().update(material, {{QStringLiteral("title"), text("Vetoed")}}).ok());
        lib.store().pipeline().removeHook(veto);
        CHECK(lib.store().get(material)->value(QStringLiteral("title")).toString() == text("Gender-responsive budgets"));
    }
}

TEST_CASE("The six services write only through the pipeline and announce only through it", "[pipeline]")
{
    TestLibrary lib;
    const RecordId a = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), text("Toolkit A")}});
    const RecordId b = lib.create(QStringLiteral("material"), {{QStringLiteral("title"), text("Toolkit B")}});
    const RecordId tag = lib.create(QStringLiteral("tag"), {{QStringLiteral("name"), text("review")}});
    Observer seen(lib);
    auto logCount = [&] { return lib.scalar(QStringLiteral("SELECT count(*) FROM change_log")); };
    // Each service's changes: as many hook calls as log entries, and a notice only after the commit.
    auto throughPipeline = [&](const char *what, const std::function<void()> &run) {
        INFO(what);
        seen.changes.clear();
        seen.notices.clear();
        seen.noticeInTransaction.clear();
        const qint64 before = logCount();
        run();
        CHECK(logCount() > before);
        CHECK(qint64(seen.changes.size()) == logCount() - before);
        CHECK_FALSE(seen.notices.isEmpty());
        CHECK(std::none_of(seen.noticeInTransaction.cbegin(), seen.noticeInTransaction.cend(), [](bool v) { return v; }));
    };

    throughPipeline("bulk edit", [&] {
        BulkEditor bulk(lib.db(), lib.store());
        REQUIRE(bulk.apply({a, b}, QStringLiteral("@tag"), BulkOperation::Add, tag.toString()).ok());
        CHECK(seen.notices.contains(QStringLiteral("material"))); // the tagged records' type too
    });
    throughPipeline("merge", [&] {
        RecordMerger merger(lib.db(), lib.store());
        REQUIRE(merger.merge(a, b).ok());
    });
    throughPipeline("record document", [&] { lib.write(R"({"records": [{"type": "organisation", "name": "UN Women"}]})"); });
    throughPipeline("attachments", [&] {
        QFile file(lib.dir.filePath(QStringLiteral("notes.txt")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("training notes");
        file.close();
        AttachmentStore attachments(lib.library->attachmentsFolder(), lib.db(), lib.store());
        REQUIRE(attachments.addFiles(a, {file.fileName()}).ok());
    });
    throughPipeline("material import", [&] {
        MaterialEntry entry;
        entry.fields.insert(QStringLiteral("title"), text("Imported manual"));
        MaterialImporter importer(lib.db(), lib.store(), lib.library->search());
        REQUIRE(importer.run({entry}, DuplicatePolicy::Add).ok());
    });
    // The archive goes into a second library, watched the same way.
    LibraryArchive out(lib.db(), lib.store());
    auto json = out.write();
    REQUIRE(json.ok());
    TestLibrary other;
    Observer there(other);
    const qint64 before = other.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    LibraryArchive in(other.db(), other.store());
    REQUIRE(in.read(*json).ok());
    CHECK(qint64(there.changes.size()) == other.scalar(QStringLiteral("SELECT count(*) FROM change_log")) - before);
    CHECK(there.notices.contains(QStringLiteral("material")));
    CHECK(std::none_of(there.noticeInTransaction.cbegin(), there.noticeInTransaction.cend(), [](bool v) { return v; }));

    auto check = lib.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.join(QLatin1Char('\n'))));
    CHECK(check->ok());
}

namespace {

// Every record of a library, field by field, with its type and trash state; sorted by id.
QStringList contents(TestLibrary &lib)
{
    QStringList out;
    auto ids = lib.db().prepare(QStringLiteral("SELECT id FROM records ORDER BY id"));
    REQUIRE(ids.ok());
    for (;;) {
        auto row = ids->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        auto r = lib.store().get(RecordId(ids->text(0)));
        REQUIRE(r.ok());
        QStringList fields;
        for (auto it = r->fields.cbegin(); it != r->fields.cend(); ++it)
            fields << it.key() + QLatin1Char('=') + it.value().toStringList().join(QLatin1Char('|'));
        out << QStringLiteral("%1 %2 %3 %4 {%5}")
                   .arg(r->type, r->id.toString(), r->isTrashed() ? QStringLiteral("trashed") : QStringLiteral("live"), r->meta.created,
                       fields.join(QStringLiteral(", ")));
    }
    return out;
}

QList<ChangeEntry> logOf(TestLibrary &lib)
{
    auto entries = lib.library->changeLog().since(0, 1'000'000);
    REQUIRE(entries.ok());
    return *entries;
}

void apply(TestLibrary &lib, const QList<ChangeEntry> &entries)
{
    auto applied = lib.store().applyRemote(entries);
    INFO(str(applied ? QString() : applied.error().message));
    REQUIRE(applied.ok());
    CHECK(applied->pending == 0);
}

void requireClean(TestLibrary &lib)
{
    auto check = lib.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.mid(0, 5).join(QLatin1Char('\n'))));
    CHECK(check->ok());
}

} // namespace

TEST_CASE("Two libraries replaying each other's change logs, in any order and twice, end with the same records", "[pipeline][remote]")
{
    TestLibrary one;
    TestLibrary two;
    // A shared starting point: what one made, two received.
    const auto keys = one.write(R"({"records": [
        {"type": "material", "key": "m", "title": "Gender equality glossary", "languages": ["en"],
         "parts": {"material_contributor": [{"name_text": "Ana", "role": "author"}]}},
        {"type": "material", "key": "n", "title": "Training manual"},
        {"type": "material", "key": "gone", "title": "Draft to purge"},
        {"type": "tag", "key": "t", "name": "review"}]})");
    apply(two, logOf(one));
    REQUIRE(contents(one) == contents(two));
    const RecordId m = keys.value(QStringLiteral("m"));
    const RecordId n = keys.value(QStringLiteral("n"));
    const qint64 shared = logOf(two).last().seq;
    const qint64 sharedOne = logOf(one).last().seq;

    // Concurrent, conflicting edits: one writes later (its clock is ahead), so its title wins.
    two.clock->advance(1000);
    one.clock->advance(5000);
    REQUIRE(two.store().update(m, {{QStringLiteral("title"), text("Glossary (two)")}, {QStringLiteral("year"), qint64(2016)}}).ok());
    REQUIRE(one.store()
                .update(m,
                    {{QStringLiteral("title"), text("Glossary (one)")},
                        {QStringLiteral("languages"), QStringList {QStringLiteral("en"), QStringLiteral("es")}}})
                .ok());
    REQUIRE(two.store().trash(n).ok());
    one.clock->advance(10);
    REQUIRE(one.store().update(n, {{QStringLiteral("subtitle"), text("edited while trashed elsewhere")}}).ok());
    REQUIRE(one.store().purge(keys.value(QStringLiteral("gone"))).ok());
    const RecordId added = two.create(QStringLiteral("material_contributor"),
        {{QStringLiteral("material_id"), m.toString()}, {QStringLiteral("name_text"), text("Berta")},
            {QStringLiteral("role"), QStringLiteral("editor")}});
    two.create(QStringLiteral("tagging"),
        {{QStringLiteral("record_id"), m.toString()}, {QStringLiteral("tag_id"), keys.value(QStringLiteral("t")).toString()}});

    const QList<ChangeEntry> fromOne = one.library->changeLog().since(sharedOne, 100000).value();
    const QList<ChangeEntry> fromTwo = two.library->changeLog().since(shared, 100000).value();

    SECTION("exchanged both ways, then again")
    {
        apply(two, fromOne);
        apply(one, fromTwo);
        auto again = two.store().applyRemote(fromOne);
        REQUIRE(again.ok());
        CHECK(again->received == 0);
        CHECK(again->duplicates == fromOne.size());
        apply(one, logOf(two)); // two's whole log, its copy of one's entries included
    }
    SECTION("entries out of order, parts before their owners")
    {
        QList<ChangeEntry> shuffledTwo = fromTwo;
        std::reverse(shuffledTwo.begin(), shuffledTwo.end());
        QList<ChangeEntry> shuffledOne = fromOne;
        std::mt19937 random(2016);
        std::shuffle(shuffledOne.begin(), shuffledOne.end(), random);
        apply(one, shuffledTwo);
        // One entry at a time: a part's fields may come before its creation.
        for (const ChangeEntry &e : std::as_const(shuffledOne))
            REQUIRE(two.store().applyRemote({e}).ok());
        apply(two, shuffledOne);
    }

    const QStringList a = contents(one);
    const QStringList b = contents(two);
    CHECK(a == b);
    auto title = one.store().get(m)->value(QStringLiteral("title")).toString();
    CHECK(title == text("Glossary (one)")); // the later writer won
    CHECK(two.store().get(m)->value(QStringLiteral("year")).toLongLong() == 2016); // a field only two changed stays
    CHECK(one.store().get(n)->isTrashed()); // trashed, and the edit kept in the trash
    CHECK(one.store().get(n)->value(QStringLiteral("subtitle")).toString() == text("edited while trashed elsewhere"));
    CHECK_FALSE(two.store().get(keys.value(QStringLiteral("gone"))).ok()); // purged on both
    CHECK(one.store().get(added).ok());
    requireClean(one);
    requireClean(two);
}

TEST_CASE("A failing SQLite (busy, read-only) is an error from the store, never an exception", "[pipeline][errors]")
{
    TestLibrary lib;
    const RecordId part = lib.create(QStringLiteral("material_contributor"), lib.minimalFields(QStringLiteral("material_contributor")));

    SECTION("another connection holds the write lock")
    {
        auto other = Library::openExisting(lib.folder());
        REQUIRE(other.ok());
        REQUIRE((*other)->database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        lib.db().setBusyTimeout(20);
        Status s;
        REQUIRE_NOTHROW(s = lib.store().update(part, {{QStringLiteral("name_text"), text("Busy")}}));
        CHECK_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Busy);
        Result<RecordId> created = RecordId();
        REQUIRE_NOTHROW(created = lib.store().create(QStringLiteral("tag"), {{QStringLiteral("name"), text("x")}}));
        CHECK_FALSE(created.ok());
        REQUIRE((*other)->database().exec(QStringLiteral("ROLLBACK")).ok());
        CHECK(lib.store().update(part, {{QStringLiteral("name_text"), text("Free again")}}).ok());
    }
    SECTION("the search queue's reads fail inside the write (the table is gone)")
    {
        // The hook's own statements fail: the write reports it and keeps nothing.
        REQUIRE(lib.db().exec(QStringLiteral("ALTER TABLE search_queue RENAME TO search_queue_away")).ok());
        Status s;
        REQUIRE_NOTHROW(s = lib.store().update(part, {{QStringLiteral("name_text"), text("Unqueued")}}));
        CHECK_FALSE(s.ok());
        CHECK(lib.store().get(part)->value(QStringLiteral("name_text")).toString() != text("Unqueued"));
        REQUIRE(lib.db().exec(QStringLiteral("ALTER TABLE search_queue_away RENAME TO search_queue")).ok());
    }
    SECTION("a library opened read-only")
    {
        lib.close();
        LibraryOptions options;
        options.clock = lib.clock;
        options.readOnly = true;
        auto readOnly = Library::open(lib.folder(), options);
        REQUIRE(readOnly.ok());
        Status s;
        REQUIRE_NOTHROW(s = (*readOnly)->records().update(part, {{QStringLiteral("name_text"), text("Read-only")}}));
        CHECK_FALSE(s.ok());
        Result<RemoteApply> applied = RemoteApply {};
        REQUIRE_NOTHROW(applied = (*readOnly)->records().applyRemote({}));
        CHECK_FALSE(applied.ok());
    }
}
