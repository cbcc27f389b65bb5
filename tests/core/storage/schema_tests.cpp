#include "storage/migrations.h"
#include "test_library.h"

#include <QFile>
#include <QSet>

using namespace praxis::core;
using praxis::test::TestLibrary;

TEST_CASE("Migrations bring a new library to the latest schema version", "[schema]")
{
    TestLibrary t;
    CHECK(t.scalar(QStringLiteral("PRAGMA user_version")) == Migrations::latestVersion());
    CHECK(t.scalar(QStringLiteral("PRAGMA application_id")) == Library::kApplicationId);
}

TEST_CASE("Every record type of the model has a table whose columns match its fields", "[schema]")
{
    TestLibrary t;
    for (const RecordTypeDef &type : RecordTypes::all()) {
        INFO(type.name.toStdString());
        auto stmt = t.db().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(type.name));
        REQUIRE(stmt.ok());
        QSet<QString> columns;
        while (stmt->step().value())
            columns.insert(stmt->text(1));
        REQUIRE_FALSE(columns.isEmpty());
        QSet<QString> expected{QStringLiteral("id")};
        for (const FieldDef &f : type.fields) {
            if (f.type != FieldType::List)
                expected.insert(f.name);
        }
        CHECK(columns == expected);

        // Every single-target reference is a foreign key to that type's table.
        auto fks = t.db().prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(type.name));
        REQUIRE(fks.ok());
        QHash<QString, QString> targets;
        while (fks->step().value())
            targets.insert(fks->text(3), fks->text(2));
        for (const FieldDef &f : type.fields) {
            if (f.type != FieldType::Reference)
                continue;
            INFO(f.name.toStdString());
            CHECK(targets.value(f.name) == (f.refTypes.size() == 1 ? f.refTypes.first() : QStringLiteral("records")));
        }
    }
}

TEST_CASE("The model's definitions are consistent", "[schema]")
{
    for (const RecordTypeDef &type : RecordTypes::all()) {
        INFO(type.name.toStdString());
        CHECK(type.field(type.titleField) != nullptr);
        if (type.role != RecordRole::Main) {
            REQUIRE(type.field(type.parentField) != nullptr);
            CHECK(type.field(type.parentField)->required);
        }
        for (const QString &c : type.listColumns)
            CHECK(type.field(c) != nullptr);
        for (const FieldDef &f : type.fields) {
            for (const QString &target : f.refTypes)
                CHECK(RecordTypes::find(target) != nullptr);
            if (f.type == FieldType::Choice)
                CHECK_FALSE(f.choices.isEmpty());
        }
    }
    // The nesting the editors show.
    auto partNames = [](const QString &type) {
        QStringList names;
        for (const RecordTypeDef *p : RecordTypes::partsOf(type))
            names << p->name;
        return names;
    };
    CHECK(partNames(QStringLiteral("dialogue")).contains(QStringLiteral("dialogue_phase")));
    CHECK(partNames(QStringLiteral("dialogue")).contains(QStringLiteral("recommendation")));
    CHECK(partNames(QStringLiteral("dialogue_phase")) == QStringList{QStringLiteral("key_question")});
    CHECK(partNames(QStringLiteral("case_study")).contains(QStringLiteral("case_section")));
}

TEST_CASE("The migrations are numbered from 1 without a gap, each a script of the build", "[schema]")
{
    const QList<Migration> &all = Migrations::all();
    REQUIRE_FALSE(all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).version == i + 1);
        CHECK(QFile::exists(all.at(i).resource));
    }
    CHECK(Migrations::latestVersion() == all.size());
}
