#include "attachments/html_text_reader.h"

#include "exchange/csv_table.h"
#include "attachments/plain_text_reader.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace praxis::extract {

namespace {

// Named character references as pages use them: HTML 4's Latin-1 set (U+00A0 to U+00FF, in order) and
// the punctuation, symbols and letters beyond it that appear in real text. A name not listed stays as written.
// clang-format off
const char *const kLatin1Names[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",   "laquo",
    "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute",
    "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

const struct {
    const char *name;
    char32_t code;
} kOtherNames[] = {
    {"quot", 0x22},    {"amp", 0x26},     {"apos", 0x27},    {"lt", 0x3C},      {"gt", 0x3E},      {"OElig", 0x152},
    {"oelig", 0x153},  {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178},   {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},  {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E},   {"rlm", 0x200F},   {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"bull", 0x2022},  {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"oline", 0x203E}, {"euro", 0x20AC},  {"trade", 0x2122}, {"larr", 0x2190},  {"uarr", 0x2191},
    {"rarr", 0x2192},  {"darr", 0x2193},  {"harr", 0x2194},  {"minus", 0x2212}, {"ne", 0x2260},    {"le", 0x2264},
    {"ge", 0x2265},    {"infin", 0x221E}, {"asymp", 0x2248}, {"deg", 0xB0},     {"Alpha", 0x391},  {"alpha", 0x3B1},
    {"beta", 0x3B2},   {"gamma", 0x3B3},  {"delta", 0x3B4},  {"mu", 0x3BC},     {"pi", 0x3C0},     {"sigma", 0x3C3},
};
// clang-format on

const QHash<QString, char32_t> &entities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        char32_t code = 0xA0;
        for (const char *name : kLatin1Names)
            t.insert(QString::fromLatin1(name), code++);
        for (const auto &e : kOtherNames)
            t.insert(QString::fromLatin1(e.name), e.code);
        return t;
    }();
    return table;
}

// Elements whose content is not text a reader sees.
bool isHidden(const QString &tag)
{
    static const QStringList hidden {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("template"),
        QStringLiteral("noscript"), QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("object"), QStringLiteral("iframe")};
    return hidden.contains(tag);
}

// Elements that start a line of their own.
bool isBlock(const QString &tag)
{
    static const QStringList blocks {QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("br"), QStringLiteral("caption"), QStringLiteral("dd"), QStringLiteral("div"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("fieldset"), QStringLiteral("figcaption"), QStringLiteral("figure"),
        QStringLiteral("footer"), QStringLiteral("form"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("header"), QStringLiteral("hr"),
        QStringLiteral("li"), QStringLiteral("main"), QStringLiteral("nav"), QStringLiteral("ol"), QStringLiteral("p"),
        QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("thead"),
        QStringLiteral("tfoot"), QStringLiteral("title"), QStringLiteral("tr"), QStringLiteral("ul"), QStringLiteral("body"),
        QStringLiteral("head"), QStringLiteral("html")};
    return blocks.contains(tag);
}

QString fromCode(char32_t code)
{
    // Nothing, surrogates and values beyond Unicode become the replacement character, as browsers do.
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        code = 0xFFFD;
    return QString::fromUcs4(&code, 1);
}

// Decodes the reference starting at html[i] ('&'); returns its text and moves i past it, or returns "&"
// when what follows is not a reference.
QString reference(const QString &html, qsizetype &i)
{
    const qsizetype start = i + 1;
    qsizetype end = start;
    const qsizetype limit = std::min(html.size(), start + 32);
    while (end < limit && html.at(end) != QLatin1Char(';') && (html.at(end).isLetterOrNumber() || html.at(end) == QLatin1Char('#')))
        ++end;
    const bool terminated = end < html.size() && html.at(end) == QLatin1Char(';');
    const QString name = html.mid(start, end - start);
    if (name.startsWith(QLatin1Char('#')) && name.size() > 1) {
        const bool hex = name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X');
        bool ok = false;
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok) {
            i = terminated ? end : end - 1;
            return fromCode(char32_t(code));
        }
    } else if (terminated) {
        const auto found = entities().constFind(name);
        if (found != entities().cend()) {
            i = end;
            return fromCode(*found);
        }
    }
    return QStringLiteral("&");
}

// Where the tag that opens at html[i] ('<') closes: the next '>' outside quoted attribute values.
qsizetype tagEnd(const QString &html, qsizetype i)
{
    QChar quote;
    for (qsizetype j = i + 1; j < html.size(); ++j) {
        const QChar c = html.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return j;
        }
    }
    return html.size();
}

} // namespace

QString HtmlTextReader::decode(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF") && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        static const QRegularExpression charset(
            QStringLiteral("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = charset.match(QString::fromLatin1(bytes.left(4096)));
        if (m.hasMatch()) {
            const QString name = m.captured(1).toLower();
            // Browsers read Latin-1 and ASCII pages as Windows-1252, its superset.
            if (name == QLatin1String("windows-1252") || name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1")
                || name == QLatin1String("us-ascii") || name == QLatin1String("cp1252"))
                return core::CsvReader::decode(bytes, QStringLiteral("Windows-1252"));
            if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
                return core::CsvReader::decode(bytes, QStringLiteral("UTF-8"));
        }
    }
    return PlainTextReader::decode(bytes);
}

QString HtmlTextReader::toText(const QString &html)
{
    QString out;
    out.reserve(html.size() / 2);
    bool pendingSpace = false;
    auto newline = [&] {
        pendingSpace = false;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    };
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        const bool tagStart = c == QLatin1Char('<') && i + 1 < n
            && (html.at(i + 1).isLetter() || html.at(i + 1) == QLatin1Char('/') || html.at(i + 1) == QLatin1Char('!')
                || html.at(i + 1) == QLatin1Char('?'));
        if (tagStart) { // anything else, as in "a < b", is text
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            const qsizetype end = tagEnd(html, i);
            qsizetype p = i + 1;
            const bool closing = html.at(p) == QLatin1Char('/');
            if (closing)
                ++p;
            qsizetype nameEnd = p;
            while (nameEnd < end && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == QLatin1Char('-')))
                ++nameEnd;
            const QString tag = html.mid(p, nameEnd - p).toLower();
            const bool selfClosing = end < n && html.at(end - 1) == QLatin1Char('/');
            i = end + 1;
            if (!closing && !selfClosing && isHidden(tag)) {
                // Everything up to the matching end tag is code or markup, never text.
                const qsizetype close = html.indexOf(QStringLiteral("</") + tag, i, Qt::CaseInsensitive);
                i = close < 0 ? n : tagEnd(html, close) + 1;
                continue;
            }
            if (isBlock(tag))
                newline();
            else if (tag == QLatin1String("td") || tag == QLatin1String("th"))
                pendingSpace = !out.isEmpty() && !out.endsWith(QLatin1Char('\n'));
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty() && !out.endsWith(QLatin1Char('\n'));
            ++i;
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c == QLatin1Char('&')) {
            const QString decoded = reference(html, i);
            // A no-break space is a space to a reader.
            out += decoded == QString(QChar(0xA0)) ? QStringLiteral(" ") : decoded;
            ++i;
            continue;
        }
        out += c;
        ++i;
    }
    while (out.endsWith(QLatin1Char('\n')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

core::ExtractedText HtmlTextReader::read(const QString &path)
{
    QString error;
    const QByteArray bytes = PlainTextReader::readHead(path, &error);
    if (!error.isEmpty())
        return core::ExtractedText::failed(error);
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0'))
        return core::ExtractedText::failed(QObject::tr("The file holds binary data, not a web page."));
    return core::ExtractedText::ok(toText(decode(bytes)));
}

} // namespace praxis::extract
