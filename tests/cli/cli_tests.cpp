#include "history/change_log.h"
#include "library/library.h"
#include "records/record_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"
#include "cli_runner.h"

using namespace praxis::core;
using namespace praxis::test;


TEST_CASE("init - add - show - list - edit - delete - restore - history and check work end to end", "[cli]")
{
    CliLibrary lib;
    const Run org = cli(lib.path(), {QStringLiteral("add"), QStringLiteral("organisation"), QStringLiteral("--json"),
                                     QStringLiteral(R"({"name": "UN Women Training Centre", "acronym": "UNW-TC", "kind": "un_entity"})")});
    REQUIRE(org.code == 0);
    const QString orgId = org.out.trimmed();
    REQUIRE(RecordId::isWellFormed(orgId));

    // JSON on stdin, with nested parts and a reference.
    const QByteArray dialogue = QStringLiteral(R"({"title": "Virtual Dialogue: Compendium of Good Practices", "kind": "virtual_dialogue",
        "start_date": "2016-08-29", "end_date": "2016-09-16", "languages": ["en", "es"], "organiser_id": "%1",
        "parts": {"dialogue_phase": [{"title": "Week 1", "parts": {"key_question": [{"text": "What is a “good practice”?"}]}}]}})")
                                    .arg(orgId)
                                    .toUtf8();
    const Run added = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("add"), QStringLiteral("dialogue")}, dialogue);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject rec = added.json();
    const QString id = rec.value(QStringLiteral("id")).toString();
    CHECK(rec.value(QStringLiteral("records_written")).toInt() == 3);
    CHECK(rec.value(QStringLiteral("languages")).toArray().size() == 2);

    const Run shown = cli(lib.path(), {QStringLiteral("show"), id});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QStringLiteral("UN Women Training Centre")));
    CHECK(shown.out.contains(QStringLiteral("Week 1")));
    const Run shownJson = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("show"), id});
    CHECK(shownJson.json().value(QStringLiteral("parts")).toObject().value(QStringLiteral("dialogue_phase")).toArray().size() == 1);

    for (int i = 0; i < 12; ++i)
        REQUIRE(cli(lib.path(), {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"),
                                 QStringLiteral(R"({"title": "Module %1", "year": %2})").arg(QChar(u'A' + i)).arg(2000 + i)})
                    .code == 0);
    const Run page = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"), QStringLiteral("material"),
                                      QStringLiteral("--sort"), QStringLiteral("year"), QStringLiteral("--desc"), QStringLiteral("--limit"),
                                      QStringLiteral("5"), QStringLiteral("--offset"), QStringLiteral("2")});
    REQUIRE(page.code == 0);
    const QJsonObject pageJson = page.json();
    CHECK(pageJson.value(QStringLiteral("total")).toInt() == 12);
    const QJsonArray records = pageJson.value(QStringLiteral("records")).toArray();
    REQUIRE(records.size() == 5);
    CHECK(records.at(0).toObject().value(QStringLiteral("year")).toInt() == 2009);
    CHECK(records.at(4).toObject().value(QStringLiteral("year")).toInt() == 2005);

    const Run edited = cli(lib.path(), {QStringLiteral("edit"), id}, R"({"number": "1", "languages": null})");
    REQUIRE(edited.code == 0);
    const Run after = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("show"), id});
    CHECK(after.json().value(QStringLiteral("number")).toString() == QStringLiteral("1"));
    CHECK_FALSE(after.json().contains(QStringLiteral("languages")));

    REQUIRE(cli(lib.path(), {QStringLiteral("delete"), id}).code == 0);
    CHECK(cli(lib.path(), {QStringLiteral("list"), QStringLiteral("dialogue")}).out.contains(QStringLiteral("(0 of 0")));
    CHECK(cli(lib.path(), {QStringLiteral("list"), QStringLiteral("dialogue"), QStringLiteral("--trashed")}).out.contains(id));
    REQUIRE(cli(lib.path(), {QStringLiteral("restore"), id}).code == 0);
    CHECK(cli(lib.path(), {QStringLiteral("list"), QStringLiteral("dialogue")}).out.contains(id));

    const Run history = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("history"), id});
    REQUIRE(history.code == 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QStringList ops;
    for (const QJsonValue &e : entries)
        ops << e.toObject().value(QStringLiteral("op")).toString();
    CHECK(ops.first() == QStringLiteral("create"));
    CHECK(ops.contains(QStringLiteral("trash")));
    CHECK(ops.last() == QStringLiteral("restore"));
    CHECK(entries.first().toObject().value(QStringLiteral("author")).toString() == QStringLiteral("cli-tester"));

    const Run check = cli(lib.path(), {QStringLiteral("check")});
    INFO(check.out.toStdString());
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("OK")));

    const Run backup = cli(lib.path(), {QStringLiteral("backup")});
    CHECK(backup.code == 0);
    CHECK(QFile::exists(backup.out.section(QStringLiteral(" to "), 1).trimmed()));
}

TEST_CASE("Bad input gets a clear error on stderr - exit code 1 - and writes nothing", "[cli][errors]")
{
    CliLibrary lib;
    const qint64 before = lib.logEntries();
    struct Case {
        const char *name;
        QStringList args;
        QByteArray input;
        QString words;
    };
    const QList<Case> cases = {
        {"malformed JSON", {QStringLiteral("add"), QStringLiteral("material")}, R"({"title": "x",)", QStringLiteral("malformed")},
        {"not an object", {QStringLiteral("add"), QStringLiteral("material")}, R"(["x"])", QStringLiteral("object")},
        {"unknown field", {QStringLiteral("add"), QStringLiteral("material")}, R"({"title": "x", "colour": "red"})", QStringLiteral("colour")},
        {"missing required field", {QStringLiteral("add"), QStringLiteral("material")}, R"({"year": 2016})", QStringLiteral("title")},
        {"wrong value type", {QStringLiteral("add"), QStringLiteral("material")}, R"({"title": "x", "year": "2016"})", QStringLiteral("whole number")},
        {"dangling reference", {QStringLiteral("add"), QStringLiteral("person")}, R"({"name": "x", "affiliation_id": "0190aaaa-0000-7000-8000-000000000001"})", QStringLiteral("no record has the id")},
        {"bad nested part", {QStringLiteral("add"), QStringLiteral("dialogue")}, R"J({"title": "x", "kind": "workshop", "parts": {"recommendation": [{"number": "(i)"}]}})J", QStringLiteral("text")},
        {"unknown record", {QStringLiteral("show"), QStringLiteral("0190aaaa-0000-7000-8000-000000000001")}, {}, QStringLiteral("No record")},
        {"edit unknown record", {QStringLiteral("edit"), QStringLiteral("0190aaaa-0000-7000-8000-000000000001")}, R"({"title": "x"})", QStringLiteral("No record")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const Run r = cli(lib.path(), c.args, c.input);
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(c.words));
    }
    CHECK(lib.logEntries() == before);
}

TEST_CASE("Wrong usage exits with code 2", "[cli][usage]")
{
    CliLibrary lib;
    CHECK(cli(lib.path(), {}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("show")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("list"), QStringLiteral("poster")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("list"), QStringLiteral("material"), QStringLiteral("--limit"), QStringLiteral("many")}).code == 2);
    CHECK(cli(lib.path(), {QStringLiteral("add"), QStringLiteral("material")}).code == 2); // no JSON at all
    CHECK(cli(lib.path(), {QStringLiteral("purge"), QStringLiteral("0190aaaa-0000-7000-8000-000000000001")}).code == 2); // needs --yes
    const Run help = cli(lib.path(), {QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("Commands on a folder that is not a library fail without creating one", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none"));
    const Run r = cli(missing, {QStringLiteral("list"), QStringLiteral("material")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no library")));
    CHECK_FALSE(QFile::exists(missing));

    QFile notLib(dir.filePath(QStringLiteral("praxis.sqlite")));
    REQUIRE(notLib.open(QIODevice::WriteOnly));
    notLib.write("name,email\nx,y\n");
    notLib.close();
    const Run r2 = cli(dir.path(), {QStringLiteral("check")});
    CHECK(r2.code == 1);
    CHECK(r2.err.contains(QStringLiteral("not a Praxis library")));
}

TEST_CASE("init --sample installs the sample library - and remove-samples takes it out", "[cli][sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib"));
    const Run init = cli(path, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("init"), QStringLiteral("--sample")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const int samples = init.json().value(QStringLiteral("sample_records")).toInt();
    CHECK(samples > 100);
    const Run dialogues = cli(path, {QStringLiteral("list"), QStringLiteral("dialogue"), QStringLiteral("--limit"), QStringLiteral("100")});
    CHECK(dialogues.out.contains(QStringLiteral("Compendium of Good Practices")));
    CHECK(cli(path, {QStringLiteral("check")}).code == 0);
    const Run removed = cli(path, {QStringLiteral("remove-samples")});
    REQUIRE(removed.code == 0);
    CHECK(cli(path, {QStringLiteral("list"), QStringLiteral("dialogue")}).out.contains(QStringLiteral("(0 of 0")));
    CHECK(cli(path, {QStringLiteral("check")}).code == 0);
}
