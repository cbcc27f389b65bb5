#include "records/record_document.h"
#include "test_library.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

TEST_CASE("Every record type supports create - read - update - delete and paged - sorted lists", "[records][crud]")
{
    for (const RecordTypeDef &type : RecordTypes::all()) {
        DYNAMIC_SECTION(type.name.toStdString())
        {
            TestLibrary t;
            Repository repo(t.store(), type.name);
            QList<RecordId> ids;
            for (int i = 0; i < 25; ++i) {
                QVariantMap fields = t.minimalFields(type.name, QStringLiteral("Record %1").arg(i, 2, 10, QLatin1Char('0')));
                auto id = repo.create(fields);
                INFO(str(id ? QString() : id.error().message));
                REQUIRE(id.ok());
                ids << *id;
            }
            auto count = repo.count();
            REQUIRE(count.ok());
            CHECK(*count == 25);

            // Read back.
            auto first = repo.get(ids.first());
            REQUIRE(first.ok());
            CHECK(first->type == type.name);
            CHECK(first->meta.createdBy.startsWith(QStringLiteral("tester@")));

            // Paging walks every record exactly once.
            QSet<QString> seen;
            for (int offset = 0; offset < 30; offset += 10) {
                ListQuery q;
                q.limit = 10;
                q.offset = offset;
                auto page = repo.list(q);
                REQUIRE(page.ok());
                CHECK(page->size() == std::min(10, 25 - offset));
                for (const Record &r : *page)
                    seen.insert(r.id.toString());
            }
            CHECK(seen.size() == 25);

            // Sorting by every sortable field works, and by the title field in both directions.
            for (const FieldDef &f : type.fields) {
                ListQuery q;
                q.sortField = f.name;
                q.limit = 5;
                INFO(str(f.name));
                CHECK(repo.list(q).ok());
            }
            const FieldDef *title = type.field(type.titleField);
            if (title && title->type == FieldType::Text) {
                ListQuery q;
                q.sortField = type.titleField;
                q.descending = true;
                q.limit = 3;
                auto page = repo.list(q);
                REQUIRE(page.ok());
                REQUIRE(page->size() == 3);
                CHECK(page->at(0).fields.value(type.titleField).toString() == QStringLiteral("Record 24"));
                CHECK(page->at(2).fields.value(type.titleField).toString() == QStringLiteral("Record 22"));
            }

            // Update one optional text-like field when there is one.
            for (const FieldDef &f : type.fields) {
                if (f.required || (f.type != FieldType::Text && f.type != FieldType::LongText))
                    continue;
                REQUIRE(repo.update(ids.first(), {{f.name, QStringLiteral("changed")}}).ok());
                auto after = repo.get(ids.first());
                REQUIRE(after.ok());
                CHECK(after->fields.value(f.name).toString() == QStringLiteral("changed"));
                break;
            }

            // Delete moves to the trash: gone from the list, still readable.
            REQUIRE(repo.remove(ids.first()).ok());
            CHECK(*repo.count() == 24);
            auto trashed = repo.get(ids.first());
            REQUIRE(trashed.ok());
            CHECK(trashed->isTrashed());
        }
    }
}

TEST_CASE("Field values are stored with their types - lists in order", "[records]")
{
    TestLibrary t;
    const RecordId org = t.createMinimal(QStringLiteral("organisation"), QStringLiteral("UN Women Training Centre"));
    const RecordId id = t.create(QStringLiteral("material"),
                                 {{QStringLiteral("title"), QStringLiteral("Compendium of Good Practices in Training for Gender Equality")},
                                  {QStringLiteral("year"), 2016},
                                  {QStringLiteral("languages"), QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}},
                                  {QStringLiteral("rating"), 5},
                                  {QStringLiteral("material_type"), QStringLiteral("report")},
                                  {QStringLiteral("abstract"), QStringLiteral("Ten cases from around the globe.\n\n*Markdown* kept.")}});
    t.create(QStringLiteral("material_organisation"),
             {{QStringLiteral("material_id"), id.toString()}, {QStringLiteral("organisation_id"), org.toString()}, {QStringLiteral("role"), QStringLiteral("publisher")}});
    auto r = t.store().get(id);
    REQUIRE(r.ok());
    CHECK(r->fields.value(QStringLiteral("year")).typeId() == QMetaType::LongLong);
    CHECK(r->fields.value(QStringLiteral("year")).toLongLong() == 2016);
    CHECK(r->fields.value(QStringLiteral("languages")).toStringList() == QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")});
    CHECK(r->fields.value(QStringLiteral("abstract")).toString().contains(QStringLiteral("*Markdown* kept.")));
    auto parts = t.store().parts(id, QStringLiteral("material_organisation"));
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 1);
    CHECK(t.store().displayName(parts->first().id).value() == QStringLiteral("UN Women Training Centre"));

    // Clearing a list and a number.
    REQUIRE(t.store().update(id, {{QStringLiteral("languages"), QVariant()}, {QStringLiteral("rating"), QVariant()}}).ok());
    r = t.store().get(id);
    CHECK_FALSE(r->fields.contains(QStringLiteral("languages")));
    CHECK_FALSE(r->fields.contains(QStringLiteral("rating")));
}

TEST_CASE("Invalid input is refused with a clear message and writes nothing", "[records][validation]")
{
    TestLibrary t;
    const qint64 logBefore = t.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    auto expectError = [&](const QString &type, const QVariantMap &fields, ErrorCode code, const QString &words) {
        auto id = t.store().create(type, fields);
        REQUIRE_FALSE(id.ok());
        INFO(str(id.error().message));
        CHECK(id.error().code == code);
        CHECK(id.error().message.contains(words));
    };
    expectError(QStringLiteral("material"), {{QStringLiteral("subtitle"), QStringLiteral("no title")}}, ErrorCode::Invalid, QStringLiteral("title"));
    expectError(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("colour"), QStringLiteral("red")}},
                ErrorCode::Invalid, QStringLiteral("colour"));
    expectError(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("year"), QStringLiteral("soon")}},
                ErrorCode::Invalid, QStringLiteral("whole number"));
    expectError(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("rating"), 9}},
                ErrorCode::Invalid, QStringLiteral("between 0 and 5"));
    expectError(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("material_type"), QStringLiteral("poster")}},
                ErrorCode::Invalid, QStringLiteral("poster"));
    expectError(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("date"), QStringLiteral("2016-02-30")}},
                ErrorCode::Invalid, QStringLiteral("not a date"));
    expectError(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("email"), QStringLiteral("nobody")}},
                ErrorCode::Invalid, QStringLiteral("email"));
    expectError(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("affiliation_id"), QStringLiteral("0190aaaa-0000-7000-8000-000000000001")}},
                ErrorCode::Reference, QStringLiteral("no record has the id"));
    const RecordId tag = t.createMinimal(QStringLiteral("tag"));
    const qint64 logAfterTag = t.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    expectError(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("affiliation_id"), tag.toString()}},
                ErrorCode::Reference, QStringLiteral("must refer to a organisation"));
    expectError(QStringLiteral("poster"), {}, ErrorCode::Invalid, QStringLiteral("not a record type"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == logAfterTag);
    CHECK(logAfterTag > logBefore);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM records")) == 1);

    // An update that breaks a rule changes nothing, not even the fields before it.
    auto upd = t.store().update(tag, {{QStringLiteral("colour"), QStringLiteral("#aa0000")}, {QStringLiteral("name"), QVariant()}});
    REQUIRE_FALSE(upd.ok());
    CHECK(upd.error().message.contains(QStringLiteral("required")));
    CHECK_FALSE(t.store().get(tag)->fields.contains(QStringLiteral("colour")));
}

TEST_CASE("A write that fails part-way rolls back completely", "[records][transaction]")
{
    TestLibrary t;
    const qint64 records = t.scalar(QStringLiteral("SELECT count(*) FROM records"));
    const qint64 log = t.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    const QByteArray json = R"({"records": [
        {"type": "organisation", "key": "unw", "name": "UN Women"},
        {"type": "dialogue", "key": "vd", "title": "Virtual Dialogue 2016", "kind": "virtual_dialogue", "organiser_id": "@unw",
         "parts": {"dialogue_phase": [{"title": "Week 1", "parts": {"key_question": [{"text": "What is a good practice?"}]}},
                                      {"title": "Week 2", "parts": {"key_question": [{"text": "Lessons learned?"}, {"txet": "typo"}]}}]}}
    ]})";
    RecordDocument writer(t.db(), t.store());
    auto result = writer.write(QJsonDocument::fromJson(json).object());
    REQUIRE_FALSE(result.ok());
    INFO(str(result.error().message));
    CHECK(result.error().message.contains(QStringLiteral("txet")));
    CHECK(result.error().message.contains(QStringLiteral("Week")) == false); // names the position, not the content
    CHECK(result.error().message.contains(QStringLiteral("key_question 2")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM records")) == records);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == log);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM field_value")) == 0);

    // The same document without the typo is written whole, parts in order with their positions.
    QByteArray fixed = json;
    fixed.replace("\"txet\"", "\"text\"");
    auto ok = writer.write(QJsonDocument::fromJson(fixed).object());
    REQUIRE(ok.ok());
    CHECK(ok->created.size() == 7);
    auto phases = t.store().parts(ok->keys.value(QStringLiteral("vd")), QStringLiteral("dialogue_phase"));
    REQUIRE(phases.ok());
    REQUIRE(phases->size() == 2);
    CHECK(phases->at(1).fields.value(QStringLiteral("position")).toLongLong() == 2);
    auto questions = t.store().parts(phases->at(1).id, QStringLiteral("key_question"));
    REQUIRE(questions->size() == 2);
    CHECK(questions->at(1).fields.value(QStringLiteral("text")).toString() == QStringLiteral("typo"));
}

TEST_CASE("Trash hides a record - restore brings it back with its parts and links - purge leaves a tombstone", "[records][trash]")
{
    TestLibrary t;
    const RecordId org = t.createMinimal(QStringLiteral("organisation"), QStringLiteral("IANWGE"));
    const RecordId person = t.create(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("Carolyn Hannan")}, {QStringLiteral("affiliation_id"), org.toString()}});
    const RecordId dialogue = t.create(QStringLiteral("dialogue"), {{QStringLiteral("title"), QStringLiteral("Sixth session")}, {QStringLiteral("kind"), QStringLiteral("meeting_session")}});
    const RecordId chair = t.create(QStringLiteral("dialogue_participant"), {{QStringLiteral("dialogue_id"), dialogue.toString()},
                                                                             {QStringLiteral("person_id"), person.toString()},
                                                                             {QStringLiteral("role"), QStringLiteral("chair")}});
    const RecordId tag = t.createMinimal(QStringLiteral("tag"), QStringLiteral("inter-agency"));
    const RecordId tagging = t.create(QStringLiteral("tagging"), {{QStringLiteral("tag_id"), tag.toString()}, {QStringLiteral("record_id"), dialogue.toString()}});

    REQUIRE(t.store().trash(dialogue).ok());
    CHECK(*t.store().count(QStringLiteral("dialogue"), {}) == 0);
    CHECK(*t.store().trashedCount() == 1);
    CHECK(t.store().trashed(10, 0)->first().id == dialogue);

    REQUIRE(t.store().restore(dialogue).ok());
    CHECK(*t.store().count(QStringLiteral("dialogue"), {}) == 1);
    CHECK(t.store().parts(dialogue, QStringLiteral("dialogue_participant"))->size() == 1);
    CHECK(t.store().get(tagging)->fields.value(QStringLiteral("record_id")).toString() == dialogue.toString());

    // Purging the organisation clears the optional reference to it and keeps the person.
    REQUIRE(t.store().purge(org).ok());
    CHECK_FALSE(t.store().get(person)->fields.contains(QStringLiteral("affiliation_id")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM tombstone WHERE record_id = '%1'").arg(org.toString())) == 1);

    // Purging the dialogue takes its parts and links with it, logged, and leaves tombstones.
    REQUIRE(t.store().purge(dialogue).ok());
    CHECK(t.store().get(dialogue).error().code == ErrorCode::NotFound);
    CHECK(t.store().get(chair).error().code == ErrorCode::NotFound);
    CHECK(t.store().get(tagging).error().code == ErrorCode::NotFound);
    CHECK(t.store().get(person).ok());
    CHECK(t.store().get(tag).ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM tombstone")) == 4);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'purge'")) == 4);
    auto check = t.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.join(QLatin1Char('\n'))));
    CHECK(check->ok());
}

TEST_CASE("Sample records are marked and removed in one action", "[records][sample]")
{
    TestLibrary t;
    CreateOptions sample;
    sample.sample = true;
    auto org = t.store().create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("UN-INSTRAW")}}, sample);
    REQUIRE(org.ok());
    REQUIRE(t.store().create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Sample toolkit")}}, sample).ok());
    const RecordId mine = t.create(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("My colleague")}, {QStringLiteral("affiliation_id"), org->toString()}});
    CHECK(*t.store().sampleCount() == 2);
    REQUIRE(t.store().removeSamples().ok());
    CHECK(*t.store().sampleCount() == 0);
    auto kept = t.store().get(mine);
    REQUIRE(kept.ok()); // the user's own record stays, its link to a sample organisation cleared
    CHECK_FALSE(kept->fields.contains(QStringLiteral("affiliation_id")));
}
