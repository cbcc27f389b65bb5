// Storage benchmark: bulk creation through the record store (with its change log), lazy-view paging
// and sorting on a large table, and reopening. Prints figures; asserts nothing.
//
//   praxis_bench [--materials N] [--library PATH]

#include "bench_util.h"
#include "library/library.h"
#include "records/record_store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace praxis::core;

namespace {

const char *const kWords[] = {
    "gender", "equality", "training", "women", "rights", "mainstreaming", "capacity", "development", "violence", "prevention",
    "toolkit", "manual", "module", "participatory", "methodology", "community", "practice", "empowerment", "leadership", "policy",
    "budgeting", "masculinities", "transformative", "learning", "facilitators", "evaluation", "indicators", "peace", "security",
    "health", "education", "economic", "inclusion", "rural", "youth", "dialogue", "advocacy", "analysis", "planning", "justice",
};

QString words(QRandomGenerator &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        // Skewed choice: early words are much more frequent, as in real text.
        const int n = int(std::size(kWords));
        const int index = std::min(n - 1, int(random.bounded(n) * random.generateDouble()));
        if (i)
            out += QLatin1Char(' ');
        out += QString::fromLatin1(kWords[index]);
    }
    return out;
}


void report(const char *what, double ms, const QString &extra = {})
{
    std::printf("%-48s %10.1f ms  %s\n", what, ms, extra.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("praxis.*.info=false"));
    int materials = 100000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--materials"))
            materials = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--library"))
            path = args.at(++i);
    }
    QTemporaryDir temp;
    if (path.isEmpty())
        path = temp.filePath(QStringLiteral("bench-library"));

    std::printf("praxis_bench: %d materials, SQLite %s, library %s\n", materials, Database::sqliteVersion().toUtf8().constData(),
                path.toUtf8().constData());
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open library: %s\n", opened.error().message.toUtf8().constData());
        return 1;
    }
    std::unique_ptr<Library> lib = std::move(opened.value());
    report("create library", timer.nsecsElapsed() / 1e6);

    QRandomGenerator random(42);
    static const char *const types[] = {"manual", "toolkit", "module", "e_course", "video", "handout", "guide", "report"};
    static const char *const languages[] = {"en", "es", "fr", "pt", "ar"};
    timer.restart();
    {
        Transaction tx(lib->database());
        for (int i = 0; i < materials; ++i) {
            QVariantMap fields{
                {QStringLiteral("title"), words(random, 3 + int(random.bounded(6)))},
                {QStringLiteral("material_type"), QString::fromLatin1(types[random.bounded(int(std::size(types)))])},
                {QStringLiteral("year"), qint64(1995 + random.bounded(30))},
                {QStringLiteral("languages"), QStringList{QString::fromLatin1(languages[random.bounded(int(std::size(languages)))])}},
                {QStringLiteral("abstract"), words(random, 60)},
            };
            auto id = lib->records().create(QStringLiteral("material"), fields);
            if (!id) {
                std::fprintf(stderr, "create failed: %s\n", id.error().message.toUtf8().constData());
                return 1;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "commit failed\n");
            return 1;
        }
    }
    const double createMs = timer.nsecsElapsed() / 1e6;
    report("create materials (one transaction)", createMs, QStringLiteral("%1 records/s").arg(qint64(materials / (createMs / 1000.0))));

    auto timeList = [&](const char *what, ListQuery q) {
        timer.restart();
        auto page = lib->records().list(QStringLiteral("material"), q);
        report(what, timer.nsecsElapsed() / 1e6, QStringLiteral("%1 rows").arg(page ? page->size() : -1));
    };
    ListQuery q;
    q.limit = 200;
    timeList("first page, by title", q);
    q.sortField = QStringLiteral("year");
    q.descending = true;
    timeList("first page, by year descending", q);
    q.sortField = QStringLiteral("languages");
    q.descending = false;
    timeList("first page, by language (list field)", q);
    q.sortField = QStringLiteral("title");
    q.offset = materials / 2;
    timeList("page in the middle, by title", q);
    timer.restart();
    auto count = lib->records().count(QStringLiteral("material"), {});
    report("count", timer.nsecsElapsed() / 1e6, QStringLiteral("%1").arg(count ? *count : -1));

    lib.reset();
    timer.restart();
    auto reopened = Library::open(path);
    report("reopen library", timer.nsecsElapsed() / 1e6);
    timer.restart();
    auto check = (*reopened)->check();
    report("full check (integrity + change-log replay)", timer.nsecsElapsed() / 1e6,
           check ? QStringLiteral("%1 problems").arg(check->problems.size()) : check.error().message);
    std::printf("peak resident memory: %lld MiB\n", praxis::bench::peakRssKb() / 1024);
    return 0;
}
