#pragma once

#include "exchange/material_entry.h"
#include "storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace praxis::core {

struct CsvMapping;
class EntrySource;
struct ReadNotes;

// Reads the reference formats other tools write — RIS (Zotero, EndNote, Mendeley), BibTeX (JabRef,
// Zotero, BibDesk, LaTeX users), CSL-JSON (Zotero, Pandoc) — and CSV into material entries. An entry that
// cannot be read is left out and noted with its line and reason (ReadNotes::skipped); the file is refused
// only when it is not in the format at all. Text is read in its encoding (UTF-8, UTF-16 with a byte-order
// mark, or Windows-1252), which the notes name.
class BibliographyReader {
public:
    // A reader for a file, read as it is needed (any size, little memory). `format` is "ris", "bibtex",
    // "csl-json" or "csv", or empty to detect it; `encoding` overrides the detection.
    static Result<std::unique_ptr<EntrySource>> open(const QString &path, const QString &format = {}, const QString &encoding = {},
                                                     const CsvMapping *mapping = nullptr, QChar delimiter = {});

    // The same for bytes in memory, read whole.
    static Result<QList<MaterialEntry>> readRis(const QByteArray &bytes, ReadNotes *notes = nullptr);
    static Result<QList<MaterialEntry>> readBibtex(const QByteArray &bytes, ReadNotes *notes = nullptr);
    static Result<QList<MaterialEntry>> readCslJson(const QByteArray &bytes, ReadNotes *notes = nullptr);

    // What a file holds, from its first bytes and then its name: "library", "csl-json", "ris", "bibtex",
    // "csv", or empty when it is none of them (see otherKind for what it is then).
    static QString detectFormat(const QByteArray &bytes, const QString &fileName);
    // For a file of another kind — a mail archive, a REFI-QDA project, a ZIP, XML, a PDF, an image, binary
    // data — a sentence saying what it is; empty for text that may be one of the formats.
    static QString otherKind(const QByteArray &bytes, const QString &fileName);
    // LaTeX accents and escapes to Unicode: {\'e} \'{e} \~n {\c c} \ss -- \& …; braces dropped.
    static QString latexToUnicode(const QString &latex);
};

} // namespace praxis::core
