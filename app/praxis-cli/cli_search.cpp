// praxis-cli search and reindex.
#include "cli_command.h"
#include "cli_invocation.h"

#include "library/library.h"
#include "search/search_index.h"

#include <QJsonArray>
#include <QJsonObject>

namespace praxis::cli {

using namespace praxis::core;

namespace {

int search(CliInvocation &cli, SearchIndex &index)
{
    // Catch up with changes made since the index last ran, unless another program is writing: a search
    // never waits for the write lock.
    if (Status s = index.catchUp(); !s)
        return cli.fail(s.error());
    for (const QString &notice : index.takeNotices())
        cli.err() << "praxis-cli: note: " << notice << "\n";
    auto results = index.search(cli.args().at(0), cli.number("--limit", 20), cli.number("--offset", 0));
    if (!results)
        return cli.fail(results.error());
    const bool wantFacets = cli.has("--facets");
    QList<FacetGroup> facets;
    if (wantFacets) {
        auto f = index.facets(cli.args().at(0));
        if (!f)
            return cli.fail(f.error());
        facets = *f;
    }
    auto plain = [](QString text) { return text.remove(QChar(2)).remove(QChar(3)); };
    if (cli.jsonOutput()) {
        QJsonArray hits;
        for (const SearchHit &h : results->hits)
            hits.append(QJsonObject {{QStringLiteral("id"), h.id.toString()}, {QStringLiteral("kind"), h.kind},
                {QStringLiteral("title"), plain(h.title)}, {QStringLiteral("snippet"), plain(h.snippet)},
                {QStringLiteral("score"), h.score}});
        QJsonObject out {{QStringLiteral("query"), cli.args().at(0)}, {QStringLiteral("total"), results->total},
            {QStringLiteral("total_is_lower_bound"), results->capped}, {QStringLiteral("hits"), hits}};
        if (wantFacets) {
            QJsonObject f;
            for (const FacetGroup &g : std::as_const(facets)) {
                QJsonArray values;
                for (const FacetValue &v : g.values)
                    values.append(QJsonObject {
                        {QStringLiteral("value"), v.value}, {QStringLiteral("label"), v.label}, {QStringLiteral("count"), v.count}});
                f.insert(g.name, values);
            }
            out.insert(QStringLiteral("facets"), f);
        }
        return cli.report(out, {});
    }
    // Matches shown in [brackets] on a terminal.
    auto marked = [](QString text) { return text.replace(QChar(2), QLatin1Char('[')).replace(QChar(3), QLatin1Char(']')); };
    for (const SearchHit &h : results->hits) {
        cli.out() << h.kind << "  " << marked(h.title) << "  [" << h.id.toString() << "]\n";
        if (!h.snippet.isEmpty())
            cli.out() << "    " << marked(h.snippet).simplified() << "\n";
    }
    cli.out() << "(" << results->hits.size() << " shown of " << (results->capped ? "more than " : "") << results->total << " matches)\n";
    for (const FacetGroup &g : std::as_const(facets)) {
        cli.out() << g.name << ":";
        for (const FacetValue &v : g.values)
            cli.out() << "  " << v.label << " (" << v.count << ")";
        cli.out() << "\n";
    }
    return kOk;
}

int cmdSearch(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) { return search(cli, library.search()); });
}

int cmdReindex(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) {
        auto done = library.search().rebuild();
        if (!done)
            return cli.fail(done.error());
        auto docs = library.search().documentCount();
        return cli.report(QJsonObject {{QStringLiteral("records"), *done}, {QStringLiteral("documents"), docs ? *docs : -1}},
            QStringLiteral("Reindexed %1 records into %2 search documents.\n")
                .arg(QString::number(*done), QString::number(docs ? *docs : -1)));
    });
}

} // namespace

CliCommandGroup searchCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Search"),
        {
            {.name = QStringLiteral("search"),
                .arguments = QStringLiteral("QUERY"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "full-text search in the search language"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "QUERY uses the search language: words, \"phrases\", OR, -word, prefix*, and filters kind: type: "
                    "lang: year:2010..2016 country: region: org: person: tag: has:attachment dialogue: week: title: "
                    "topic: and custom fields by name. Matches are shown in [brackets]."),
                .options = {limitOption(QT_TRANSLATE_NOOP("praxis-cli", "at most N hits (default 20)")),
                    offsetOption(QT_TRANSLATE_NOOP("praxis-cli", "skip the first N hits")),
                    flagOption(QStringLiteral("--facets"),
                        QT_TRANSLATE_NOOP("praxis-cli", "also list the facets of the hits (kind, language, year…) with their counts"))},
                .run = cmdSearch},
            {.name = QStringLiteral("reindex"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "rebuild the search index from the records"),
                .run = cmdReindex},
        }};
}

} // namespace praxis::cli
