#include "search/search_index.h"
#include "test_library.h"

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

namespace {

QStringList titlesFound(TestLibrary &t, const QString &query)
{
    auto results = t.library->search().search(query);
    INFO(str(results ? QString() : results.error().message));
    REQUIRE(results.ok());
    QStringList out;
    for (SearchHit h : results->hits)
        out << h.title.remove(QChar(2)).remove(QChar(3)); // the marks around matched words
    return out;
}

} // namespace

TEST_CASE("Indexing that SQLite stops half-way returns an error in words and leaves the library and the index as they were",
          "[search][errors]")
{
    TestLibrary t;
    const RecordId tag = t.create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("violence")}});
    const RecordId first = t.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Gender training toolkit")}});
    t.create(QStringLiteral("tagging"), {{QStringLiteral("record_id"), first.toString()}, {QStringLiteral("tag_id"), tag.toString()}});
    REQUIRE(t.library->search().drain().ok());
    // A record written since: queued, not yet indexed.
    const RecordId second = t.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Masculinities manual")}});
    t.create(QStringLiteral("tagging"), {{QStringLiteral("record_id"), second.toString()}, {QStringLiteral("tag_id"), tag.toString()}});
    auto pending = t.library->search().pending();
    REQUIRE(pending.ok());
    REQUIRE(*pending > 0);
    const qint64 records = t.scalar(QStringLiteral("SELECT count(*) FROM records"));
    const qint64 documents = t.scalar(QStringLiteral("SELECT count(*) FROM search.doc"));
    auto unchanged = [&] {
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM records")) == records);
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM search.doc")) == documents);
        auto still = t.library->search().pending();
        REQUIRE(still.ok());
        CHECK(*still == *pending);
        CHECK(titlesFound(t, QStringLiteral("masculinities")).isEmpty());
        CHECK(titlesFound(t, QStringLiteral("tag:violence")) == QStringList{QStringLiteral("Gender training toolkit")});
    };

    SECTION("a table a search document reads cannot be read")
    {
        // The document would lack its tags; none is written rather than one that says less than the record.
        REQUIRE(t.db().exec(QStringLiteral("ALTER TABLE tagging RENAME TO tagging_away")).ok());
        Result<qint64> drained = qint64(0);
        REQUIRE_NOTHROW(drained = t.library->search().drain());
        REQUIRE_FALSE(drained.ok());
        INFO(str(drained.error().message));
        CHECK(drained.error().code == ErrorCode::Storage);
        CHECK_FALSE(drained.error().message.contains(QLatin1String("no such table")));
        CHECK(drained.error().message.contains(QLatin1String("search index")));
        REQUIRE(t.db().exec(QStringLiteral("ALTER TABLE tagging_away RENAME TO tagging")).ok());
        unchanged();
    }
    SECTION("another program holds the index's write lock")
    {
        auto other = Library::openExisting(t.folder());
        REQUIRE(other.ok());
        REQUIRE((*other)->database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        t.db().setBusyTimeout(20);
        Result<qint64> drained = qint64(0);
        REQUIRE_NOTHROW(drained = t.library->search().drain());
        REQUIRE_FALSE(drained.ok());
        CHECK(drained.error().code == ErrorCode::Busy);
        CHECK(drained.error().message.contains(QLatin1String("busy")));
        REQUIRE((*other)->database().exec(QStringLiteral("ROLLBACK")).ok());
        unchanged();
    }

    // Once SQLite reads again, the same pass indexes the record, tags and all.
    REQUIRE(t.library->search().drain().ok());
    CHECK(titlesFound(t, QStringLiteral("masculinities tag:violence")) == QStringList{QStringLiteral("Masculinities manual")});
}
