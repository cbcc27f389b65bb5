// Search benchmark: builds a library of posts, materials and cases, indexes it, compares the index
// build with loading a plain FTS5 table of the same text, and times the first page of results for
// each query class. Prints figures; asserts nothing.
//
//   praxis_search_bench [--posts N] [--materials N] [--cases N] [--library PATH] [--runs N] [--queries-only]
//
// With --library PATH an existing library is reused (no generation); --rebuild then rebuilds its index
// first; --queries-only skips the load comparison.

#include "bench_util.h"
#include "library/library.h"
#include "records/record_store.h"
#include "search/search_index.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace praxis::core;

namespace {

// A vocabulary with a Zipf rank-frequency distribution, the domain's own words at the top.
class Vocabulary {
public:
    explicit Vocabulary(int size)
    {
        const char *const top[] = {"the", "of", "and", "to", "in", "gender", "training", "women", "equality", "a", "for", "is", "that",
                                   "on", "with", "participants", "we", "practice", "as", "are", "this", "be", "by", "community",
                                   "learning", "resistance", "men", "facilitators", "violence", "mainstreaming", "policy", "rights"};
        for (const char *w : top)
            m_words << QString::fromLatin1(w);
        const char *const syllables[] = {"ka", "ri", "mo", "len", "sa", "tor", "vi", "nel", "pa", "ge", "do", "mi", "ran", "te", "lu",
                                         "bo", "fe", "chi", "nor", "sul", "ga", "pe", "qui", "tra", "zen", "ho", "ma", "es", "li"};
        QRandomGenerator random(7);
        while (m_words.size() < size) {
            QString w;
            const int n = 2 + int(random.bounded(3));
            for (int i = 0; i < n; ++i)
                w += QString::fromLatin1(syllables[random.bounded(int(std::size(syllables)))]);
            m_words << w;
        }
        double total = 0;
        for (int r = 1; r <= size; ++r) {
            total += 1.0 / r;
            m_cumulative.push_back(total);
        }
        for (double &c : m_cumulative)
            c /= total;
    }
    const QString &pick(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_words.at(std::min<qsizetype>(m_words.size() - 1, it - m_cumulative.begin()));
    }
    QString text(QRandomGenerator &random, int words) const
    {
        QString out;
        for (int i = 0; i < words; ++i) {
            if (i)
                out += (i % 13 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
            out += pick(random);
        }
        return out;
    }
    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(std::ceil(p * double(v.size())) - 1)));
}


void say(const char *format, auto... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

bool check(const auto &result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "%s failed: %s\n", what, result.error().message.toUtf8().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("praxis.*.info=false"));
    int posts = 1000000;
    int materials = 100000;
    int cases = 10000;
    int runs = 20;
    bool compareBuild = true;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--posts"))
            posts = args.at(++i).toInt();
        else if (a == QLatin1String("--materials"))
            materials = args.at(++i).toInt();
        else if (a == QLatin1String("--cases"))
            cases = args.at(++i).toInt();
        else if (a == QLatin1String("--runs"))
            runs = args.at(++i).toInt();
        else if (a == QLatin1String("--library"))
            path = args.at(++i);
    }
    if (args.contains(QStringLiteral("--queries-only")))
        compareBuild = false;
    const bool rebuildFirst = args.contains(QStringLiteral("--rebuild"));
    QTemporaryDir temp;
    const bool reuse = !path.isEmpty() && QFileInfo::exists(path + QStringLiteral("/praxis.sqlite"));
    if (path.isEmpty())
        path = temp.filePath(QStringLiteral("library"));
    say("praxis_search_bench: %d posts (~80 words), %d materials, %d cases; SQLite %s\n", posts, materials, cases,
        Database::sqliteVersion().toUtf8().constData());

    auto opened = Library::open(path);
    if (!check(opened, "open"))
        return 1;
    Library &lib = **opened;
    RecordStore &store = lib.records();
    Vocabulary vocabulary(30000);
    QRandomGenerator random(2016);
    QElapsedTimer timer;

    // Times one build of the index and prints its rate; false when it failed.
    auto timeBuild = [&](const char *label, const std::function<Result<qint64>()> &build) {
        QElapsedTimer buildTimer;
        buildTimer.start();
        auto built = build();
        if (!check(built, "index"))
            return false;
        const double ms = buildTimer.nsecsElapsed() / 1e6;
        say("%s %9.0f ms (%lld documents/s)\n", label, ms, qint64(*built / (ms / 1000.0)));
        return true;
    };

    if (!reuse) {
        // ---- Generate records (each write also goes to the change log and the search queue) ----
        timer.start();
        static const char *const langs[] = {"en", "es", "fr", "pt"};
        static const char *const types[] = {"manual", "toolkit", "module", "e_course", "video", "handout", "guide", "report"};
        {
            Transaction tx(lib.database());
            for (int i = 0; i < materials; ++i) {
                auto id = store.create(QStringLiteral("material"), {{QStringLiteral("title"), vocabulary.text(random, 4 + int(random.bounded(6)))},
                                                                    {QStringLiteral("abstract"), vocabulary.text(random, 60)},
                                                                    {QStringLiteral("material_type"), QString::fromLatin1(types[random.bounded(8)])},
                                                                    {QStringLiteral("year"), qint64(1995 + random.bounded(30))},
                                                                    {QStringLiteral("languages"), QStringList{QString::fromLatin1(langs[random.bounded(4)])}}});
                if (!check(id, "create material"))
                    return 1;
            }
            for (int i = 0; i < cases; ++i) {
                auto id = store.create(QStringLiteral("case_study"), {{QStringLiteral("title"), vocabulary.text(random, 6)},
                                                                      {QStringLiteral("summary"), vocabulary.text(random, 120)}});
                if (!check(id, "create case"))
                    return 1;
                for (int s = 0; s < 3; ++s) {
                    auto section = store.create(QStringLiteral("case_section"), {{QStringLiteral("case_id"), id->toString()},
                                                                                  {QStringLiteral("position"), qint64(s + 1)},
                                                                                  {QStringLiteral("body"), vocabulary.text(random, 150)}});
                    if (!check(section, "create section"))
                        return 1;
                }
            }
            if (!check(tx.commit(), "commit"))
                return 1;
        }
        const int dialogues = std::max(1, posts / 50000);
        QList<RecordId> threads;
        {
            Transaction tx(lib.database());
            for (int d = 0; d < dialogues; ++d) {
                auto dialogue = store.create(QStringLiteral("dialogue"), {{QStringLiteral("title"), QStringLiteral("Virtual dialogue %1").arg(d + 1)},
                                                                         {QStringLiteral("kind"), QStringLiteral("virtual_dialogue")},
                                                                         {QStringLiteral("number"), QString::number(d + 1)},
                                                                         {QStringLiteral("languages"), QStringList{QStringLiteral("en")}}});
                if (!check(dialogue, "create dialogue"))
                    return 1;
                for (int w = 1; w <= 3; ++w) {
                    auto phase = store.create(QStringLiteral("dialogue_phase"), {{QStringLiteral("dialogue_id"), dialogue->toString()},
                                                                                {QStringLiteral("position"), qint64(w)},
                                                                                {QStringLiteral("title"), QStringLiteral("Week %1").arg(w)}});
                    if (!check(phase, "create phase"))
                        return 1;
                    for (int t = 0; t < 20; ++t) {
                        auto thread = store.create(QStringLiteral("thread"), {{QStringLiteral("dialogue_id"), dialogue->toString()},
                                                                              {QStringLiteral("phase_id"), phase->toString()},
                                                                              {QStringLiteral("title"), vocabulary.text(random, 5)}});
                        if (!check(thread, "create thread"))
                            return 1;
                        threads << *thread;
                    }
                }
            }
            if (!check(tx.commit(), "commit"))
                return 1;
        }
        QStringList postBodies; // kept only to feed the plain FTS5 comparison below
        for (int done = 0; done < posts;) {
            Transaction tx(lib.database());
            for (int k = 0; k < 20000 && done < posts; ++k, ++done) {
                const QString body = vocabulary.text(random, 70 + int(random.bounded(21)));
                auto id = store.create(QStringLiteral("post"), {{QStringLiteral("thread_id"), threads.at(random.bounded(threads.size())).toString()},
                                                                {QStringLiteral("subject"), vocabulary.text(random, 4)},
                                                                {QStringLiteral("author_name"), QStringLiteral("Participant %1").arg(random.bounded(5000))},
                                                                {QStringLiteral("posted_at"), QStringLiteral("2016-09-06T10:00:00")},
                                                                {QStringLiteral("body"), body}});
                if (!check(id, "create post"))
                    return 1;
            }
            if (!check(tx.commit(), "commit"))
                return 1;
        }
        const double genMs = timer.nsecsElapsed() / 1e6;
        say("generate records through the store:           %9.0f ms (%lld records/s)\n", genMs,
            qint64((materials + cases * 4 + posts) / (genMs / 1000.0)));

        // ---- Index build vs a plain FTS5 table of the same text ----
        if (!timeBuild("index build (documents from records + FTS5):  ", [&] { return lib.search().drain(); }))
            return 1;
    }

    // praxis-cli reindex: the whole index again from the records.
    if (reuse && rebuildFirst && !timeBuild("index rebuild (documents from records + FTS5):", [&] { return lib.search().rebuild(); }))
        return 1;
    // An index of an older format was dropped on opening: build it again.
    if (auto pending = lib.search().pending(); reuse && pending && *pending > 0
        && !timeBuild("index build (documents from records + FTS5):  ", [&] { return lib.search().drain(); }))
        return 1;

    // Plain FTS5 (unicode61, diacritics removed) and the Praxis tokenizer, loaded with the same text.
    if (compareBuild) {
        auto plainDb = Database::open(temp.filePath(QStringLiteral("plain.sqlite")), Database::Mode::Create);
        if (!check(plainDb, "plain db"))
            return 1;
        Database &plain = **plainDb;
        if (!check(SearchTokenizer::registerWith(plain), "tokenizer"))
            return 1;
        (void)plain.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                        "CREATE VIRTUAL TABLE plain USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');"
                                        "CREATE VIRTUAL TABLE ours USING fts5(title, body, tokenize = 'praxis');"));
        auto source = lib.database().prepare(QStringLiteral("SELECT title, body FROM search.fts"));
        if (!check(source, "read"))
            return 1;
        QList<QPair<QString, QString>> rows;
        while (source->step().value())
            rows.append({source->text(0), source->text(1)});
        for (const char *table : {"plain", "ours"}) {
            timer.restart();
            Transaction tx(plain);
            auto insert = plain.prepare(QStringLiteral("INSERT INTO %1 (title, body) VALUES (?, ?)").arg(QString::fromLatin1(table)));
            for (const auto &[title, body] : std::as_const(rows)) {
                insert->reset();
                insert->bind(1, title).bind(2, body);
                if (!check(insert->run(), "insert"))
                    return 1;
            }
            (void)tx.commit();
            const double ms = timer.nsecsElapsed() / 1e6;
            say("load FTS5 table, %-7s tokenizer (%lld docs):  %9.0f ms (%lld documents/s)\n", table, qint64(rows.size()), ms,
                qint64(rows.size() / (ms / 1000.0)));
        }
    }

    // ---- Queries: first page (50 ranked results with snippets) per query class ----
    const QStringList &words = vocabulary.words();
    struct QueryClass {
        const char *name;
        QStringList queries;
    };
    QList<QueryClass> classes;
    classes.append({"most common word", {words.mid(0, 1)}});
    QStringList common;
    for (int i = 5; i < 5 + runs; ++i)
        common << words.at(i);
    classes.append({"common words (ranks 6-25)", common});
    QStringList phrases;
    for (int i = 0; i < runs; ++i)
        phrases << QStringLiteral("\"%1 %2\"").arg(words.at(i % 5), words.at(5 + i % 10));
    classes.append({"common two-word phrase", phrases});
    QStringList prefixes;
    for (const char *p : {"ka*", "ri*", "mo*", "sa*", "pa*", "ge*", "do*", "mi*", "te*", "lu*", "bo*", "fe*", "ga*", "pe*", "ma*", "tr*", "ho*", "li*", "ch*", "es*"})
        prefixes << QString::fromLatin1(p);
    classes.append({"2-letter prefix", prefixes});
    QStringList rare;
    for (int i = 0; i < runs; ++i)
        rare << words.at(words.size() - 1 - i * 37);
    classes.append({"rare word", rare});
    QStringList filtered;
    for (int i = 0; i < runs; ++i)
        filtered << QStringLiteral("%1 kind:post week:2").arg(words.at(5 + i));
    classes.append({"common word + filters (kind:post week:2)", filtered});
    QStringList materialsQ;
    for (int i = 0; i < runs; ++i)
        materialsQ << QStringLiteral("%1 type:toolkit lang:es year:2010..2016").arg(words.at(5 + i));
    classes.append({"word + material filters", materialsQ});

    say("\nfirst page (50 results with snippets), %d runs per class:\n", runs);
    say("%-42s %9s %9s %9s  %s\n", "query class", "median", "p95", "max", "matches (example)");
    for (const QueryClass &c : std::as_const(classes)) {
        std::vector<double> times;
        qint64 matches = 0;
        bool capped = false;
        QString firstTitle;
        for (int r = 0; r < runs; ++r) {
            const QString q = c.queries.at(r % c.queries.size());
            timer.restart();
            auto results = lib.search().search(q, 50);
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (!check(results, "search"))
                return 1;
            if (r == 0) {
                matches = results->total;
                capped = results->capped;
                firstTitle = results->hits.isEmpty() ? QString() : results->hits.first().title;
            }
        }
        say("%-42s %7.1fms %7.1fms %7.1fms  %s%lld\n", c.name, percentile(times, 0.5), percentile(times, 0.95),
            *std::max_element(times.begin(), times.end()), capped ? ">" : "", matches);
    }
    {
        timer.restart();
        auto f = lib.search().facets(words.at(0));
        say("facet counts for the most common word:      %7.1fms\n", timer.nsecsElapsed() / 1e6);
        (void)f;
    }
    // Ranking sanity: a rare word placed in a title ranks above body-only matches.
    {
        auto top = lib.search().search(words.at(10), 5);
        if (top) {
            say("\ntop results for \"%s\":\n", words.at(10).toUtf8().constData());
            for (const SearchHit &h : top->hits) {
                QString t = h.title;
                say("  %-8s %7.2f  %s\n", h.kind.toUtf8().constData(), h.score, t.replace(QChar(2), QLatin1Char('[')).replace(QChar(3), QLatin1Char(']')).left(70).toUtf8().constData());
            }
        }
    }
    const qint64 indexBytes = QFileInfo(path + QStringLiteral("/search.sqlite")).size() + QFileInfo(path + QStringLiteral("/search.sqlite-wal")).size();
    const qint64 dbBytes = QFileInfo(path + QStringLiteral("/praxis.sqlite")).size() + QFileInfo(path + QStringLiteral("/praxis.sqlite-wal")).size();
    say("\nindex size: %lld MiB (records: %lld MiB)\npeak resident memory: %lld MiB\n", indexBytes >> 20, dbBytes >> 20, praxis::bench::peakRssKb() / 1024);
    return 0;
}
