#include "editors/markdown_highlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextDocument>

#ifdef PRAXIS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace praxis::ui {

namespace {

#ifndef PRAXIS_HAVE_KSYNTAXHIGHLIGHTING
// The built-in highlighter: headings, emphasis, inline and fenced code, links, lists and quotes.
class BuiltinMarkdownHighlighter : public QSyntaxHighlighter {
public:
    explicit BuiltinMarkdownHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        const QColor accent = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
        const QColor muted = dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x5f, 0x63, 0x68);
        m_heading.setFontWeight(QFont::Bold);
        m_heading.setForeground(accent);
        m_strong.setFontWeight(QFont::Bold);
        m_emphasis.setFontItalic(true);
        m_code.setFontFamilies({QStringLiteral("monospace")});
        m_code.setForeground(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa5, 0x0e, 0x0e));
        m_link.setForeground(accent);
        m_link.setFontUnderline(true);
        m_marker.setForeground(muted);
        m_quote.setForeground(muted);
        m_quote.setFontItalic(true);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
        static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}(\\s|$)"));
        static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"));
        static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>"));
        static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
        static const QRegularExpression emphasis(QStringLiteral("(?<![*_\\w])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![*_\\w])"));
        static const QRegularExpression code(QStringLiteral("`[^`]+`"));
        static const QRegularExpression link(QStringLiteral("\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>|https?://\\S+"));

        const bool inFence = previousBlockState() == 1;
        if (fence.match(text).hasMatch()) {
            setFormat(0, int(text.length()), m_code);
            setCurrentBlockState(inFence ? 0 : 1);
            return;
        }
        if (inFence) {
            setFormat(0, int(text.length()), m_code);
            setCurrentBlockState(1);
            return;
        }
        setCurrentBlockState(0);
        if (heading.match(text).hasMatch()) {
            setFormat(0, int(text.length()), m_heading);
            return;
        }
        if (quote.match(text).hasMatch())
            setFormat(0, int(text.length()), m_quote);
        const auto list = listMarker.match(text);
        if (list.hasMatch())
            setFormat(int(list.capturedStart(1)), int(list.capturedLength(1)), m_marker);
        apply(text, strong, m_strong);
        apply(text, emphasis, m_emphasis);
        apply(text, link, m_link);
        apply(text, code, m_code);
    }

private:
    void apply(const QString &text, const QRegularExpression &pattern, const QTextCharFormat &format)
    {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    }

    QTextCharFormat m_heading;
    QTextCharFormat m_strong;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_marker;
    QTextCharFormat m_quote;
};
#endif

} // namespace

QObject *MarkdownHighlighter::attach(QTextDocument *document)
{
#ifdef PRAXIS_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
    return highlighter;
#else
    auto *highlighter = new BuiltinMarkdownHighlighter(document);
    highlighter->rehighlight(); // at once, not on the next event loop turn
    return highlighter;
#endif
}

const char *MarkdownHighlighter::engine()
{
#ifdef PRAXIS_HAVE_KSYNTAXHIGHLIGHTING
    return "KSyntaxHighlighting";
#else
    return "built-in";
#endif
}

} // namespace praxis::ui
