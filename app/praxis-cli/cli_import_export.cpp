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
#include "storage/safe_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

int importLibrary(CliInvocation &cli, Library &library, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    LibraryArchive archive(library.database(), library.records());
    auto n = archive.read(file.readAll());
    if (!n)
        return cli.fail(n.error());
    return cli.report(QJsonObject {{QStringLiteral("records"), *n}}, QStringLiteral("Imported %1 records.\n").arg(*n));
}

int importMaterials(CliInvocation &cli, Library &library, const QString &path, const QString &format, const ImportOptions &options)
{
    const QString mappingFile = cli.value("--mapping");
    const QString delimiter = cli.value("--delimiter");
    CsvMapping mapping;
    bool haveMapping = false;
    if (!mappingFile.isEmpty()) {
        QFile mf(mappingFile);
        if (!mf.open(QIODevice::ReadOnly))
            return cli.fail(QStringLiteral("cannot read the mapping %1: %2").arg(QDir::toNativeSeparators(mappingFile), mf.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return cli.fail(
                QStringLiteral("the mapping %1 is not a JSON object. Nothing was imported.").arg(QDir::toNativeSeparators(mappingFile)));
        mapping = CsvMapping::fromJson(doc.object());
        haveMapping = true;
    }
    const QChar delimiterChar = delimiter.isEmpty() ? QChar() : (delimiter == QLatin1String("tab") ? QChar(u'\t') : delimiter.at(0));
    auto source = BibliographyReader::open(path, format, cli.value("--encoding"), haveMapping ? &mapping : nullptr, delimiterChar);
    if (!source)
        return cli.fail(source.error(), QStringLiteral("Nothing was imported; the library is unchanged."));

    MaterialImporter importer(library.database(), library.records(), library.search());
    auto report = importer.run(**source, options);
    if (!report)
        return cli.fail(report.error());
    // Exit 0 when something was (or, on a trial run, would be) imported; the entries left out are listed.
    const int exitCode = report->imported + report->merged > 0 ? kOk : kError;
    QJsonArray records;
    QString text;
    for (const ImportedRecord &r : std::as_const(report->records)) {
        records.append(QJsonObject {{QStringLiteral("outcome"), outcomeName(r.outcome)}, {QStringLiteral("where"), r.where},
            {QStringLiteral("title"), r.title}, {QStringLiteral("id"), r.id.toString()}, {QStringLiteral("reason"), r.reason}});
        if (r.outcome != ImportedRecord::Outcome::Imported || !r.reason.isEmpty())
            text += outcomeName(r.outcome) + QStringLiteral("  ") + r.where + QStringLiteral("  ") + r.title
                + (r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason) + QLatin1Char('\n');
    }
    text += QStringLiteral("Read as %1 (%2). %3\n").arg(report->read.format, report->read.encoding, report->summary());
    for (const EntryNote &n : std::as_const(report->read.skipped))
        cli.err() << "praxis-cli: not imported: " << n.text() << "\n";
    for (const EntryNote &n : std::as_const(report->read.warnings))
        cli.err() << "praxis-cli: warning: " << n.text() << "\n";
    if (exitCode != kOk)
        cli.err() << "praxis-cli: nothing was imported.\n";
    return cli.report(QJsonObject {{QStringLiteral("imported"), report->imported}, {QStringLiteral("merged"), report->merged},
                          {QStringLiteral("skipped"), report->skipped}, {QStringLiteral("unreadable"), notesJson(report->read.skipped)},
                          {QStringLiteral("warnings"), notesJson(report->read.warnings)}, {QStringLiteral("format"), report->read.format},
                          {QStringLiteral("encoding"), report->read.encoding}, {QStringLiteral("dry_run"), report->dryRun},
                          {QStringLiteral("records"), records}},
        text, exitCode);
}

int cmdImport(CliInvocation &cli)
{
    const QString onDuplicate = cli.value("--on-duplicate");
    QString format = cli.args().size() == 2 ? cli.args().at(0).toLower() : QString();
    if (format == QLatin1String("bib"))
        format = QStringLiteral("bibtex");
    else if (format == QLatin1String("csl"))
        format = QStringLiteral("csl-json");
    const QString path = cli.args().last();
    const QString kept = QStringLiteral("Nothing was imported.");
    auto head = TextInput::head(path);
    if (!head)
        return cli.fail(head.error(), kept);
    if (format.isEmpty()) {
        format = BibliographyReader::detectFormat(*head, path);
        if (const QString other = BibliographyReader::otherKind(*head, path); format.isEmpty() && !other.isEmpty())
            return cli.fail(other + QLatin1Char(' ') + kept);
        if (format.isEmpty())
            return cli.fail(QStringLiteral("cannot tell the format of %1; name it: import csv|ris|bibtex|csl-json|library FILE. %2")
                                .arg(QDir::toNativeSeparators(path), kept));
    }
    if (!QStringList {
            QStringLiteral("csv"), QStringLiteral("ris"), QStringLiteral("bibtex"), QStringLiteral("csl-json"), QStringLiteral("library")}
             .contains(format))
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
    return cli.onLibrary([&](Library &library) {
        if (format == QLatin1String("library"))
            return importLibrary(cli, library, path);
        return importMaterials(cli, library, path, format, options);
    });
}

int exportTo(CliInvocation &cli, Library &library, const QString &format, const QString &outputFile)
{
    Result<QByteArray> bytes = QByteArray();
    if (format == QLatin1String("library")) {
        LibraryArchive archive(library.database(), library.records());
        bytes = archive.write();
    } else {
        auto f = MaterialExporter::formatNamed(format);
        if (!f)
            return cli.usage(f.error().message);
        QList<RecordId> ids;
        for (const QString &id : cli.values("--id"))
            ids << RecordId(id);
        MaterialExporter exporter(library.records());
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
    // Written whole or not at all: an existing file is replaced only once the new one is complete, and a
    // failure leaves it (and the folder) as it was.
    if (Status written = SafeFileWriter::write(outputFile, *bytes); !written)
        return cli.fail(written.error());
    if (!cli.jsonOutput())
        cli.out() << "Wrote " << QDir::toNativeSeparators(outputFile) << " (" << bytes->size() << " bytes).\n";
    return kOk;
}

int cmdExport(CliInvocation &cli)
{
    const QString outputFile = cli.value("--output");
    const QString format = cli.args().at(0).toLower();
    return cli.onLibrary([&](Library &library) { return exportTo(cli, library, format, outputFile); });
}

} // namespace

CliCommandGroup exchangeCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Import and export"),
        {
            {.name = QStringLiteral("import"),
                .arguments = QStringLiteral("[FORMAT] FILE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "import materials, or a whole library, in one transaction"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "FORMAT is csv, ris, bibtex or csl-json, or library for a whole library (into an empty one); it is "
                    "detected when left out. Duplicates are skipped unless told otherwise. Entries that cannot be read are "
                    "listed on stderr with their line and reason; the rest is imported. Exit code 0 when something was imported."),
                .options = {valueOption(QStringLiteral("--on-duplicate"), QStringLiteral("add|skip|merge"),
                                QT_TRANSLATE_NOOP("praxis-cli", "what to do with a material already in the library (default skip)"),
                                QT_TRANSLATE_NOOP("praxis-cli", "--on-duplicate takes add, skip or merge")),
                    flagOption(
                        QStringLiteral("--dry-run"), QT_TRANSLATE_NOOP("praxis-cli", "report what would be imported; change nothing")),
                    flagOption(QStringLiteral("--strict"),
                        QT_TRANSLATE_NOOP("praxis-cli", "refuse the whole file if any entry cannot be read or is refused")),
                    valueOption(QStringLiteral("--mapping"), QStringLiteral("MAPPING.json"),
                        QT_TRANSLATE_NOOP("praxis-cli", "csv: which column goes to which field (guessed from the header otherwise)"),
                        QT_TRANSLATE_NOOP("praxis-cli", "--mapping needs a file")),
                    valueOption(QStringLiteral("--encoding"), QStringLiteral("E"),
                        QT_TRANSLATE_NOOP(
                            "praxis-cli", "the encoding of the file: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (detected otherwise)"),
                        QT_TRANSLATE_NOOP("praxis-cli", "--encoding takes UTF-8, UTF-16LE, UTF-16BE or Windows-1252"), isCsvEncoding),
                    valueOption(QStringLiteral("--delimiter"), QStringLiteral("D"),
                        QT_TRANSLATE_NOOP("praxis-cli", "csv: the column delimiter, one character or tab (detected otherwise)"),
                        QT_TRANSLATE_NOOP("praxis-cli", "--delimiter takes one character, or tab"), isCsvDelimiter)},
                .run = cmdImport},
            {.name = QStringLiteral("export"),
                .arguments = QStringLiteral("FORMAT"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "export materials, or the whole library"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "FORMAT is csv, ris, bibtex, csl-json, dc (Dublin Core XML) or jsonld (schema.org LRMI) for "
                    "materials, or library for the whole library."),
                .options = {valueOption(QStringLiteral("--id"), QStringLiteral("ID"),
                                QT_TRANSLATE_NOOP("praxis-cli", "export this material only; repeat for more (default: every material)"),
                                QT_TRANSLATE_NOOP("praxis-cli", "--id needs a record id"))
                                .repeated(),
                    valueOption(QStringLiteral("--output"), QStringLiteral("FILE"),
                        QT_TRANSLATE_NOOP("praxis-cli", "write FILE, whole or not at all (default: standard output)"),
                        QT_TRANSLATE_NOOP("praxis-cli", "--output needs a file"))
                        .alsoWritten(QStringLiteral("-o"))},
                .run = cmdExport},
        }};
}

} // namespace praxis::cli
