// praxis-cli import and export.
#include "cli_app.h"

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

} // namespace

int CliApp::cmdImport()
{
    QString format = m_args.size() == 2 ? m_args.at(0).toLower() : QString();
    const QString path = m_args.last();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "praxis-cli: cannot read " << QDir::toNativeSeparators(path) << ": " << file.errorString() << "\n";
        return kError;
    }
    const QByteArray bytes = file.readAll();
    if (format.isEmpty()) {
        format = BibliographyReader::detectFormat(bytes, path);
        if (format.isEmpty()) {
            m_err << "praxis-cli: cannot tell the format of " << QDir::toNativeSeparators(path)
                  << "; name it: import csv|ris|bibtex|csl-json|library FILE. Nothing was imported.\n";
            return kError;
        }
    }
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    if (m_onDuplicate == QLatin1String("add"))
        policy = DuplicatePolicy::Add;
    else if (m_onDuplicate == QLatin1String("merge"))
        policy = DuplicatePolicy::Merge;
    else if (!m_onDuplicate.isEmpty() && m_onDuplicate != QLatin1String("skip"))
        return usage(QStringLiteral("--on-duplicate takes add, skip or merge"));

    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());

    if (format == QLatin1String("library")) {
        LibraryArchive archive((*lib)->database(), (*lib)->records());
        auto n = archive.read(bytes);
        if (!n)
            return fail(n.error());
        if (jsonOutput())
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), *n}}).toJson());
        else
            m_out << "Imported " << *n << " records.\n";
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
        auto table = CsvReader::read(bytes, m_encoding, m_delimiter.isEmpty() ? QChar() : (m_delimiter == QLatin1String("tab") ? QChar(u'\t') : m_delimiter.at(0)));
        if (!table)
            return fail(makeError(table.error().code, table.error().message + QStringLiteral(" Nothing was imported; the library is unchanged.")));
        CsvMapping mapping = CsvMapping::guess(table->header);
        if (!m_mappingFile.isEmpty()) {
            QFile mf(m_mappingFile);
            if (!mf.open(QIODevice::ReadOnly)) {
                m_err << "praxis-cli: cannot read the mapping " << QDir::toNativeSeparators(m_mappingFile) << ": " << mf.errorString() << "\n";
                return kError;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                m_err << "praxis-cli: the mapping " << QDir::toNativeSeparators(m_mappingFile) << " is not a JSON object. Nothing was imported.\n";
                return kError;
            }
            mapping = CsvMapping::fromJson(doc.object());
        }
        entries = mapping.apply(*table);
        if (!jsonOutput())
            m_out << "Read " << table->rows.size() << " rows (" << table->encoding << ", delimiter "
                  << (table->delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table->delimiter)) << ").\n";
    } else {
        return usage(QStringLiteral("unknown import format “%1”: use csv, ris, bibtex, csl-json or library").arg(format));
    }
    if (!entries)
        return fail(makeError(entries.error().code, entries.error().message + QStringLiteral(" Nothing was imported; the library is unchanged.")));

    MaterialImporter importer((*lib)->database(), (*lib)->records(), (*lib)->search());
    auto report = importer.run(*entries, policy, m_dryRun);
    if (!report)
        return fail(report.error());
    if (jsonOutput()) {
        QJsonArray records;
        for (const ImportedRecord &r : std::as_const(report->records))
            records.append(QJsonObject{{QStringLiteral("outcome"), outcomeName(r.outcome)}, {QStringLiteral("where"), r.where},
                                       {QStringLiteral("title"), r.title}, {QStringLiteral("id"), r.id.toString()},
                                       {QStringLiteral("reason"), r.reason}});
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imported"), report->imported},
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
        m_out << outcomeName(r.outcome) << "  " << r.where << "  " << r.title << (r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason) << "\n";
    }
    m_out << report->summary() << "\n";
    return kOk;
}

int CliApp::cmdExport()
{
    const QString format = m_args.at(0).toLower();
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    Result<QByteArray> bytes = QByteArray();
    if (format == QLatin1String("library")) {
        LibraryArchive archive((*lib)->database(), (*lib)->records());
        bytes = archive.write();
    } else {
        auto f = MaterialExporter::formatNamed(format);
        if (!f)
            return usage(f.error().message);
        QList<RecordId> ids;
        for (const QString &id : std::as_const(m_ids))
            ids << RecordId(id);
        MaterialExporter exporter((*lib)->records());
        bytes = exporter.write(*f, ids);
    }
    if (!bytes)
        return fail(bytes.error());
    if (m_outputFile.isEmpty()) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(makeError(ErrorCode::Io, out.errorString()));
        out.write(*bytes);
        return kOk;
    }
    // Written whole or not at all: an existing file is replaced only once the new one is complete.
    QSaveFile out(m_outputFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
        m_err << "praxis-cli: cannot write " << QDir::toNativeSeparators(m_outputFile) << ": " << out.errorString() << "\n";
        return kError;
    }
    if (!jsonOutput())
        m_out << "Wrote " << QDir::toNativeSeparators(m_outputFile) << " (" << bytes->size() << " bytes).\n";
    return kOk;
}

} // namespace praxis::cli
