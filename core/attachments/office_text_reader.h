#pragma once

#include "attachments/attachment_text.h"

namespace praxis::extract {

// The text of word-processor files, which are zip archives of XML: DOCX (word/document.xml, with foot-
// and endnotes) and ODT (content.xml). Paragraphs and headings become lines. An entry that unpacks to
// more than `maxUnpackedBytes` is refused (a "zip bomb" unpacks a few kilobytes into gigabytes).
class OfficeTextReader {
public:
    static constexpr qint64 kMaxUnpackedBytes = 64 * 1024 * 1024;

    static core::ExtractedText readDocx(const QString &path, qint64 maxUnpackedBytes = kMaxUnpackedBytes);
    static core::ExtractedText readOdt(const QString &path, qint64 maxUnpackedBytes = kMaxUnpackedBytes);
};

} // namespace praxis::extract
