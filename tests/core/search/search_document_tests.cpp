#include "model/record_type.h"
#include "search/search_document.h"

#include "catch_qt.h"

using namespace praxis::core;

namespace {

// Records held in memory, for documents built without a library.
class MemorySource : public SearchDocumentSource {
public:
    QHash<QString, Record> records;
    Result<QList<Record>> parts(const RecordId &, const QString &) const override { return QList<Record>(); }
    Result<Record> get(const RecordId &id) const override
    {
        if (!records.contains(id.toString()))
            return makeError(ErrorCode::NotFound, QStringLiteral("no such record"));
        return records.value(id.toString());
    }
    Result<QString> displayName(const RecordId &id) const override
    {
        auto r = get(id);
        if (!r)
            return r.error();
        return r->fields.value(QStringLiteral("name")).toString();
    }
    QString attachmentText(const QString &) const override { return {}; }
};

Record record(const char *id, const char *type, QVariantMap fields)
{
    return Record{RecordId(QString::fromLatin1(id)), QString::fromLatin1(type), std::move(fields), {}};
}

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("A type's search document is what its definition describes", "[search][document]")
{
    MemorySource source;
    source.records.insert(str("p1"), record("p1", "person", {{str("name"), str("Ana Pérez")}}));
    const SearchDocumentBuilder builder(source, str("en"));
    const Record memo = record("m1", "memo", {{str("title"), str("Field notes")}, {str("body"), str("Resistance in week two")},
                                              {str("author"), str("Ana")}});

    SECTION("the model's memo: title, then body and author")
    {
        auto doc = builder.build(memo);
        REQUIRE(doc.ok());
        REQUIRE(doc->has_value());
        CHECK((*doc)->kind == str("memo"));
        CHECK((*doc)->title == str("Field notes"));
        CHECK((*doc)->body == str("Resistance in week two\nAna"));
    }

    SECTION("another description of the same type reads other fields")
    {
        RecordTypeDef type = *RecordTypes::find(str("memo"));
        type.searchKind = str("note");
        type.searchTitle = {str("author")};
        type.searchBody = {str("title")};
        type.searchFacets = {{str("type"), str("author")}};
        auto doc = builder.build(memo, type);
        REQUIRE(doc.ok());
        REQUIRE(doc->has_value());
        CHECK((*doc)->kind == str("note"));
        CHECK((*doc)->title == str("Ana"));
        CHECK((*doc)->body == str("Field notes"));
        CHECK_FALSE((*doc)->body.contains(str("Resistance")));
        CHECK((*doc)->facets.contains({str("type"), str("Ana")}));
    }

    SECTION("paths follow references, take the first alternative with a value, and write words before a value")
    {
        RecordTypeDef type = *RecordTypes::find(str("memo"));
        type.fields.append(FieldDef{str("person_id"), FieldType::Reference, str("Person"), false, {str("person")}, {}, 0, 0, {}});
        type.searchTitle = {str("subtitle|title"), str("by: person_id.name")};
        type.searchBody = {str("person_id")};
        type.searchFacets = {{str("person"), str("person_id")}, {str("org"), str("id")}};
        Record withPerson = memo;
        withPerson.fields.insert(str("person_id"), str("p1"));
        auto doc = builder.build(withPerson, type);
        REQUIRE(doc.ok());
        REQUIRE(doc->has_value());
        CHECK((*doc)->title == str("Field notes by: Ana Pérez"));
        CHECK((*doc)->body == str("Ana Pérez"));
        CHECK((*doc)->facets.contains({str("person"), str("p1")}));
        CHECK((*doc)->facets.contains({str("org"), str("m1")}));
    }

    SECTION("a type without a search kind has no document of its own")
    {
        RecordTypeDef type = *RecordTypes::find(str("memo"));
        type.searchKind.clear();
        auto doc = builder.build(memo, type);
        REQUIRE(doc.ok());
        CHECK_FALSE(doc->has_value());
    }
}

TEST_CASE("Every search description of the model names fields and parts that exist", "[search][document]")
{
    for (const RecordTypeDef &type : RecordTypes::all()) {
        INFO(type.name.toStdString());
        CHECK(SearchDocumentBuilder::unknownPaths(type).isEmpty());
        if (!type.searchFilter.isEmpty())
            CHECK(RecordTypes::ofSearchFilter(type.searchFilter) == &type);
    }
    RecordTypeDef broken = *RecordTypes::find(QStringLiteral("memo"));
    broken.searchBody = {QStringLiteral("no_such_field"), QStringLiteral("title.name")};
    CHECK(SearchDocumentBuilder::unknownPaths(broken) == QStringList{QStringLiteral("memo:no_such_field"), QStringLiteral("memo:title.name")});
}
