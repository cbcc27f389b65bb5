#pragma once

#include "exchange/material_entry.h"
#include "storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace praxis::core {

// Reads the reference formats other tools write — RIS (Zotero, EndNote, Mendeley), BibTeX (JabRef,
// Zotero, LaTeX users) and CSL-JSON (Zotero, Pandoc) — into material entries. A file that is not in
// the format, is cut short, or is not valid UTF-8 gives an error naming the line, and no entries.
class BibliographyReader {
public:
    static Result<QList<MaterialEntry>> readRis(const QByteArray &bytes);
    static Result<QList<MaterialEntry>> readBibtex(const QByteArray &bytes);
    static Result<QList<MaterialEntry>> readCslJson(const QByteArray &bytes);

    // What a file holds, from its first bytes and then its name: "library", "csl-json", "ris", "bibtex",
    // "csv", or empty when it is none of them.
    static QString detectFormat(const QByteArray &bytes, const QString &fileName);
    // Text of a file that must be UTF-8 (a byte-order mark is dropped); the error names the line of the
    // first byte that is not.
    static Result<QString> utf8Text(const QByteArray &bytes, const QString &formatName);
    // LaTeX accents and escapes to Unicode: {\'e} \'{e} \~n {\c c} \ss -- \& …; braces dropped.
    static QString latexToUnicode(const QString &latex);
};

} // namespace praxis::core
