#pragma once

// Kept source-compatible with Qt 5 and Qt 6: tests/syntax_adapter_qt5 builds this file against
// Qt 5 and KDE Syntax-Highlighting (KF5), the Qt 6 app against KF6 where it exists.

#include <QObject>

class QTextDocument;

namespace praxis::ui {

// Markdown highlighting for a text document: KDE Syntax-Highlighting when the build has it
// (PRAXIS_HAVE_KSYNTAXHIGHLIGHTING), otherwise a built-in highlighter for the common Markdown forms.
class MarkdownHighlighter {
public:
    // Attaches a highlighter owned by the document; returns it.
    static QObject *attach(QTextDocument *document);
    // "KSyntaxHighlighting" or "built-in": which one this build uses.
    static const char *engine();
};

} // namespace praxis::ui
