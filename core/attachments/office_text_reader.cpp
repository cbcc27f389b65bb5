#include "attachments/office_text_reader.h"

#include <QFile>
#include <QObject>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace praxis::extract {

using praxis::core::ExtractedText;

namespace {

struct ArchiveCloser {
    void operator()(zip_t *archive) const { zip_discard(archive); } // read only: nothing to write back
};
struct EntryCloser {
    void operator()(zip_file_t *entry) const { zip_fclose(entry); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

const QString kWordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWordStrictNamespace = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kOdfTextNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

Archive openArchive(const QString &path, QString *error)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        switch (code) {
        case ZIP_ER_OPEN:
        case ZIP_ER_READ:
        case ZIP_ER_NOENT:
            *error = QObject::tr("The file cannot be read.");
            break;
        case ZIP_ER_MEMORY:
            *error = QObject::tr("There is not enough memory to open the file.");
            break;
        default: // not a zip, or one whose directory is missing or inconsistent (a truncated download)
            *error = QObject::tr("The file is damaged or incomplete: it is not a readable zip archive.");
        }
    }
    return Archive(archive);
}

enum class Unpacked { Ok, Absent, Failed };

// One entry of the archive, unpacked, refusing entries that grow past `limit` bytes. The size the
// archive announces is checked first, and the bytes actually unpacked as well, since a crafted archive
// can announce anything.
Unpacked unpack(zip_t *archive, const char *name, qint64 limit, QByteArray *out, QString *error)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) != 0)
        return Unpacked::Absent;
    const QString tooLarge = QObject::tr("The file unpacks to more than %1 MB; it was not read, to keep the library safe from "
                                         "archives made to fill the memory.")
                                 .arg(limit / (1024 * 1024));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(limit)) {
        *error = tooLarge;
        return Unpacked::Failed;
    }
    Entry entry(zip_fopen(archive, name, 0));
    if (!entry) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        *error = (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            ? QObject::tr("The file is protected by a password; its text cannot be read.")
            : QObject::tr("The file is damaged: part of it cannot be unpacked.");
        return Unpacked::Failed;
    }
    out->clear();
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(entry.get(), buffer, sizeof buffer);
        if (n < 0) {
            *error = QObject::tr("The file is damaged: part of it cannot be unpacked.");
            return Unpacked::Failed;
        }
        if (n == 0)
            break;
        if (out->size() + n > limit) {
            *error = tooLarge;
            return Unpacked::Failed;
        }
        out->append(buffer, qsizetype(n));
    }
    return Unpacked::Ok;
}

QString damaged(const QXmlStreamReader &xml)
{
    return QObject::tr("The file is damaged: its text is not well-formed XML (%1, line %2).").arg(xml.errorString()).arg(xml.lineNumber());
}

// Word's XML: runs of text (w:t) in paragraphs (w:p), with tabs and breaks as elements of their own.
bool wordText(const QByteArray &bytes, QString &text, QString *error)
{
    QXmlStreamReader xml(bytes);
    QString paragraph;
    while (!xml.atEnd()) {
        xml.readNext();
        const bool word = xml.namespaceUri() == kWordNamespace || xml.namespaceUri() == kWordStrictNamespace;
        if (xml.isStartElement() && word) {
            const auto name = xml.name();
            if (name == QLatin1String("t"))
                paragraph += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (name == QLatin1String("tab"))
                paragraph += QLatin1Char('\t');
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                paragraph += QLatin1Char('\n');
            else if (name == QLatin1String("noBreakHyphen"))
                paragraph += QLatin1Char('-');
        } else if (xml.isEndElement() && word && xml.name() == QLatin1String("p")) {
            if (!paragraph.trimmed().isEmpty())
                text += paragraph + QLatin1Char('\n');
            paragraph.clear();
        }
    }
    if (xml.hasError()) {
        *error = damaged(xml);
        return false;
    }
    if (!paragraph.trimmed().isEmpty())
        text += paragraph + QLatin1Char('\n');
    return true;
}

// OpenDocument's XML: text directly inside paragraphs and headings (and their spans and links), with
// runs of spaces, tabs and line breaks as elements of their own.
bool odfText(const QByteArray &bytes, QString &text, QString *error)
{
    QXmlStreamReader xml(bytes);
    QString paragraph;
    int depth = 0; // inside text:p or text:h
    while (!xml.atEnd()) {
        xml.readNext();
        const bool odf = xml.namespaceUri() == kOdfTextNamespace;
        if (xml.isStartElement() && odf) {
            const auto name = xml.name();
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                ++depth;
            } else if (name == QLatin1String("s")) {
                const int count = xml.attributes().value(kOdfTextNamespace, QStringLiteral("c")).toInt();
                paragraph += QString(std::clamp(count, 1, 1000), QLatin1Char(' '));
            } else if (name == QLatin1String("tab")) {
                paragraph += QLatin1Char('\t');
            } else if (name == QLatin1String("line-break")) {
                paragraph += QLatin1Char('\n');
            } else if (name == QLatin1String("tracked-changes")) {
                xml.skipCurrentElement(); // deleted passages are not part of the text
            }
        } else if (xml.isEndElement() && odf && (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h"))) {
            // A note's paragraphs sit inside the paragraph that cites it: each ends a line of its own.
            depth = std::max(0, depth - 1);
            if (!paragraph.trimmed().isEmpty())
                text += paragraph + QLatin1Char('\n');
            paragraph.clear();
        } else if (xml.isCharacters() && depth > 0) {
            paragraph += xml.text();
        }
    }
    if (xml.hasError()) {
        *error = damaged(xml);
        return false;
    }
    return true;
}

using XmlText = bool (*)(const QByteArray &, QString &, QString *);

ExtractedText readEntries(
    const QString &path, const char *main, std::initializer_list<const char *> extras, XmlText parse, const QString &whatItIs, qint64 limit)
{
    QString error;
    Archive archive = openArchive(path, &error);
    if (!archive)
        return ExtractedText::failed(error);
    QByteArray bytes;
    switch (unpack(archive.get(), main, limit, &bytes, &error)) {
    case Unpacked::Absent:
        return ExtractedText::failed(QObject::tr("This is not %1: the archive has no %2.").arg(whatItIs, QString::fromLatin1(main)));
    case Unpacked::Failed:
        return ExtractedText::failed(error);
    case Unpacked::Ok:
        break;
    }
    QString text;
    if (!parse(bytes, text, &error))
        return ExtractedText::failed(error);
    for (const char *extra : extras) {
        if (text.size() >= core::AttachmentTextCache::kMaxChars)
            break;
        // Notes are optional parts: a damaged one does not lose the body's text.
        if (unpack(archive.get(), extra, limit, &bytes, &error) == Unpacked::Ok)
            (void)parse(bytes, text, &error);
    }
    return ExtractedText::ok(text);
}

} // namespace

ExtractedText OfficeTextReader::readDocx(const QString &path, qint64 maxUnpackedBytes)
{
    return readEntries(path, "word/document.xml", {"word/footnotes.xml", "word/endnotes.xml"}, &wordText, QObject::tr("a Word document"),
        maxUnpackedBytes);
}

ExtractedText OfficeTextReader::readOdt(const QString &path, qint64 maxUnpackedBytes)
{
    return readEntries(path, "content.xml", {}, &odfText, QObject::tr("an OpenDocument text"), maxUnpackedBytes);
}

} // namespace praxis::extract
