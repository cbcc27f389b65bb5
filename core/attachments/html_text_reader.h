#pragma once

#include "attachments/attachment_text.h"

#include <QByteArray>
#include <QString>

namespace praxis::extract {

// The text of a web page as a reader sees it: tags, comments, scripts and styles left out, block
// elements on lines of their own, character references (&eacute; &#233; &#xE9;) decoded. Written by hand
// rather than through QTextDocument, which needs a QGuiApplication that praxis-cli does not have.
class HtmlTextReader {
public:
    static core::ExtractedText read(const QString &path);
    static QString toText(const QString &html);
    // The page's characters: the byte-order mark, else the <meta charset> of the first kilobytes, else
    // UTF-8 when the bytes are valid UTF-8 and Windows-1252 otherwise.
    static QString decode(const QByteArray &bytes);
};

} // namespace praxis::extract
