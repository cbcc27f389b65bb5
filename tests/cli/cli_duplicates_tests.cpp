#include "cli_runner.h"

#include <QJsonArray>

using namespace praxis::test;

TEST_CASE("duplicates lists likely pairs and merge joins them", "[cli][duplicates]")
{
    CliLibrary lib;
    auto add = [&](const QString &json) {
        const Run r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("add"), QStringLiteral("material"),
                                       QStringLiteral("--json"), json});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.json().value(QStringLiteral("id")).toString();
    };
    const QString keep = add(QStringLiteral(R"({"title": "Guía de capacitación en género", "year": 2014, "languages": ["es"]})"));
    const QString other = add(QStringLiteral(R"({"title": "Guia de Capacitacion en Genero", "year": 2014, "topics": ["facilitation"]})"));
    add(QStringLiteral(R"({"title": "Gender equality glossary", "year": 2014})"));

    Run r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("duplicates"), QStringLiteral("material")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray pairs = r.json().value(QStringLiteral("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    const QStringList ids{pairs.at(0)[QStringLiteral("record")][QStringLiteral("id")].toString(),
                          pairs.at(0)[QStringLiteral("duplicate")][QStringLiteral("id")].toString()};
    CHECK(ids.contains(keep));
    CHECK(ids.contains(other));

    r = cli(lib.path(), {QStringLiteral("merge"), keep, other});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("trash")));
    r = cli(lib.path(), {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("show"), keep});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("facilitation")));
    r = cli(lib.path(), {QStringLiteral("duplicates"), QStringLiteral("material")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("No likely duplicates")));

    // Refused merges: exit 1, words on stderr.
    r = cli(lib.path(), {QStringLiteral("merge"), keep, keep});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
    r = cli(lib.path(), {QStringLiteral("merge"), keep});
    CHECK(r.code == 2);
    r = cli(lib.path(), {QStringLiteral("duplicates"), QStringLiteral("nonsense")});
    CHECK(r.code == 2);
}
