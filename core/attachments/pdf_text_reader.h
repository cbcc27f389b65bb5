#pragma once

#include "attachments/attachment_text.h"

namespace praxis::extract {

// The text of a PDF, page by page, through poppler-cpp. Encrypted and damaged files are reported, not
// read; reading stops once the text is as long as the cache keeps.
class PdfTextReader {
public:
    static bool isAvailable();
    static core::ExtractedText read(const QString &path);
};

} // namespace praxis::extract
