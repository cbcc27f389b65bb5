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
#include <QFileInfo>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Writes n materials to `path` as a spreadsheet would, a few thousand rows at a time.
bool generate(int n, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Vocabulary v;
    QRandomGenerator rng(20161009);
    auto pick = [&](const QStringList &l) { return l.at(int(rng.bounded(quint32(l.size())))); };
    static const QStringList sentences{
        QStringLiteral("It explains the key concepts and offers exercises that participants can adapt to their own context."),
        QStringLiteral("The sessions combine short presentations, group work, role plays and discussion of real cases."),
        QStringLiteral("Facilitators find notes on preparation, timing, materials and the questions that usually come up."),
        QStringLiteral("Each module ends with an evaluation form and suggestions for follow-up activities in the workplace."),
        QStringLiteral("The examples come from several regions and show how institutions changed their policies and practice."),
        QStringLiteral("An annex lists further reading, useful organisations and a glossary of the terms used in the text."),
    };
    file.write("\xEF\xBB\xBF");
    QString out = QStringLiteral("Title,Author,Publication Year,Language,Abstract,Keywords,Publisher,Audience,Country\r\n");
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
        // About eighty words, as catalogue abstracts run.
        QString abstract = QStringLiteral("This %1 supports %2 working on %3 and %4.")
                               .arg(title.section(QLatin1Char(' '), 0, 0).toLower(), pick(v.audiences), pick(v.subjects), pick(v.subjects));
        for (int k = 0; k < 4; ++k)
            abstract += QLatin1Char(' ') + pick(sentences);
        out += csvCell(title) + QLatin1Char(',') + csvCell(authors.join(QStringLiteral("; "))) + QLatin1Char(',') +
               QString::number(1995 + rng.bounded(31u)) + QLatin1Char(',') + language + QLatin1Char(',') + csvCell(abstract) + QLatin1Char(',') +
               csvCell(keywords) + QLatin1Char(',') + csvCell(pick(v.orgs)) + QLatin1Char(',') + pick(v.audiences) + QLatin1Char(',') +
               pick(v.countries) + QStringLiteral("\r\n");
        if (out.size() > (1 << 20)) {
            file.write(out.toUtf8());
            out.clear();
        }
    }
    file.write(out.toUtf8());
    return file.flush();
}

struct Run {
    double seconds = -1;
    qint64 peakKb = -1;
    int exitCode = -1;
    QByteArray output;
};

// Runs a program to its end, with the time it took and its peak resident memory (from the kernel).
Run run(const QString &program, const QStringList &arguments)
{
    Run r;
    int pipeFd[2];
    if (::pipe(pipeFd) != 0)
        return r;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipeFd[1], 1);
        ::dup2(pipeFd[1], 2);
        ::close(pipeFd[0]);
        std::vector<QByteArray> bytes{QFile::encodeName(program)};
        for (const QString &a : arguments)
            bytes.push_back(a.toUtf8());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipeFd[1]);
    char buffer[4096];
    for (ssize_t got; (got = ::read(pipeFd[0], buffer, sizeof buffer)) > 0;)
        r.output.append(buffer, got);
    ::close(pipeFd[0]);
    int status = 0;
    struct rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.peakKb = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    QString csvPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--materials") && i + 1 < args.size())
            n = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--csv") && i + 1 < args.size())
            csvPath = args.at(++i);
    }
    QTemporaryDir temp;
    if (csvPath.isEmpty())
        csvPath = temp.filePath(QStringLiteral("materials.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(n, csvPath)) {
        say("error: cannot write %s\n", qPrintable(csvPath));
        return 1;
    }
    say("generated %d materials as CSV (%.1f MiB) in %.1f s\n", n, QFileInfo(csvPath).size() / 1048576.0, timer.nsecsElapsed() / 1e9);

    // The raw baseline first, then Praxis, in the same run.
    const Run baseline = run(QStringLiteral("python3"), {QStringLiteral(PRAXIS_BENCH_DIR "/import_baseline.py"), csvPath, temp.filePath(QStringLiteral("baseline.sqlite"))});
    if (baseline.exitCode != 0) {
        say("baseline failed: %s\n", baseline.output.constData());
        return 1;
    }
    say("raw baseline (Python sqlite3: plain table + plain FTS5): %.2f s, peak %lld MiB\n", baseline.seconds, baseline.peakKb / 1024);

    const QString cli = QStringLiteral(PRAXIS_CLI);
    const QString library = temp.filePath(QStringLiteral("lib"));
    if (run(cli, {QStringLiteral("--library"), library, QStringLiteral("init")}).exitCode != 0) {
        say("error: praxis-cli init failed\n");
        return 1;
    }
    const Run imported = run(cli, {QStringLiteral("--library"), library, QStringLiteral("import"), QStringLiteral("csv"), csvPath});
    if (imported.exitCode != 0) {
        say("import failed (%d): %s\n", imported.exitCode, imported.output.right(2000).constData());
        return 1;
    }
    say("praxis-cli import (change log, duplicate check, people and publishers as parts, search index): %.2f s, %.0f records/s, peak %lld MiB\n",
        imported.seconds, n / imported.seconds, imported.peakKb / 1024);
    say("  %s\n", imported.output.trimmed().split('\n').last().constData());
    const Run searched = run(cli, {QStringLiteral("--library"), library, QStringLiteral("search"), QStringLiteral("facilitators")});
    say("first search after the import: %.2f s (exit %d)\n", searched.seconds, searched.exitCode);
    say("ratio import / raw baseline: %.2f (goal: at most 3)\n", imported.seconds / baseline.seconds);
    say("peak memory of the import: %lld MiB (goal: under 200)\n", imported.peakKb / 1024);
    return 0;
}
