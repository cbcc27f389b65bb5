#include "exchange/bibliography_reader.h"
#include "exchange/material_importer.h"
#include "search/search_index.h"
#include "test_library.h"

#include <QJsonObject>

using namespace praxis::core;
using praxis::test::str;
using praxis::test::TestLibrary;

namespace {

const QChar kHigh(0xD800);
const QChar kLow(0xDC00);
const QChar kReplacement(QChar::ReplacementCharacter);

void requireSound(TestLibrary &t)
{
    auto check = t.library->check();
    REQUIRE(check.ok());
    INFO(str(check->problems.join(QLatin1Char('\n'))));
    CHECK(check->ok());
}

} // namespace

TEST_CASE("Half a surrogate pair in a text is stored as U+FFFD, alike in the record and in the change log", "[records][text]")
{
    TestLibrary t;
    const QString face = QString::fromUcs4(U"\U0001F600"); // a whole pair, kept as it is
    const QString title = kHigh + QStringLiteral("Care ") + kLow + QStringLiteral(" work ") + face + kHigh;
    const QStringList topics{kLow + QStringLiteral("care"), QStringLiteral("unpaid") + kHigh + QStringLiteral("work"), QStringLiteral("time use") + kLow};
    const RecordId id = t.create(QStringLiteral("material"), {{QStringLiteral("title"), title}, {QStringLiteral("topics"), topics}});

    auto stored = t.store().get(id);
    REQUIRE(stored.ok());
    CHECK(stored->value(QStringLiteral("title")).toString() ==
          kReplacement + QStringLiteral("Care ") + kReplacement + QStringLiteral(" work ") + face + kReplacement);
    CHECK(stored->value(QStringLiteral("topics")).toStringList() ==
          QStringList{kReplacement + QStringLiteral("care"), QStringLiteral("unpaid") + kReplacement + QStringLiteral("work"),
                      QStringLiteral("time use") + kReplacement});
    requireSound(t);

    // An update, and the JSON route that `praxis-cli add material` takes.
    REQUIRE(t.store().update(id, {{QStringLiteral("subtitle"), QString(QStringLiteral("a") + kLow + kHigh)}, {QStringLiteral("abstract"), QString(kLow)}}).ok());
    auto fields = t.store().fieldsFromJson(QStringLiteral("material"),
                                           QJsonDocument::fromJson(R"({"title": "\ud800 from JSON \udfff", "languages": ["en\udbff"]})").object());
    REQUIRE(fields.ok());
    const RecordId fromJson = t.create(QStringLiteral("material"), *fields);
    auto json = t.store().get(fromJson);
    REQUIRE(json.ok());
    CHECK(json->value(QStringLiteral("title")).toString() == kReplacement + QStringLiteral(" from JSON ") + kReplacement);
    CHECK(t.store().get(id)->value(QStringLiteral("subtitle")).toString() == QStringLiteral("a") + kReplacement + kReplacement);
    requireSound(t);
}

TEST_CASE("A CSL-JSON import with half a surrogate pair in its texts leaves a sound library", "[import][csl][text]")
{
    TestLibrary t;
    const QByteArray csl = R"([{"id": "lone", "type": "report", "title": "\udc00Toolkit \ud800 on care\ud800",
                                "author": [{"family": "Doe\udfff", "given": "Jane"}], "keyword": "care\ud800, work"}])";
    auto entries = BibliographyReader::readCslJson(csl);
    INFO(str(entries ? QString() : entries.error().message));
    REQUIRE(entries.ok());
    MaterialImporter importer(t.db(), t.store(), t.library->search());
    auto report = importer.run(*entries, DuplicatePolicy::Add);
    INFO(str(report ? QString() : report.error().message));
    REQUIRE(report.ok());
    REQUIRE(report->imported == 1);

    auto material = t.store().get(report->records.at(0).id);
    REQUIRE(material.ok());
    CHECK(material->value(QStringLiteral("title")).toString() ==
          kReplacement + QStringLiteral("Toolkit ") + kReplacement + QStringLiteral(" on care") + kReplacement);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM material_contributor WHERE name_text = 'Jane Doe' || char(65533)")) == 1);
    requireSound(t);
}
