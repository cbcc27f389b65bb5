#include "attachments/attachment_text_reader.h"

#include "attachments/html_text_reader.h"
#include "attachments/office_text_reader.h"
#include "attachments/pdf_text_reader.h"
#include "attachments/plain_text_reader.h"

#include <QFileInfo>
#include <QObject>

namespace praxis::extract {

namespace {

// Raise when a reader changes what it gets out of a file.
constexpr int kReadersVersion = 1;

} // namespace

bool AttachmentTextReader::readsPdf()
{
    return PdfTextReader::isAvailable();
}

int AttachmentTextReader::version()
{
    return kReadersVersion * 2 + (readsPdf() ? 1 : 0);
}

TextFormat AttachmentTextReader::formatOf(const QString &fileName, const QString &mimeType)
{
    const QString mime = mimeType.trimmed().toLower();
    if (mime == QLatin1String("application/pdf"))
        return TextFormat::Pdf;
    if (mime == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        return TextFormat::Docx;
    if (mime == QLatin1String("application/vnd.oasis.opendocument.text"))
        return TextFormat::Odt;
    if (mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml"))
        return TextFormat::Html;
    if (mime == QLatin1String("text/markdown") || mime == QLatin1String("text/x-markdown"))
        return TextFormat::Markdown;
    // The suffix decides when the type is vague (application/octet-stream, or none); it is checked before
    // text/* so that a page saved as .html is read as a page even when typed text/plain.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return TextFormat::Pdf;
    if (suffix == QLatin1String("docx"))
        return TextFormat::Docx;
    if (suffix == QLatin1String("odt"))
        return TextFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return TextFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return TextFormat::Markdown;
    if (mime.startsWith(QLatin1String("text/")) || suffix == QLatin1String("txt") || suffix == QLatin1String("text")
        || suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return TextFormat::PlainText;
    return TextFormat::Unknown;
}

core::ExtractedText AttachmentTextReader::read(const QString &path, const QString &fileName, const QString &mimeType)
{
    switch (formatOf(fileName, mimeType)) {
    case TextFormat::Pdf:
        if (!PdfTextReader::isAvailable())
            return core::ExtractedText::unsupported(QObject::tr("This build of Praxis does not read the text of PDF files."));
        return PdfTextReader::read(path);
    case TextFormat::Docx:
        return OfficeTextReader::readDocx(path);
    case TextFormat::Odt:
        return OfficeTextReader::readOdt(path);
    case TextFormat::Html:
        return HtmlTextReader::read(path);
    case TextFormat::Markdown: // read as it is written: the marks are few and do no harm to search
    case TextFormat::PlainText:
        return PlainTextReader::read(path);
    case TextFormat::Unknown:
        break;
    }
    const QString suffix = QFileInfo(fileName).suffix();
    return core::ExtractedText::unsupported(suffix.isEmpty()
            ? QObject::tr("Praxis does not read the text of files of type %1.").arg(mimeType.isEmpty() ? QObject::tr("unknown") : mimeType)
            : QObject::tr("Praxis does not read the text of .%1 files.").arg(suffix.toLower()));
}

core::TextExtractor AttachmentTextReader::extractor()
{
    return &AttachmentTextReader::read;
}

} // namespace praxis::extract
