// praxis-cli import and export.
#include "cli_command.h"
#include "cli_invocation.h"

#include "exchange/bibliography_reader.h"
#include "exchange/csv_table.h"
#include "exchange/library_archive.h"
#include "exchange/material_exporter.h"
#include "exchange/material_importer.h"
#include "library/library.h"
#include "records/record_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace praxis::cli {

using namespace praxis::core;

namespace {

QString outcomeName(ImportedRecord::Outcome o)
{
    switch (o) {
    case ImportedRecord::Outcome::Imported: return QStringLiteral("imported");
    case ImportedRecord::Outcome::Merged: return QStringLiteral("merged");
    case ImportedRecord::Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

bool isCsvEncoding(const QString &encoding)
{
    return QStringList{QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("Windows-1252")}.contains(encoding);
}

bool isCsvDelimiter(const QString &delimiter)
{
    return delimiter.size() == 1 || delimiter == QLatin1String("tab");
}

int cmdImport(CliInvocation &cli)
{
    const QString onDuplicate = cli.value("--on-duplicate");
    const QString mappingFile = cli.value("--mapping");
    const QString delimiter = cli.value("--delimiter");
    QString format = cli.args().size() == 2 ? cli.args().at(0).toLower() : QString();
    const QString path = cli.args().last();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.err() << "praxis-cli: cannot read " << QDir::toNativeSeparators(path) << ": " << file.errorString() << "\n";
        return kError;
    }
    const QByteArray bytes = file.readAll();
    if (format.isEmpty()) {
        format = BibliographyReader::detectFormat(bytes, path);
        if (format.isEmpty()) {
            cli.err() << "praxis-cli: cannot tell the format of " << QDir::toNativeSeparators(path)
                  << "; name it: import csv|ris|bibtex|csl-json|library FILE. Nothing was imported.\n";
            return kError;
        }
    }
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    if (onDuplicate == QLatin1String("add"))
        policy = DuplicatePolicy::Add;
    else if (onDuplicate == QLatin1String("merge"))
        policy = DuplicatePolicy::Merge;
    else if (!onDuplicate.isEmpty() && onDuplicate != QLatin1String("skip"))
        return cli.usage(QStringLiteral("--on-duplicate takes add, skip or merge"));

    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());

    if (format == QLatin1String("library")) {
        LibraryArchive archive((*lib)->database(), (*lib)->records());
        auto n = archive.read(bytes);
        if (!n)
            return cli.fail(n.error());
        if (cli.jsonOutput())
            cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), *n}}).toJson());
        else
            cli.out() << "Imported " << *n << " records.\n";
        return kOk;
    }

    Result<QList<MaterialEntry>> entries = QList<MaterialEntry>{};
    if (format == QLatin1String("ris")) {
        entries = BibliographyReader::readRis(bytes);
    } else if (format == QLatin1String("bibtex") || format == QLatin1String("bib")) {
        entries = BibliographyReader::readBibtex(bytes);
    } else if (format == QLatin1String("csl-json") || format == QLatin1String("csl")) {
        entries = BibliographyReader::readCslJson(bytes);
    } else if (format == QLatin1String("csv")) {
        auto table = CsvReader::read(bytes, cli.value("--encoding"), delimiter.isEmpty() ? QChar() : (delimiter == QLatin1String("tab") ? QChar(u'\t') : delimiter.at(0)));
        if (!table)
            return cli.fail(makeError(table.error().code, table.error().message + QStringLiteral(" Nothing was imported; the library is unchanged.")));
        CsvMapping mapping = CsvMapping::guess(table->header);
        if (!mappingFile.isEmpty()) {
            QFile mf(mappingFile);
            if (!mf.open(QIODevice::ReadOnly)) {
                cli.err() << "praxis-cli: cannot read the mapping " << QDir::toNativeSeparators(mappingFile) << ": " << mf.errorString() << "\n";
                return kError;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                cli.err() << "praxis-cli: the mapping " << QDir::toNativeSeparators(mappingFile) << " is not a JSON object. Nothing was imported.\n";
                return kError;
            }
            mapping = CsvMapping::fromJson(doc.object());
        }
        entries = mapping.apply(*table);
        if (!cli.jsonOutput())
            cli.out() << "Read " << table->rows.size() << " rows (" << table->encoding << ", delimiter "
                  << (table->delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table->delimiter)) << ").\n";
    } else {
        return cli.usage(QStringLiteral("unknown import format “%1”: use csv, ris, bibtex, csl-json or library").arg(format));
    }
    if (!entries)
        return cli.fail(makeError(entries.error().code, entries.error().message + QStringLiteral(" Nothing was imported; the library is unchanged.")));

    MaterialImporter importer((*lib)->database(), (*lib)->records(), (*lib)->search());
    auto report = importer.run(*entries, policy, cli.has("--dry-run"));
    if (!report)
        return cli.fail(report.error());
    if (cli.jsonOutput()) {
        QJsonArray records;
        for (const ImportedRecord &r : std::as_const(report->records))
            records.append(QJsonObject{{QStringLiteral("outcome"), outcomeName(r.outcome)}, {QStringLiteral("where"), r.where},
                                       {QStringLiteral("title"), r.title}, {QStringLiteral("id"), r.id.toString()},
                                       {QStringLiteral("reason"), r.reason}});
        cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imported"), report->imported},
                                                             {QStringLiteral("merged"), report->merged},
                                                             {QStringLiteral("skipped"), report->skipped},
                                                             {QStringLiteral("dry_run"), report->dryRun},
                                                             {QStringLiteral("records"), records}})
                                       .toJson());
        return kOk;
    }
    for (const ImportedRecord &r : std::as_const(report->records)) {
        if (r.outcome == ImportedRecord::Outcome::Imported && r.reason.isEmpty())
            continue;
        cli.out() << outcomeName(r.outcome) << "  " << r.where << "  " << r.title << (r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason) << "\n";
    }
    cli.out() << report->summary() << "\n";
    return kOk;
}

int cmdExport(CliInvocation &cli)
{
    const QString outputFile = cli.value("--output");
    const QString format = cli.args().at(0).toLower();
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    Result<QByteArray> bytes = QByteArray();
    if (format == QLatin1String("library")) {
        LibraryArchive archive((*lib)->database(), (*lib)->records());
        bytes = archive.write();
    } else {
        auto f = MaterialExporter::formatNamed(format);
        if (!f)
            return cli.usage(f.error().message);
        QList<RecordId> ids;
        for (const QString &id : cli.values("--id"))
            ids << RecordId(id);
        MaterialExporter exporter((*lib)->records());
        bytes = exporter.write(*f, ids);
    }
    if (!bytes)
        return cli.fail(bytes.error());
    if (outputFile.isEmpty()) {
        cli.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cli.fail(makeError(ErrorCode::Io, out.errorString()));
        out.write(*bytes);
        return kOk;
    }
    // Written whole or not at all: an existing file is replaced only once the new one is complete.
    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
        cli.err() << "praxis-cli: cannot write " << QDir::toNativeSeparators(outputFile) << ": " << out.errorString() << "\n";
        return kError;
    }
    if (!cli.jsonOutput())
        cli.out() << "Wrote " << QDir::toNativeSeparators(outputFile) << " (" << bytes->size() << " bytes).\n";
    return kOk;
}

} // namespace

CliCommandGroup exchangeCommands()
{
    using Count = CliArgumentCount;
    return {QT_TRANSLATE_NOOP("praxis-cli", "Import and export"),
        {
            {.name = QStringLiteral("import"),
                .arguments = QStringLiteral("[FORMAT] FILE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "import materials, or a whole library, in one transaction"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "FORMAT is csv, ris, bibtex or csl-json, or library for a whole library (into an empty one); it is "
                    "detected when left out. Duplicates are skipped unless told otherwise."),
                .options = {{.name = QStringLiteral("--on-duplicate"),
                                .value = QStringLiteral("add|skip|merge"),
                                .help = QT_TRANSLATE_NOOP("praxis-cli", "what to do with a material already in the library (default skip)"),
                                .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--on-duplicate takes add, skip or merge")},
                    {.name = QStringLiteral("--dry-run"), .help = QT_TRANSLATE_NOOP("praxis-cli", "report what would be imported; change nothing")},
                    {.name = QStringLiteral("--mapping"),
                        .value = QStringLiteral("MAPPING.json"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "csv: which column goes to which field (guessed from the header otherwise)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--mapping needs a file")},
                    {.name = QStringLiteral("--encoding"),
                        .value = QStringLiteral("E"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "csv: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (detected otherwise)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--encoding takes UTF-8, UTF-16LE, UTF-16BE or Windows-1252"),
                        .accepts = isCsvEncoding},
                    {.name = QStringLiteral("--delimiter"),
                        .value = QStringLiteral("D"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "csv: the column delimiter, one character or tab (detected otherwise)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--delimiter takes one character, or tab"),
                        .accepts = isCsvDelimiter}},
                .count = Count{1, 2},
                .run = cmdImport},
            {.name = QStringLiteral("export"),
                .arguments = QStringLiteral("FORMAT"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "export materials, or the whole library"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "FORMAT is csv, ris, bibtex, csl-json, dc (Dublin Core XML) or jsonld (schema.org LRMI) for "
                    "materials, or library for the whole library."),
                .options = {{.name = QStringLiteral("--id"),
                                .value = QStringLiteral("ID"),
                                .help = QT_TRANSLATE_NOOP("praxis-cli", "export this material only; repeat for more (default: every material)"),
                                .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--id needs a record id"),
                                .repeatable = true},
                    {.name = QStringLiteral("--output"),
                        .alias = QStringLiteral("-o"),
                        .value = QStringLiteral("FILE"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "write FILE, whole or not at all (default: standard output)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--output needs a file")}},
                .count = Count{1, 1},
                .run = cmdExport},
        }};
}

} // namespace praxis::cli
