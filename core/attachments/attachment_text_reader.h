#pragma once

#include "attachments/attachment_text.h"

#include <QString>

namespace praxis::extract {

// The kinds of file whose text Praxis reads.
enum class TextFormat { Pdf, Docx, Odt, Html, Markdown, PlainText, Unknown };

// Reads the text of one attached file for the search index, choosing the reader by media type and, when
// the type says nothing (application/octet-stream), by the file name's suffix. Safe to call from several
// threads at once; never throws. A damaged, encrypted or oversized file gives Failed with the reason; a
// kind of file with no reader gives Unsupported.
class AttachmentTextReader {
public:
    // Raised whenever a reader changes what it gets out of a file, so that files read before are read
    // again (see AttachmentTextCache::pending). A build without the PDF reader counts one lower, so that
    // a build with it reads the PDFs the other had to leave.
    static int version();
    static bool readsPdf();

    static TextFormat formatOf(const QString &fileName, const QString &mimeType);
    static core::ExtractedText read(const QString &path, const QString &fileName, const QString &mimeType);
    // The reader in the shape core's AttachmentTextRunner takes.
    static core::TextExtractor extractor();
};

} // namespace praxis::extract
