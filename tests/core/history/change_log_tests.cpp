#include "test_library.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace praxis::core;
using praxis::test::TestLibrary;
using praxis::test::str;

namespace {

QList<ChangeEntry> allEntries(TestLibrary &t)
{
    auto entries = t.library->changeLog().since(0, 1'000'000);
    REQUIRE(entries.ok());
    return *entries;
}

} // namespace

TEST_CASE("The change log records every field of a create and each field an update changes", "[changelog]")
{
    TestLibrary t;
    const RecordId id = t.create(QStringLiteral("material"), {{QStringLiteral("title"), QStringLiteral("Gender training manual")},
                                                              {QStringLiteral("year"), 2008},
                                                              {QStringLiteral("languages"), QStringList{QStringLiteral("en"), QStringLiteral("es")}}});
    auto history = t.library->changeLog().history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).op == ChangeOp::Create);
    QHash<QString, QJsonValue> set;
    for (const ChangeEntry &e : *history) {
        CHECK(e.recordType == QStringLiteral("material"));
        CHECK(e.device == t.library->deviceId());
        CHECK(e.author == QStringLiteral("tester"));
        if (e.op == ChangeOp::Set)
            set.insert(e.field, e.value);
    }
    CHECK(set.value(QStringLiteral("title")).toString() == QStringLiteral("Gender training manual"));
    CHECK(set.value(QStringLiteral("year")).toInteger() == 2008);
    CHECK(set.value(QStringLiteral("languages")).toArray().size() == 2);

    REQUIRE(t.store().update(id, {{QStringLiteral("year"), 2009}, {QStringLiteral("title"), QStringLiteral("Gender training manual")}}).ok());
    history = t.library->changeLog().history(id);
    REQUIRE(history->size() == 5); // the unchanged title is not logged
    CHECK(history->last().field == QStringLiteral("year"));
    CHECK(history->last().value.toInteger() == 2009);

    // Clearing is logged as null.
    REQUIRE(t.store().update(id, {{QStringLiteral("year"), QVariant()}}).ok());
    history = t.library->changeLog().history(id);
    CHECK(history->last().value.isNull());
}

TEST_CASE("Change-log times are strictly increasing - across a stepped-back clock and a reopen", "[changelog][hlc]")
{
    TestLibrary t;
    const RecordId id = t.createMinimal(QStringLiteral("organisation"), QStringLiteral("FAO"));
    for (int i = 0; i < 20; ++i) {
        if (i == 5)
            t.clock->advance(-60'000);
        REQUIRE(t.store().update(id, {{QStringLiteral("acronym"), QStringLiteral("A%1").arg(i)}}).ok());
    }
    t.close();
    t.clock->advance(-3'600'000); // the machine's clock went back an hour while Praxis was closed
    t.open();
    REQUIRE(t.store().update(id, {{QStringLiteral("acronym"), QStringLiteral("after")}}).ok());
    const QList<ChangeEntry> entries = allEntries(t);
    REQUIRE(entries.size() == 23);
    for (int i = 1; i < entries.size(); ++i) {
        INFO(i);
        CHECK(entries.at(i - 1).time < entries.at(i).time);
        CHECK(entries.at(i - 1).seq < entries.at(i).seq);
    }
}

TEST_CASE("Trash - restore and purge are in the change log", "[changelog][trash]")
{
    TestLibrary t;
    const RecordId id = t.createMinimal(QStringLiteral("memo"), QStringLiteral("Resistance in week 2"));
    REQUIRE(t.store().trash(id).ok());
    REQUIRE(t.store().restore(id).ok());
    REQUIRE(t.store().purge(id).ok());
    auto history = t.library->changeLog().history(id);
    REQUIRE(history.ok());
    QStringList ops;
    for (const ChangeEntry &e : *history)
        ops << changeOpName(e.op);
    CHECK(ops == QStringList{QStringLiteral("create"), QStringLiteral("set"), QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("purge")});
}

TEST_CASE("No write path goes around the change log: replaying it reproduces every record", "[changelog][replay]")
{
    TestLibrary t;
    QRandomGenerator random(20161);
    QList<RecordId> live;
    const QList<RecordTypeDef> &types = RecordTypes::all();
    for (int step = 0; step < 400; ++step) {
        t.clock->advance(random.bounded(0, 3));
        const int action = live.isEmpty() ? 0 : random.bounded(0, 10);
        if (action <= 3) {
            const RecordTypeDef &type = types.at(random.bounded(qsizetype(0), types.size()));
            live << t.createMinimal(type.name, QStringLiteral("Record %1").arg(step));
        } else {
            const RecordId id = live.at(random.bounded(qsizetype(0), live.size()));
            auto record = t.store().get(id);
            if (!record) { // purged along with something else
                live.removeAll(id);
                continue;
            }
            const RecordTypeDef *def = RecordTypes::find(record->type);
            if (action <= 6) {
                for (const FieldDef &f : def->fields) {
                    if (f.required || f.type == FieldType::Reference)
                        continue;
                    QVariant value;
                    switch (f.type) {
                    case FieldType::Integer: value = qint64(f.maxValue > f.minValue ? f.minValue : step); break;
                    case FieldType::Real: value = step / 4.0; break;
                    case FieldType::Boolean: value = step % 2 == 0; break;
                    case FieldType::Choice: value = f.choices.last(); break;
                    case FieldType::Date: value = QStringLiteral("2016-09-06"); break;
                    case FieldType::DateTime: value = QStringLiteral("2016-09-06T09:00:00-04:00"); break;
                    case FieldType::Url: value = QStringLiteral("https://trainingcentre.unwomen.org"); break;
                    case FieldType::Email: value = QStringLiteral("cop@example.org"); break;
                    case FieldType::List: value = QStringList{QStringLiteral("en"), QString::number(step)}; break;
                    default: value = QStringLiteral("edit %1").arg(step);
                    }
                    if (random.bounded(0, 4) == 0)
                        value = QVariant(); // clear
                    REQUIRE(t.store().update(id, {{f.name, value}}).ok());
                }
            } else if (action == 7) {
                REQUIRE(t.store().trash(id).ok());
            } else if (action == 8) {
                REQUIRE(t.store().restore(id).ok());
            } else {
                REQUIRE(t.store().purge(id).ok());
                live.removeAll(id);
            }
        }
    }
    auto check = t.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.mid(0, 5).join(QLatin1Char('\n'))));
    CHECK(check->ok());
    CHECK(check->records > 100);

    SECTION("a write around the log is detected")
    {
        const RecordId victim = live.last();
        auto type = t.store().typeOf(victim);
        REQUIRE(type.ok());
        const RecordTypeDef *def = RecordTypes::find(*type);
        REQUIRE(t.db().exec(QStringLiteral("UPDATE %1 SET %2 = 'sneaky' WHERE id = '%3'").arg(def->name, def->titleField, victim.toString())).ok());
        auto bad = t.library->check();
        REQUIRE(bad.ok());
        CHECK_FALSE(bad->ok());
        CHECK(bad->problems.join(QLatin1Char('\n')).contains(victim.toString()));
    }
}
