// Generates a realistic catalogue of training materials as a CSV file (the shape a spreadsheet export
// has: a byte-order mark, CRLF, quoted cells with commas and line breaks, several authors per cell,
// languages written as names) and imports it into an empty library, printing the figures.
//
//   praxis_import_bench [--materials N] [--csv PATH] [--keep-library PATH] [--policy skip|add]
//
// With --csv PATH the generated file is written there (and kept); --keep-library keeps the library.

#include "bench_util.h"
#include "exchange/csv_table.h"
#include "exchange/material_importer.h"
#include "library/library.h"
#include "records/record_store.h"
#include "search/search_index.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace praxis::core;

namespace {

template<typename... Args>
void say(const char *format, Args... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

struct Vocabulary {
    QStringList subjects{QStringLiteral("gender equality"), QStringLiteral("masculinities"), QStringLiteral("gender-based violence"),
                         QStringLiteral("women's leadership"), QStringLiteral("gender mainstreaming"), QStringLiteral("care work"),
                         QStringLiteral("gender-responsive budgeting"), QStringLiteral("women's economic empowerment"),
                         QStringLiteral("sexual harassment"), QStringLiteral("gender statistics"), QStringLiteral("peace and security"),
                         QStringLiteral("climate and gender"), QStringLiteral("intersectionality"), QStringLiteral("unpaid care")};
    QStringList subjectsEs{QStringLiteral("igualdad de género"), QStringLiteral("masculinidades"), QStringLiteral("violencia de género"),
                           QStringLiteral("liderazgo de las mujeres"), QStringLiteral("transversalización de género"), QStringLiteral("trabajo de cuidados")};
    QStringList subjectsFr{QStringLiteral("égalité des sexes"), QStringLiteral("masculinités"), QStringLiteral("violences basées sur le genre"),
                           QStringLiteral("leadership des femmes"), QStringLiteral("budgétisation sensible au genre")};
    QStringList kinds{QStringLiteral("Toolkit on"), QStringLiteral("Training manual on"), QStringLiteral("A guide to"), QStringLiteral("Module:"),
                      QStringLiteral("E-course on"), QStringLiteral("Handout:"), QStringLiteral("Facilitator's guide to"), QStringLiteral("Report on")};
    QStringList kindsEs{QStringLiteral("Manual de capacitación sobre"), QStringLiteral("Guía de"), QStringLiteral("Caja de herramientas sobre")};
    QStringList kindsFr{QStringLiteral("Guide de formation sur"), QStringLiteral("Manuel sur"), QStringLiteral("Boîte à outils sur")};
    QStringList audiences{QStringLiteral("trainers"), QStringLiteral("civil servants"), QStringLiteral("UN staff"), QStringLiteral("young people"),
                          QStringLiteral("journalists"), QStringLiteral("police"), QStringLiteral("teachers")};
    QStringList given{QStringLiteral("Jane"), QStringLiteral("María"), QStringLiteral("Céline"), QStringLiteral("Amina"), QStringLiteral("Gary"),
                      QStringLiteral("Dean"), QStringLiteral("Lucía"), QStringLiteral("Nomvula"), QStringLiteral("Priya"), QStringLiteral("Olga")};
    QStringList family{QStringLiteral("Kato-Wallace"), QStringLiteral("Muñoz"), QStringLiteral("François"), QStringLiteral("Barker"),
                       QStringLiteral("Peacock"), QStringLiteral("Okafor"), QStringLiteral("Sánchez"), QStringLiteral("Nkosi"), QStringLiteral("Raman"),
                       QStringLiteral("Ivanova"), QStringLiteral("Dupré"), QStringLiteral("Lindqvist")};
    QStringList orgs{QStringLiteral("UN Women"), QStringLiteral("UNFPA"), QStringLiteral("UNDP"), QStringLiteral("ILO"), QStringLiteral("UNICEF"),
                     QStringLiteral("Promundo"), QStringLiteral("MenEngage Alliance"), QStringLiteral("OSCE"), QStringLiteral("WHO")};
    QStringList countries{QStringLiteral("BO"), QStringLiteral("PE"), QStringLiteral("KE"), QStringLiteral("IN"), QStringLiteral("DO"),
                          QStringLiteral("SN"), QStringLiteral("MX"), QStringLiteral("ZA"), QStringLiteral("PH"), QStringLiteral("UA")};
};

QString csvCell(const QString &v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QByteArray generate(int n)
{
    Vocabulary v;
    QRandomGenerator rng(20161009);
    auto pick = [&](const QStringList &l) { return l.at(int(rng.bounded(quint32(l.size())))); };
    QString out = QStringLiteral("Title,Author,Publication Year,Language,Abstract,Keywords,Publisher,Audience,Country\r\n");
    out.reserve(n * 420);
    for (int i = 0; i < n; ++i) {
        const int lang = int(rng.bounded(10u));
        QString title, language, keywords;
        if (lang < 6) {
            title = pick(v.kinds) + QLatin1Char(' ') + pick(v.subjects);
            language = QStringLiteral("English");
            keywords = pick(v.subjects) + QStringLiteral("; ") + pick(v.subjects);
        } else if (lang < 8) {
            title = pick(v.kindsEs) + QLatin1Char(' ') + pick(v.subjectsEs);
            language = QStringLiteral("Español");
            keywords = pick(v.subjectsEs);
        } else {
            title = pick(v.kindsFr) + QLatin1Char(' ') + pick(v.subjectsFr);
            language = QStringLiteral("French");
            keywords = pick(v.subjectsFr);
        }
        // Titles repeat across a catalogue; an edition number, place and year tell them apart.
        title += QStringLiteral(" (%1, edition %2)").arg(pick(v.countries)).arg(i);
        QStringList authors;
        for (int a = 0, k = 1 + int(rng.bounded(3u)); a < k; ++a)
            authors << pick(v.family) + QStringLiteral(", ") + pick(v.given);
        const QString abstract = QStringLiteral("This %1 supports %2 working on %3.\nIt offers exercises, case studies and handouts, "
                                                "with notes for facilitators.")
                                     .arg(title.section(QLatin1Char(' '), 0, 0).toLower(), pick(v.audiences), pick(v.subjects));
        out += csvCell(title) + QLatin1Char(',') + csvCell(authors.join(QStringLiteral("; "))) + QLatin1Char(',') +
               QString::number(1995 + rng.bounded(31u)) + QLatin1Char(',') + language + QLatin1Char(',') + csvCell(abstract) + QLatin1Char(',') +
               csvCell(keywords) + QLatin1Char(',') + csvCell(pick(v.orgs)) + QLatin1Char(',') + pick(v.audiences) + QLatin1Char(',') +
               pick(v.countries) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    QString csvPath, keepLibrary;
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--materials") && i + 1 < args.size())
            n = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--csv") && i + 1 < args.size())
            csvPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep-library") && i + 1 < args.size())
            keepLibrary = args.at(++i);
        else if (args.at(i) == QLatin1String("--policy") && i + 1 < args.size())
            policy = args.at(++i) == QLatin1String("add") ? DuplicatePolicy::Add : DuplicatePolicy::Skip;
    }
    QTemporaryDir temp;
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = generate(n);
    say("generated %d materials as CSV (%.1f MiB) in %.0f ms\n", n, csv.size() / 1048576.0, timer.nsecsElapsed() / 1e6);
    if (!csvPath.isEmpty()) {
        QFile f(csvPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(csv);
    }

    timer.restart();
    auto table = CsvReader::read(csv);
    if (!table) {
        say("error: %s\n", qPrintable(table.error().message));
        return 1;
    }
    const double readMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    auto entries = CsvMapping::guess(table->header).apply(*table);
    if (!entries) {
        say("error: %s\n", qPrintable(entries.error().message));
        return 1;
    }
    const double mapMs = timer.nsecsElapsed() / 1e6;
    say("read CSV: %.0f ms (%s, delimiter '%s'); mapped: %.0f ms\n", readMs, qPrintable(table->encoding),
        qPrintable(QString(table->delimiter)), mapMs);

    const QString folder = keepLibrary.isEmpty() ? temp.filePath(QStringLiteral("lib")) : keepLibrary;
    auto lib = Library::open(folder);
    if (!lib) {
        say("error: %s\n", qPrintable(lib.error().message));
        return 1;
    }
    MaterialImporter importer((*lib)->database(), (*lib)->records(), (*lib)->search());
    timer.restart();
    auto report = importer.run(*entries, policy);
    if (!report) {
        say("error: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const double importMs = timer.nsecsElapsed() / 1e6;
    say("imported in one transaction: %s\n", qPrintable(report->summary()));
    say("import: %.1f s, %.0f records/s (with duplicate checks, authors and publishers as parts, change log)\n", importMs / 1000,
        report->records.size() / (importMs / 1000));
    timer.restart();
    auto indexed = (*lib)->search().drain();
    say("search indexing of the imported records: %.1f s (%lld documents)\n", timer.nsecsElapsed() / 1e9, indexed ? qint64(*indexed) : -1);
    say("peak resident memory: %lld MiB\n", praxis::bench::peakRssKb() / 1024);
    return 0;
}
