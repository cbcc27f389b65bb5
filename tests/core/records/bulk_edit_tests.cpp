#include "model/custom_fields.h"
#include "records/bulk_edit.h"
#include "test_library.h"

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

TEST_CASE("Bulk edit sets, adds and removes values and tags on many records, and undoes exactly", "[bulk]")
{
    TestLibrary lib;
    QList<RecordId> ids;
    for (const char *title : {"Toolkit on masculinities", "Guía de capacitación", "Gender glossary"})
        ids << lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QString::fromUtf8(title)}, {QStringLiteral("languages"), QStringList{QStringLiteral("en")}}});
    const RecordId tag = lib.create(QStringLiteral("tag"), {{QStringLiteral("name"), QStringLiteral("to review")}});
    const RecordId donor = lib.create(QStringLiteral("custom_field"), {{QStringLiteral("record_type"), QStringLiteral("material")},
                                                                       {QStringLiteral("name"), QStringLiteral("donor")},
                                                                       {QStringLiteral("field_type"), QStringLiteral("text")}});
    BulkEditor bulk(lib.db(), lib.store());
    auto field = [&](const RecordId &id, const char *name) { return lib.store().get(id)->value(QLatin1String(name)); };

    auto status = bulk.apply(ids, QStringLiteral("status"), BulkOperation::Set, QStringLiteral("reviewed"));
    REQUIRE(status.ok());
    CHECK(status->recordsChanged == 3);
    auto languages = bulk.apply(ids.mid(0, 2), QStringLiteral("languages"), BulkOperation::Add, QStringLiteral("es"));
    REQUIRE(languages.ok());
    CHECK(field(ids.at(0), "languages").toStringList() == QStringList{QStringLiteral("en"), QStringLiteral("es")});
    CHECK(field(ids.at(2), "languages").toStringList() == QStringList{QStringLiteral("en")});
    auto removed = bulk.apply(ids, QStringLiteral("languages"), BulkOperation::Remove, QStringLiteral("en"));
    REQUIRE(removed.ok());
    CHECK(field(ids.at(0), "languages").toStringList() == QStringList{QStringLiteral("es")});
    CHECK_FALSE(field(ids.at(2), "languages").isValid());
    auto tagged = bulk.apply(ids, QStringLiteral("@tag"), BulkOperation::Add, tag.toString());
    REQUIRE(tagged.ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM tagging t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL")) == 3);
    auto custom = bulk.apply(ids, QStringLiteral("custom:donor"), BulkOperation::Set, QStringLiteral("Sida"));
    REQUIRE(custom.ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM custom_value WHERE value = 'Sida'")) == 3);

    // A refused value changes nothing at all.
    const qint64 log = lib.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK_FALSE(bulk.apply(ids, QStringLiteral("status"), BulkOperation::Set, QStringLiteral("no such status")).ok());
    CHECK_FALSE(bulk.apply(ids, QStringLiteral("rating"), BulkOperation::Set, 9).ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == log);

    // Undo, newest first, puts every record back.
    REQUIRE(bulk.undo(*custom).ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM custom_value WHERE value = 'Sida'")) == 0);
    REQUIRE(bulk.undo(*tagged).ok());
    CHECK(lib.scalar(QStringLiteral("SELECT count(*) FROM tagging t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL")) == 0);
    REQUIRE(bulk.undo(*removed).ok());
    REQUIRE(bulk.undo(*languages).ok());
    REQUIRE(bulk.undo(*status).ok());
    for (const RecordId &id : ids) {
        CHECK(field(id, "languages").toStringList() == QStringList{QStringLiteral("en")});
        CHECK_FALSE(field(id, "status").isValid());
    }
    (void)donor;
}

TEST_CASE("Bulk edit puts records in a manual collection once, refuses a smart one, and undoes", "[bulk][collections]")
{
    TestLibrary lib;
    QList<RecordId> ids;
    for (const char *title : {"Toolkit on masculinities", "Guía de capacitación"})
        ids << lib.create(QStringLiteral("material"), {{QStringLiteral("title"), QString::fromUtf8(title)}});
    const RecordId pack = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Workshop pack")}, {QStringLiteral("kind"), QStringLiteral("manual")}});
    const RecordId smart = lib.create(QStringLiteral("collection"), {{QStringLiteral("name"), QStringLiteral("Recent")}, {QStringLiteral("kind"), QStringLiteral("smart")}});
    BulkEditor bulk(lib.db(), lib.store());
    const QString entries = QStringLiteral("SELECT count(*) FROM collection_item c JOIN records r ON r.id = c.id WHERE r.deleted_at IS NULL AND c.collection_id = '%1'").arg(pack.toString());

    auto added = bulk.apply(ids.mid(0, 1), QStringLiteral("@collection"), BulkOperation::Add, pack.toString());
    REQUIRE(added.ok());
    auto again = bulk.apply(ids, QStringLiteral("@collection"), BulkOperation::Add, pack.toString());
    REQUIRE(again.ok());
    CHECK(again->changes.size() == 1); // the first was already in it
    CHECK(lib.scalar(entries) == 2);
    CHECK(lib.scalar(QStringLiteral("SELECT count(DISTINCT position) FROM collection_item")) == 2);

    auto refused = bulk.apply(ids, QStringLiteral("@collection"), BulkOperation::Add, smart.toString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("smart")));

    REQUIRE(bulk.undo(*again).ok());
    CHECK(lib.scalar(entries) == 1);
    auto removed = bulk.apply(ids, QStringLiteral("@collection"), BulkOperation::Remove, pack.toString());
    REQUIRE(removed.ok());
    CHECK(lib.scalar(entries) == 0);
    REQUIRE(bulk.undo(*removed).ok());
    CHECK(lib.scalar(entries) == 1);
}
