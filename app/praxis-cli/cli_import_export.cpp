// praxis-cli import and export.
#include "cli_command.h"
#include "cli_invocation.h"

#include "exchange/bibliography_reader.h"
#include "exchange/csv_table.h"
#include "exchange/library_archive.h"
#include "exchange/material_exporter.h"
#include "exchange/material_importer.h"
#include "exchange/text_input.h"
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

QJsonArray notesJson(const QList<EntryNote> &notes)
{
    QJsonArray out;
    for (const EntryNote &n : notes)
        out.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("key"), n.key}, {QStringLiteral("reason"), n.reason}});
    return out;
}

int cmdImport(CliInvocation &cli)
{
    const QString onDuplicate = cli.value("--on-duplicate");
    const QString mappingFile = cli.value("--mapping");
    const QString delimiter = cli.value("--delimiter");
    QString format = cli.args().size() == 2 ? cli.args().at(0).toLower() : QString();
    if (format == QLatin1String("bib"))
        format = QStringLiteral("bibtex");
    else if (format == QLatin1String("csl"))
        format = QStringLiteral("csl-json");
    const QString path = cli.args().last();
    auto head = TextInput::head(path);
    if (!head)
        return cli.fail(makeError(head.error().code, head.error().message + QStringLiteral(" Nothing was imported.")));
    if (format.isEmpty()) {
        format = BibliographyReader::detectFormat(*head, path);
        if (const QString other = BibliographyReader::otherKind(*head, path); format.isEmpty() && !other.isEmpty())
            return cli.fail(makeError(ErrorCode::Invalid, other + QStringLiteral(" Nothing was imported.")));
        if (format.isEmpty()) {
            cli.err() << "praxis-cli: cannot tell the format of " << QDir::toNativeSeparators(path)
                  << "; name it: import csv|ris|bibtex|csl-json|library FILE. Nothing was imported.\n";
            return kError;
        }
    }
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("ris"), QStringLiteral("bibtex"), QStringLiteral("csl-json"), QStringLiteral("library")}.contains(format))
        return cli.usage(QStringLiteral("unknown import format “%1”: use csv, ris, bibtex, csl-json or library").arg(format));
    ImportOptions options;
    options.dryRun = cli.has("--dry-run");
    options.strict = cli.has("--strict");
    if (onDuplicate == QLatin1String("add"))
        options.policy = DuplicatePolicy::Add;
    else if (onDuplicate == QLatin1String("merge"))
        options.policy = DuplicatePolicy::Merge;
    else if (!onDuplicate.isEmpty() && onDuplicate != QLatin1String("skip"))
        return cli.usage(QStringLiteral("--on-duplicate takes add, skip or merge"));

    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());

    if (format == QLatin1String("library")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            cli.err() << "praxis-cli: cannot read " << QDir::toNativeSeparators(path) << ": " << file.errorString() << "\n";
            return kError;
        }
        LibraryArchive archive((*lib)->database(), (*lib)->records());
        auto n = archive.read(file.readAll());
        if (!n)
            return cli.fail(n.error());
        if (cli.jsonOutput())
            cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), *n}}).toJson());
        else
            cli.out() << "Imported " << *n << " records.\n";
        return kOk;
    }

    CsvMapping mapping;
    bool haveMapping = false;
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
        haveMapping = true;
    }
    const QChar delimiterChar = delimiter.isEmpty() ? QChar() : (delimiter == QLatin1String("tab") ? QChar(u'\t') : delimiter.at(0));
    auto source = BibliographyReader::open(path, format, cli.value("--encoding"), haveMapping ? &mapping : nullptr, delimiterChar);
    if (!source)
        return cli.fail(makeError(source.error().code, source.error().message + QStringLiteral(" Nothing was imported; the library is unchanged.")));

    MaterialImporter importer((*lib)->database(), (*lib)->records(), (*lib)->search());
    auto report = importer.run(**source, options);
    if (!report)
        return cli.fail(report.error());
    // Exit 0 when something was (or, on a trial run, would be) imported; the entries left out are listed.
    const int exitCode = report->imported + report->merged > 0 ? kOk : kError;
    if (cli.jsonOutput()) {
        QJsonArray records;
        for (const ImportedRecord &r : std::as_const(report->records))
            records.append(QJsonObject{{QStringLiteral("outcome"), outcomeName(r.outcome)}, {QStringLiteral("where"), r.where},
                                       {QStringLiteral("title"), r.title}, {QStringLiteral("id"), r.id.toString()},
                                       {QStringLiteral("reason"), r.reason}});
        cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imported"), report->imported},
                                                             {QStringLiteral("merged"), report->merged},
                                                             {QStringLiteral("skipped"), report->skipped},
                                                             {QStringLiteral("unreadable"), notesJson(report->read.skipped)},
                                                             {QStringLiteral("warnings"), notesJson(report->read.warnings)},
                                                             {QStringLiteral("format"), report->read.format},
                                                             {QStringLiteral("encoding"), report->read.encoding},
                                                             {QStringLiteral("dry_run"), report->dryRun},
                                                             {QStringLiteral("records"), records}})
                                       .toJson());
    } else {
        for (const ImportedRecord &r : std::as_const(report->records)) {
            if (r.outcome == ImportedRecord::Outcome::Imported && r.reason.isEmpty())
                continue;
            cli.out() << outcomeName(r.outcome) << "  " << r.where << "  " << r.title << (r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason) << "\n";
        }
        cli.out() << "Read as " << report->read.format << " (" << report->read.encoding << "). " << report->summary() << "\n";
    }
    for (const EntryNote &n : std::as_const(report->read.skipped))
        cli.err() << "praxis-cli: not imported: " << n.text() << "\n";
    for (const EntryNote &n : std::as_const(report->read.warnings))
        cli.err() << "praxis-cli: warning: " << n.text() << "\n";
    if (exitCode != kOk)
        cli.err() << "praxis-cli: nothing was imported.\n";
    return exitCode;
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
                    "detected when left out. Duplicates are skipped unless told otherwise. Entries that cannot be read are "
                    "listed on stderr with their line and reason; the rest is imported. Exit code 0 when something was imported."),
                .options = {{.name = QStringLiteral("--on-duplicate"),
                                .value = QStringLiteral("add|skip|merge"),
                                .help = QT_TRANSLATE_NOOP("praxis-cli", "what to do with a material already in the library (default skip)"),
                                .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--on-duplicate takes add, skip or merge")},
                    {.name = QStringLiteral("--dry-run"), .help = QT_TRANSLATE_NOOP("praxis-cli", "report what would be imported; change nothing")},
                    {.name = QStringLiteral("--strict"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "refuse the whole file if any entry cannot be read or is refused")},
                    {.name = QStringLiteral("--mapping"),
                        .value = QStringLiteral("MAPPING.json"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "csv: which column goes to which field (guessed from the header otherwise)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--mapping needs a file")},
                    {.name = QStringLiteral("--encoding"),
                        .value = QStringLiteral("E"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "the encoding of the file: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (detected otherwise)"),
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
