#include "attachments/attachment_text_reader.h"
#include "attachments/html_text_reader.h"
#include "attachments/office_text_reader.h"
#include "attachments/pdf_text_reader.h"
#include "attachments/plain_text_reader.h"

#include "catch_qt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace praxis;
using core::ExtractedText;
using extract::AttachmentTextReader;
using extract::TextFormat;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/attachments/") + QString::fromUtf8(name);
}

// Reads a fixture as the runner would: by the name and media type the attachment record holds.
ExtractedText read(const char *name, const QString &mime = {})
{
    return AttachmentTextReader::read(fixture(name), QString::fromUtf8(name), mime);
}

std::string statusText(const ExtractedText &e)
{
    return core::AttachmentTextCache::statusName(e.status).toStdString() + ": " + e.message.toStdString() + " / "
        + e.text.left(200).toStdString();
}

} // namespace

TEST_CASE("The reader is chosen by media type, then by the file name", "[extract]")
{
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("a.bin"), QStringLiteral("application/pdf")) == TextFormat::Pdf);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("report.PDF"), QStringLiteral("application/octet-stream")) == TextFormat::Pdf);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("toolkit.docx"), QString()) == TextFormat::Docx);
    CHECK(AttachmentTextReader::formatOf(
              QStringLiteral("x"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        == TextFormat::Docx);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("module.odt"), QStringLiteral("application/zip")) == TextFormat::Odt);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("page.htm"), QStringLiteral("text/plain")) == TextFormat::Html);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("x"), QStringLiteral("application/xhtml+xml")) == TextFormat::Html);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("README.md"), QStringLiteral("text/plain")) == TextFormat::Markdown);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("notes"), QStringLiteral("text/plain")) == TextFormat::PlainText);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("table.csv"), QString()) == TextFormat::PlainText);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg")) == TextFormat::Unknown);
    CHECK(AttachmentTextReader::formatOf(QStringLiteral("slides.pptx"), QString()) == TextFormat::Unknown);
    // A build with the PDF reader counts higher, so it reads again what a build without it left.
    CHECK(AttachmentTextReader::version() % 2 == (AttachmentTextReader::readsPdf() ? 1 : 0));
}

TEST_CASE("PDF: the text of every page; damaged and protected files are failures with a reason", "[extract][pdf]")
{
    const ExtractedText pdf = read("budgeting-module.pdf", QStringLiteral("application/pdf"));
    INFO(statusText(pdf));
    if (!AttachmentTextReader::readsPdf()) {
        CHECK(pdf.status == ExtractedText::Status::Unsupported);
        CHECK(pdf.message.contains(QStringLiteral("PDF")));
        return;
    }
    REQUIRE(pdf.status == ExtractedText::Status::Ok);
    CHECK(pdf.text.contains(QStringLiteral("Module 3: Participatory budgeting with rural women")));
    CHECK(pdf.text.contains(QStringLiteral("Facilitators in Cochabamba used gender-responsive budgets.")));
    CHECK(pdf.text.contains(QStringLiteral("Annex: evaluation of the training sessions"))); // page 2
    CHECK(pdf.text.indexOf(QStringLiteral("Cochabamba")) < pdf.text.indexOf(QStringLiteral("Annex")));

    const ExtractedText locked = read("protected.pdf", QStringLiteral("application/pdf"));
    INFO(statusText(locked));
    CHECK(locked.status == ExtractedText::Status::Failed);
    CHECK(locked.message.contains(QStringLiteral("password")));
    CHECK(locked.text.isEmpty());

    const ExtractedText damaged = read("damaged.pdf", QStringLiteral("application/pdf"));
    INFO(statusText(damaged));
    CHECK(damaged.status == ExtractedText::Status::Failed);
    CHECK(damaged.message.contains(QStringLiteral("damaged")));

    // Not there at all.
    CHECK(extract::PdfTextReader::read(fixture("no such file.pdf")).status == ExtractedText::Status::Failed);
}

TEST_CASE("DOCX: paragraphs on lines, runs joined, tabs and breaks kept, deleted text left out", "[extract][docx]")
{
    const ExtractedText docx
        = read("toolkit.docx", QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    INFO(statusText(docx));
    REQUIRE(docx.status == ExtractedText::Status::Ok);
    CHECK(docx.text
        == QStringLiteral("Toolkit for gender trainers\n"
                          "Trainers in Ouagadougou ran the workshop\ttwice.\n"
                          "Capacitación en género\nsecond line\n"));
    CHECK_FALSE(docx.text.contains(QStringLiteral("deleted words")));
}

TEST_CASE("ODT: paragraphs and headings on lines, runs of spaces, tabs and line breaks, no tracked deletions", "[extract][odt]")
{
    const ExtractedText odt = read("care-module.odt", QStringLiteral("application/vnd.oasis.opendocument.text"));
    INFO(statusText(odt));
    REQUIRE(odt.status == ExtractedText::Status::Ok);
    CHECK(odt.text
        == QStringLiteral("Module on care work\n"
                          "Participants from Bishkek and Osh   discussed\tunpaid care.\n"
                          "Formation en égalité\ndes sexes\n"));
    CHECK_FALSE(odt.text.contains(QStringLiteral("removed passage")));
}

TEST_CASE("Broken word-processor files fail with a reason and never crash", "[extract][docx][odt]")
{
    const ExtractedText truncated = read("truncated.docx");
    INFO(statusText(truncated));
    CHECK(truncated.status == ExtractedText::Status::Failed);
    CHECK(truncated.message.contains(QStringLiteral("not a readable zip archive")));

    const ExtractedText broken = read("broken-xml.docx");
    INFO(statusText(broken));
    CHECK(broken.status == ExtractedText::Status::Failed);
    CHECK(broken.message.contains(QStringLiteral("not well-formed XML")));

    const ExtractedText other = read("not-a-document.docx");
    INFO(statusText(other));
    CHECK(other.status == ExtractedText::Status::Failed);
    CHECK(other.message.contains(QStringLiteral("word/document.xml")));

    // A zip that is not an OpenDocument text.
    const ExtractedText notOdt = extract::OfficeTextReader::readOdt(fixture("toolkit.docx"));
    CHECK(notOdt.status == ExtractedText::Status::Failed);
    CHECK(notOdt.message.contains(QStringLiteral("content.xml")));
    // Not a zip at all, named as one.
    CHECK(extract::OfficeTextReader::readOdt(fixture("glossary.html")).status == ExtractedText::Status::Failed);
}

TEST_CASE("An archive that unpacks past the limit is refused", "[extract][docx]")
{
    // 5 KB on disk, 4 MB unpacked.
    const ExtractedText refused = extract::OfficeTextReader::readDocx(fixture("inflated.docx"), 1024 * 1024);
    INFO(statusText(refused));
    CHECK(refused.status == ExtractedText::Status::Failed);
    CHECK(refused.message.contains(QStringLiteral("more than 1 MB")));
    CHECK(refused.text.isEmpty());

    const ExtractedText allowed = extract::OfficeTextReader::readDocx(fixture("inflated.docx"), 8 * 1024 * 1024);
    REQUIRE(allowed.status == ExtractedText::Status::Ok);
    CHECK(allowed.text.startsWith(QStringLiteral("padding\n")));
    CHECK(allowed.text.contains(QStringLiteral("Ouagadougou")));
}

TEST_CASE("HTML: the text a reader sees, with references decoded and no scripts, styles or comments", "[extract][html]")
{
    const ExtractedText html = read("glossary.html", QStringLiteral("text/html"));
    INFO(statusText(html));
    REQUIRE(html.status == ExtractedText::Status::Ok);
    const QStringList lines = html.text.split(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("Glosario de igualdad de género")));
    CHECK(lines.contains(QStringLiteral("Capacitación & igualdad")));
    CHECK(lines.contains(QStringLiteral("Transversalización del enfoque de género — guía práctica.")));
    CHECK(lines.contains(QStringLiteral("Primera’s")));
    CHECK(lines.contains(QStringLiteral("Segunda &unknownentity; <tag>")));
    CHECK(lines.contains(QStringLiteral("Celda uno Celda dos")));
    CHECK(lines.contains(QStringLiteral("a < b and 3 < 4")));
    for (const char *hidden : {"scriptword", "styleword", "commentword", "not text", "font-family", "run()", "<p>"})
        CHECK_FALSE(html.text.contains(QString::fromLatin1(hidden)));

    using extract::HtmlTextReader;
    CHECK(HtmlTextReader::toText(QStringLiteral("<p>one<br>two</p><p>three &#x1F600; &#0; &#65</p>"))
        == QStringLiteral("one\ntwo\nthree 😀 \uFFFD A"));
    CHECK(HtmlTextReader::toText(QStringLiteral("<div title=\"a > b\">inside</div><SCRIPT>x</SCRIPT>after"))
        == QStringLiteral("inside\nafter"));
    CHECK(HtmlTextReader::toText(QStringLiteral("unclosed <script>never text")) == QStringLiteral("unclosed"));
    CHECK(HtmlTextReader::toText(QStringLiteral("A&amp;B &copy; 2016 &eacute;&Ntilde;")) == QStringLiteral("A&B © 2016 éÑ"));
    // A page that says it is Latin-1 is read as Windows-1252, as browsers do.
    CHECK(HtmlTextReader::decode(QByteArray("<meta charset=\"iso-8859-1\"><p>G\xe9nero \x96 gu\xed"
                                            "a</p>"))
              .contains(QStringLiteral("Género – guía")));
    CHECK(HtmlTextReader::decode(QByteArray("<p>G\xc3\xa9nero</p>")).contains(QStringLiteral("Género")));
}

TEST_CASE("Plain text and Markdown in UTF-8 or Windows-1252; binary data is refused", "[extract][text]")
{
    const ExtractedText notes = read("notes-windows-1252.txt", QStringLiteral("text/plain"));
    INFO(statusText(notes));
    REQUIRE(notes.status == ExtractedText::Status::Ok);
    CHECK(notes.text == QStringLiteral("Formación en género – guía para facilitadoras\nNotas del taller de Cochabamba: “participación”\n"));

    const ExtractedText markdown = read("reading-list.md", QStringLiteral("text/markdown"));
    REQUIRE(markdown.status == ExtractedText::Status::Ok);
    CHECK(markdown.text.contains(QStringLiteral("*Gender mainstreaming* in **Kyrgyzstan**")));

    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("data.txt"));
    {
        QFile f(binary);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x01\x02\x00\x00\x7f", 5));
    }
    const ExtractedText refused = AttachmentTextReader::read(binary, QStringLiteral("data.txt"), QStringLiteral("text/plain"));
    CHECK(refused.status == ExtractedText::Status::Failed);
    CHECK(refused.message.contains(QStringLiteral("binary")));

    // A UTF-8 file cut at the reading limit inside a character is still UTF-8.
    QByteArray cut(extract::PlainTextReader::kMaxBytes - 1, 'a');
    cut += "\xc3"; // the first byte of "é"
    CHECK(extract::PlainTextReader::decode(cut) == QString(extract::PlainTextReader::kMaxBytes - 1, QLatin1Char('a')));
}

TEST_CASE("Files with no reader are unsupported, with the kind named", "[extract]")
{
    const ExtractedText png = read("picture.png", QStringLiteral("image/png"));
    CHECK(png.status == ExtractedText::Status::Unsupported);
    CHECK(png.message.contains(QStringLiteral(".png")));
    CHECK(png.text.isEmpty());
    const ExtractedText nameless
        = AttachmentTextReader::read(fixture("picture.png"), QStringLiteral("picture"), QStringLiteral("image/png"));
    CHECK(nameless.status == ExtractedText::Status::Unsupported);
    CHECK(nameless.message.contains(QStringLiteral("image/png")));
}

TEST_CASE("Files are read side by side on worker threads", "[extract][threads]")
{
    const QStringList names {QStringLiteral("budgeting-module.pdf"), QStringLiteral("toolkit.docx"), QStringLiteral("care-module.odt"),
        QStringLiteral("glossary.html"), QStringLiteral("damaged.pdf"), QStringLiteral("truncated.docx")};
    QStringList work;
    for (int i = 0; i < 8; ++i)
        work << names;
    const core::TextExtractor reader = AttachmentTextReader::extractor();
    const QList<ExtractedText> results = QtConcurrent::blockingMapped(
        work, [reader](const QString &name) { return reader(QStringLiteral(PRAXIS_FIXTURES "/attachments/") + name, name, QString()); });
    REQUIRE(results.size() == work.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ExtractedText &first = results.at(i % names.size());
        CHECK(results.at(i).status == first.status);
        CHECK(results.at(i).text == first.text);
    }
    CHECK(results.at(1).text.contains(QStringLiteral("Ouagadougou")));
}
