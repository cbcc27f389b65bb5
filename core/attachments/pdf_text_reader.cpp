#include "attachments/pdf_text_reader.h"

#include <QFile>
#include <QObject>

#ifdef PRAXIS_HAVE_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <exception>
#include <memory>
#include <mutex>
#endif

namespace praxis::extract {

using praxis::core::ExtractedText;

#ifdef PRAXIS_HAVE_POPPLER

namespace {

// Poppler reports every syntax error of a damaged file on stderr; the outcome reaches the user as a
// Failed result instead, so its chatter is silenced (once, for the whole process).
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr); });
}

QString fromPoppler(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

ExtractedText readPdf(const QString &path)
{
    silencePoppler();
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(QFile::encodeName(path).toStdString()));
    if (!doc)
        return ExtractedText::failed(QObject::tr("The PDF is damaged or is not a PDF file; its text cannot be read."));
    if (doc->is_locked())
        return ExtractedText::failed(QObject::tr("The PDF is protected by a password; its text cannot be read."));
    QString text;
    const int pages = doc->pages();
    for (int i = 0; i < pages && text.size() < core::AttachmentTextCache::kMaxChars; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue; // a damaged page does not hide the others
        const QString pageText = fromPoppler(page->text());
        if (pageText.trimmed().isEmpty())
            continue;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += pageText;
    }
    if (text.trimmed().isEmpty() && pages > 0)
        // Scanned pages are pictures of text: nothing to read without OCR. Not a failure of the file.
        return ExtractedText::ok({});
    return ExtractedText::ok(text);
}

} // namespace

bool PdfTextReader::isAvailable()
{
    return true;
}

ExtractedText PdfTextReader::read(const QString &path)
{
    // Poppler is a third-party C++ library: nothing it throws may leave this adapter.
    try {
        return readPdf(path);
    } catch (const std::exception &e) {
        return ExtractedText::failed(QObject::tr("The PDF could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return ExtractedText::failed(QObject::tr("The PDF could not be read."));
    }
}

#else

bool PdfTextReader::isAvailable()
{
    return false;
}

ExtractedText PdfTextReader::read(const QString &)
{
    return ExtractedText::unsupported(QObject::tr("This build of Praxis does not read the text of PDF files."));
}

#endif

} // namespace praxis::extract
