#include "exchange/bibliography_reader.h"

#include "exchange/csv_table.h"
#include "exchange/entry_source.h"
#include "exchange/text_input.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

namespace {

bool looksLikeMail(const QByteArray &head)
{
    // An mbox starts with a "From " line; a single message (.eml) with its header lines.
    if (head.startsWith("From ") && head.indexOf('\n') > 0) {
        const QByteArray second = head.mid(head.indexOf('\n') + 1, 200);
        static const QRegularExpression header(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*:"));
        return header.match(QString::fromLatin1(second)).hasMatch();
    }
    static const QRegularExpression mailHeaders(QStringLiteral("^(Return-Path|Received|Delivered-To|X-[A-Za-z-]+|Message-ID|MIME-Version|From|Date|Subject|To):"),
                                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(head.left(4096));
    if (!mailHeaders.match(text).hasMatch() || mailHeaders.match(text).capturedStart() != 0)
        return false;
    int found = 0;
    for (const char *h : {"\nMessage-ID:", "\nReceived:", "\nMIME-Version:", "\nSubject:", "\nDate:", "\nFrom:"})
        if (head.contains(h) || head.startsWith(QByteArray(h).mid(1)))
            ++found;
    return found >= 2;
}

} // namespace

QString BibliographyReader::detectFormat(const QByteArray &bytes, const QString &fileName)
{
    if (!otherKind(bytes, fileName).isEmpty())
        return {};
    QByteArray head = bytes.left(65536);
    const bool utf16 = TextInput::detectEncoding(head).startsWith(QLatin1String("UTF-16"));
    if (utf16) {
        // UTF-16: look at it as text.
        auto input = TextInput::fromBytes(head);
        head = input->peek(32768).toUtf8();
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{') && head.contains("\"praxis-library\""))
        return QStringLiteral("library");
    if (trimmed.startsWith('[') || (trimmed.startsWith('{') && (head.contains("\"title\"") || head.contains("\"items\""))))
        return QStringLiteral("csl-json");
    static const QRegularExpression ris(QStringLiteral("(^|\n)\\s*TY {1,2}-"));
    const QString latin = QString::fromLatin1(head);
    if (ris.match(latin).hasMatch())
        return QStringLiteral("ris");
    static const QRegularExpression bib(QStringLiteral("(^|\n)\\s*@[A-Za-z]+\\s*[{(]"));
    if (bib.match(latin).hasMatch())
        return QStringLiteral("bibtex");
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return head.contains('\0') ? QString() : QStringLiteral("csv");
    if (suffix == QLatin1String("ris"))
        return QStringLiteral("ris");
    if (suffix == QLatin1String("bib"))
        return QStringLiteral("bibtex");
    return {};
}

QString BibliographyReader::otherKind(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        if (suffix == QLatin1String("qdpx") || bytes.left(4096).contains("project.qde"))
            return QObject::tr("This is a REFI-QDA project (.qdpx) of a qualitative-analysis program, not a list of materials.");
        if (suffix == QLatin1String("docx") || suffix == QLatin1String("odt") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
            return QObject::tr("This is an office document; to import its rows, save it as CSV first.");
        return QObject::tr("This is a ZIP archive, not a list of materials; unpack it and import the file inside.");
    }
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("<")) {
        if (head.contains("urn:QDA-XML") || suffix == QLatin1String("qde") || suffix == QLatin1String("qdc"))
            return QObject::tr("This is a REFI-QDA project or codebook (XML) of a qualitative-analysis program, not a list of materials.");
        return QObject::tr("This is an XML or HTML file, not RIS, BibTeX, CSL-JSON or CSV.");
    }
    if (looksLikeMail(trimmed.startsWith("From ") ? trimmed : head))
        return QObject::tr("This is a mail archive (mbox or a saved message), not a list of materials: mail belongs in a dialogue's posts.");
    if (head.startsWith("%PDF"))
        return QObject::tr("This is a PDF document; attach it to a material instead of importing it.");
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return QObject::tr("This is an image, not a list of materials.");
    if (head.contains('\0') && !TextInput::detectEncoding(head).startsWith(QLatin1String("UTF-16")))
        return QObject::tr("This file holds binary data, not text: it is not RIS, BibTeX, CSL-JSON or CSV.");
    return {};
}

QString BibliographyReader::latexToUnicode(const QString &latex)
{
    static const QHash<QChar, QString> marks = {
        {QLatin1Char('\''), QStringLiteral("\u0301")}, {QLatin1Char('`'), QStringLiteral("\u0300")}, {QLatin1Char('^'), QStringLiteral("\u0302")},
        {QLatin1Char('"'), QStringLiteral("\u0308")},  {QLatin1Char('~'), QStringLiteral("\u0303")}, {QLatin1Char('='), QStringLiteral("\u0304")},
        {QLatin1Char('.'), QStringLiteral("\u0307")},  {QLatin1Char('c'), QStringLiteral("\u0327")}, {QLatin1Char('v'), QStringLiteral("\u030C")},
        {QLatin1Char('u'), QStringLiteral("\u0306")},  {QLatin1Char('H'), QStringLiteral("\u030B")}, {QLatin1Char('k'), QStringLiteral("\u0328")},
    };
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("ss"), QStringLiteral("ß")}, {QStringLiteral("o"), QStringLiteral("ø")},  {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("ae"), QStringLiteral("æ")}, {QStringLiteral("AE"), QStringLiteral("Æ")}, {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")}, {QStringLiteral("aa"), QStringLiteral("å")}, {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("l"), QStringLiteral("ł")},  {QStringLiteral("L"), QStringLiteral("Ł")},  {QStringLiteral("i"), QStringLiteral("ı")},
        {QStringLiteral("textendash"), QStringLiteral("–")}, {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("textquoteright"), QStringLiteral("’")}, {QStringLiteral("textquoteleft"), QStringLiteral("‘")},
        {QStringLiteral("euro"), QStringLiteral("€")}, {QStringLiteral("textregistered"), QStringLiteral("®")},
    };
    QString out;
    out.reserve(latex.size());
    const qsizetype n = latex.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = latex.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n) {
            const QChar next = latex.at(i + 1);
            if (QStringLiteral("&%$#_{}").contains(next)) {
                out += next;
                ++i;
                continue;
            }
            if (next == QLatin1Char('\\')) { // line break
                out += QLatin1Char(' ');
                ++i;
                continue;
            }
            // An accent: \'e, \'{e}, \c c, \c{c}, \'{\i}
            const bool letterMark = next == QLatin1Char('c') || next == QLatin1Char('v') || next == QLatin1Char('u') || next == QLatin1Char('H') ||
                                    next == QLatin1Char('k');
            if (marks.contains(next) && (!letterMark || (i + 2 < n && !latex.at(i + 2).isLetter()))) {
                qsizetype j = i + 2;
                while (letterMark && j < n && latex.at(j) == QLatin1Char(' '))
                    ++j;
                QString base;
                if (latex.mid(j, 2) == QLatin1String("\\i") || latex.mid(j, 2) == QLatin1String("\\j")) {
                    base = latex.at(j + 1); // dotless i under an accent: \'\i
                    j += 2;
                } else if (j < n && latex.at(j) == QLatin1Char('{')) {
                    const qsizetype close = latex.indexOf(QLatin1Char('}'), j);
                    if (close > j) {
                        base = latex.mid(j + 1, close - j - 1);
                        j = close + 1;
                    }
                } else if (j < n) {
                    base = latex.at(j);
                    ++j;
                }
                if (base == QLatin1String("\\i"))
                    base = QStringLiteral("i");
                if (!base.isEmpty()) {
                    out += QString(base.left(1) + marks.value(next)).normalized(QString::NormalizationForm_C) + base.mid(1);
                    i = j - 1;
                    continue;
                }
            }
            // A named symbol: \ss, \o, \textendash
            qsizetype j = i + 1;
            while (j < n && latex.at(j).isLetter())
                ++j;
            const QString name = latex.mid(i + 1, j - i - 1);
            if (symbols.contains(name)) {
                out += symbols.value(name);
                // The space or {} that ends a control word is not part of the text.
                if (j + 1 < n && latex.at(j) == QLatin1Char('{') && latex.at(j + 1) == QLatin1Char('}'))
                    j += 2;
                else if (j < n && latex.at(j) == QLatin1Char(' '))
                    ++j;
                i = j - 1;
                continue;
            }
            // Unknown command: keep its argument's text, drop the command.
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('}'))
            continue;
        if (c == QLatin1Char('~')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('-') && latex.mid(i, 3) == QLatin1String("---")) {
            out += QChar(0x2014);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('-') && latex.mid(i, 2) == QLatin1String("--")) {
            out += QChar(0x2013);
            ++i;
            continue;
        }
        out += c;
    }
    return out.simplified();
}

namespace {

Result<QList<MaterialEntry>> readWith(std::unique_ptr<EntrySource> source, ReadNotes *notes)
{
    auto entries = readAll(*source);
    if (notes)
        *notes = source->notes();
    return entries;
}

Status refuseBinary(const QByteArray &bytes, const QString &format)
{
    const QString other = BibliographyReader::otherKind(bytes, {});
    if (!other.isEmpty())
        return notInFormat(format, 0, other);
    return {};
}

} // namespace

Result<QList<MaterialEntry>> BibliographyReader::readRis(const QByteArray &bytes, ReadNotes *notes)
{
    if (Status s = refuseBinary(bytes, QStringLiteral("RIS")); !s)
        return s.error();
    return readWith(risSource(TextInput::fromBytes(bytes)), notes);
}

Result<QList<MaterialEntry>> BibliographyReader::readBibtex(const QByteArray &bytes, ReadNotes *notes)
{
    if (Status s = refuseBinary(bytes, QStringLiteral("BibTeX")); !s)
        return s.error();
    return readWith(bibtexSource(TextInput::fromBytes(bytes)), notes);
}

Result<QList<MaterialEntry>> BibliographyReader::readCslJson(const QByteArray &bytes, ReadNotes *notes)
{
    if (Status s = refuseBinary(bytes, QStringLiteral("CSL-JSON")); !s)
        return s.error();
    return readWith(cslJsonSource(TextInput::fromBytes(bytes)), notes);
}

Result<std::unique_ptr<EntrySource>> BibliographyReader::open(const QString &path, const QString &format, const QString &encoding,
                                                              const CsvMapping *mapping, QChar delimiter)
{
    auto head = TextInput::head(path);
    if (!head)
        return head.error();
    if (const QString other = otherKind(*head, path); !other.isEmpty())
        return makeError(ErrorCode::Invalid, other);
    const QString kind = format.isEmpty() ? detectFormat(*head, path) : format;
    const QString name = kind == QLatin1String("ris") ? QStringLiteral("RIS")
                         : kind == QLatin1String("bibtex") ? QStringLiteral("BibTeX")
                         : kind == QLatin1String("csl-json") ? QStringLiteral("CSL-JSON")
                         : QStringLiteral("CSV");
    if (kind.isEmpty())
        return makeError(ErrorCode::Invalid, QObject::tr("The format of %1 is not recognised: Praxis imports RIS, BibTeX, CSL-JSON, CSV and its own library files.").arg(path));
    auto input = TextInput::openFile(path, name, encoding);
    if (!input)
        return input.error();
    if (kind == QLatin1String("ris"))
        return risSource(std::move(*input));
    if (kind == QLatin1String("bibtex"))
        return bibtexSource(std::move(*input));
    if (kind == QLatin1String("csl-json"))
        return cslJsonSource(std::move(*input));
    if (kind == QLatin1String("csv"))
        return csvSource(std::move(*input), mapping, delimiter);
    return makeError(ErrorCode::Invalid, QObject::tr("The format “%1” cannot be read as a list of materials.").arg(kind));
}

} // namespace praxis::core
