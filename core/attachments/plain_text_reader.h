#pragma once

#include "attachments/attachment_text.h"

#include <QByteArray>
#include <QString>

namespace praxis::extract {

// Plain text and Markdown: UTF-8 or UTF-16 (with a byte-order mark), else UTF-8 when the bytes are valid
// UTF-8 and Windows-1252 otherwise (what Notepad wrote on Western Windows for years). Binary data is refused.
class PlainTextReader {
public:
    // Read at most this much of a file: more than the cache keeps even for text that is all two-byte characters.
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    static core::ExtractedText read(const QString &path);
    // Reads at most kMaxBytes (or all of a smaller file); an error message when the file cannot be read.
    static QByteArray readHead(const QString &path, QString *error);
    static QString decode(QByteArray bytes);
};

} // namespace praxis::extract
