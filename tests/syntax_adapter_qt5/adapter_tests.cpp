#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "editors/markdown_highlighter.h"

#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cstring>

namespace {

// Formats the highlighter put on a block (they live in the block's layout).
QVector<QTextLayout::FormatRange> formatsOf(const QTextBlock &block)
{
    return block.layout()->formats();
}

} // namespace

TEST_CASE("The adapter reports the engine it was built with", "[adapter]")
{
    CHECK(std::strcmp(praxis::ui::MarkdownHighlighter::engine(), EXPECTED_ENGINE) == 0);
}

TEST_CASE("Headings - emphasis and code are highlighted - plain lines are not", "[adapter]")
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("# Heading\nsome *emphasis* and `code`\nplain words only"));
    QObject *highlighter = praxis::ui::MarkdownHighlighter::attach(&document);
    REQUIRE(highlighter != nullptr);
    CHECK(highlighter->parent() == &document);
    const QTextBlock heading = document.firstBlock();
    const QTextBlock inline_ = heading.next();
    const QTextBlock plain = inline_.next();
    REQUIRE(!formatsOf(heading).isEmpty());
    REQUIRE(!formatsOf(inline_).isEmpty());
    // The heading looks different from a plain line.
    const QTextCharFormat headingFormat = formatsOf(heading).first().format;
    const bool distinct = headingFormat.fontWeight() > QFont::Normal || headingFormat.foreground() != QTextCharFormat().foreground();
    CHECK(distinct);
    bool plainStyled = false;
    for (const auto &range : formatsOf(plain))
        plainStyled = plainStyled || range.format.fontWeight() > QFont::Normal || range.format.fontItalic();
    CHECK_FALSE(plainStyled);
    // The code span is formatted where it stands.
    const int codeStart = inline_.text().indexOf(QLatin1Char('`'));
    bool codeFormatted = false;
    for (const auto &range : formatsOf(inline_))
        codeFormatted = codeFormatted || (range.start <= codeStart && range.start + range.length > codeStart);
    CHECK(codeFormatted);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
