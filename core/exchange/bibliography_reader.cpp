#include "exchange/bibliography_reader.h"

#include "exchange/csv_table.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace praxis::core {

namespace {

Error formatError(const QString &format, int line, QString what)
{
    if (!what.endsWith(QLatin1Char('.')) && !what.endsWith(QLatin1Char(')')))
        what += QLatin1Char('.');
    return makeError(ErrorCode::Invalid, line > 0 ? QObject::tr("This is not a readable %1 file: line %2: %3").arg(format).arg(line).arg(what)
                                                  : QObject::tr("This is not a readable %1 file: %2").arg(format, what));
}

void addTopic(MaterialEntry &e, const QString &topic)
{
    const QString t = topic.trimmed();
    if (t.isEmpty())
        return;
    QStringList topics = e.fields.value(QStringLiteral("topics")).toStringList();
    if (!topics.contains(t))
        topics << t;
    e.fields.insert(QStringLiteral("topics"), topics);
}

void addLanguage(MaterialEntry &e, const QString &text)
{
    QStringList languages = e.fields.value(QStringLiteral("languages")).toStringList();
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;/]")), Qt::SkipEmptyParts)) {
        const QString code = languageCode(part);
        if (!code.isEmpty() && !languages.contains(code))
            languages << code;
    }
    if (!languages.isEmpty())
        e.fields.insert(QStringLiteral("languages"), languages);
}

void appendNote(MaterialEntry &e, const QString &note)
{
    const QString n = note.trimmed();
    if (n.isEmpty())
        return;
    const QString old = e.fields.value(QStringLiteral("notes")).toString();
    e.fields.insert(QStringLiteral("notes"), old.isEmpty() ? n : old + QStringLiteral("\n\n") + n);
}

// "2016", "2016/09/06/", "2016-09", "September 2016": the year and, when complete enough, an ISO date.
void setDate(MaterialEntry &e, const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2}))?(?:[-/](\\d{1,2}))?"));
    const auto m = iso.match(text.trimmed());
    if (m.hasMatch()) {
        e.fields.insert(QStringLiteral("year"), m.captured(1).toLongLong());
        QString date = m.captured(1);
        if (!m.captured(2).isEmpty() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12) {
            date += QStringLiteral("-%1").arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'));
            if (!m.captured(3).isEmpty() && m.captured(3).toInt() >= 1 && m.captured(3).toInt() <= 31)
                date += QStringLiteral("-%1").arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'));
            e.fields.insert(QStringLiteral("date"), date);
        }
        return;
    }
    static const QRegularExpression year(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d|2100)\\b"));
    if (const auto y = year.match(text); y.hasMatch())
        e.fields.insert(QStringLiteral("year"), y.captured(1).toLongLong());
}

void finish(MaterialEntry &e, const QString &otherType)
{
    const QString title = e.fields.value(QStringLiteral("title")).toString();
    e.fields.insert(QStringLiteral("material_type"), guessMaterialType(title, otherType));
}

} // namespace

QString BibliographyReader::detectFormat(const QByteArray &bytes, const QString &fileName)
{
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{') && head.contains("\"praxis-library\""))
        return QStringLiteral("library");
    if (trimmed.startsWith('[') || (trimmed.startsWith('{') && (head.contains("\"title\"") || head.contains("\"items\""))))
        return QStringLiteral("csl-json");
    static const QRegularExpression ris(QStringLiteral("(^|\n)TY  - "));
    if (ris.match(QString::fromLatin1(head)).hasMatch())
        return QStringLiteral("ris");
    static const QRegularExpression bib(QStringLiteral("(^|\n)\\s*@[A-Za-z]+\\s*[{(]"));
    if (bib.match(QString::fromLatin1(head)).hasMatch())
        return QStringLiteral("bibtex");
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF") ? QString() : QStringLiteral("csv");
    if (suffix == QLatin1String("ris"))
        return QStringLiteral("ris");
    if (suffix == QLatin1String("bib"))
        return QStringLiteral("bibtex");
    return {};
}

Result<QString> BibliographyReader::utf8Text(const QByteArray &bytes, const QString &formatName)
{
    qsizetype bad = 0;
    if (bytes.left(8192).contains('\0'))
        return formatError(formatName, 0, QObject::tr("it holds binary data, not text (an image or a document saved in another format?)"));
    if (!isValidUtf8(bytes, &bad)) {
        const int line = int(bytes.left(bad).count('\n')) + 1;
        return formatError(formatName, line, QObject::tr("the text is not UTF-8 (save the file as UTF-8 and import it again)"));
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
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

// ---- RIS ----

Result<QList<MaterialEntry>> BibliographyReader::readRis(const QByteArray &bytes)
{
    auto text = utf8Text(bytes, QStringLiteral("RIS"));
    if (!text)
        return text.error();
    static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9])  -( (.*))?$"));
    const QStringList lines = text->split(QLatin1Char('\n'));
    QList<MaterialEntry> entries;
    MaterialEntry current;
    bool open = false;
    QString otherType;
    QString lastTag;
    QString *lastValue = nullptr;
    QString abstractText, notesText;
    QStringList editors;

    auto close = [&]() {
        if (!abstractText.isEmpty())
            current.fields.insert(QStringLiteral("abstract"), abstractText.trimmed());
        if (!notesText.isEmpty())
            appendNote(current, notesText);
        finish(current, otherType);
        entries.append(current);
        current = MaterialEntry();
        abstractText.clear();
        notesText.clear();
        otherType.clear();
        open = false;
        lastValue = nullptr;
    };

    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const auto m = tagLine.match(line);
        if (!m.hasMatch()) {
            if (line.trimmed().isEmpty())
                continue;
            // A continuation of a multi-line value (abstracts, notes).
            if (open && lastValue) {
                *lastValue += QLatin1Char('\n') + line.trimmed();
                continue;
            }
            return formatError(QStringLiteral("RIS"), i + 1, QObject::tr("expected a tag such as “TY  - ”, found “%1”").arg(line.left(40)));
        }
        const QString tag = m.captured(1);
        const QString value = m.captured(3).trimmed();
        lastTag = tag;
        lastValue = nullptr;
        if (tag == QLatin1String("TY")) {
            if (open)
                return formatError(QStringLiteral("RIS"), i + 1, QObject::tr("a new record starts before the one above ended with “ER  -”"));
            open = true;
            current.line = i + 1;
            otherType = value;
            continue;
        }
        if (!open)
            return formatError(QStringLiteral("RIS"), i + 1, QObject::tr("“%1” appears outside a record (records start with “TY  - ”)").arg(tag));
        if (tag == QLatin1String("ER")) {
            close();
            continue;
        }
        if (tag == QLatin1String("TI") || tag == QLatin1String("T1")) {
            current.fields.insert(QStringLiteral("title"), value);
        } else if (tag == QLatin1String("ST") && !current.fields.contains(QStringLiteral("title"))) {
            current.fields.insert(QStringLiteral("title"), value);
        } else if (tag == QLatin1String("AU") || tag == QLatin1String("A1")) {
            current.people.append({personName(value), QStringLiteral("author")});
        } else if (tag == QLatin1String("A2") || tag == QLatin1String("ED")) {
            current.people.append({personName(value), QStringLiteral("editor")});
        } else if (tag == QLatin1String("A4") || tag == QLatin1String("TA")) {
            current.people.append({personName(value), QStringLiteral("translator")});
        } else if (tag == QLatin1String("PY") || tag == QLatin1String("Y1")) {
            setDate(current, value);
        } else if (tag == QLatin1String("DA")) {
            setDate(current, value);
        } else if (tag == QLatin1String("AB") || tag == QLatin1String("N2")) {
            abstractText += (abstractText.isEmpty() ? QString() : QStringLiteral("\n")) + value;
            lastValue = &abstractText;
        } else if (tag == QLatin1String("N1")) {
            notesText += (notesText.isEmpty() ? QString() : QStringLiteral("\n")) + value;
            lastValue = &notesText;
        } else if (tag == QLatin1String("KW")) {
            addTopic(current, value);
        } else if (tag == QLatin1String("LA")) {
            addLanguage(current, value);
        } else if (tag == QLatin1String("UR") || tag == QLatin1String("L2")) {
            if (!current.fields.contains(QStringLiteral("url")))
                current.fields.insert(QStringLiteral("url"), value);
        } else if (tag == QLatin1String("DO")) {
            if (!current.fields.contains(QStringLiteral("url")))
                current.fields.insert(QStringLiteral("url"), value.startsWith(QLatin1String("http")) ? value : QStringLiteral("https://doi.org/") + value);
        } else if (tag == QLatin1String("PB")) {
            current.organisations.append({value, QStringLiteral("publisher")});
        } else if (tag == QLatin1String("T2") || tag == QLatin1String("T3")) {
            appendNote(current, QObject::tr("Series or container: %1").arg(value));
        } else if (tag == QLatin1String("SN")) {
            appendNote(current, QStringLiteral("ISBN/ISSN: %1").arg(value));
        } else if (tag == QLatin1String("ID")) {
            current.key = value;
        } else if (tag == QLatin1String("ET")) {
            appendNote(current, QObject::tr("Edition: %1").arg(value));
        } else if (tag == QLatin1String("CY")) {
            appendNote(current, QObject::tr("Place: %1").arg(value));
        }
    }
    if (open)
        return formatError(QStringLiteral("RIS"), current.line,
                           QObject::tr("the file ends inside the record that starts here (no “ER  -” line): it may be cut short"));
    if (entries.isEmpty())
        return formatError(QStringLiteral("RIS"), 0, QObject::tr("it holds no records (records start with “TY  - ”)"));
    return entries;
}

// ---- BibTeX ----

namespace {

struct BibParser {
    explicit BibParser(const QString &text) : s(text) {}
    const QString &s;
    qsizetype pos = 0;
    QHash<QString, QString> macros;
    QString error;
    int errorLine = 0;

    int lineAt(qsizetype p) const { return int(s.left(p).count(QLatin1Char('\n'))) + 1; }
    void skipSpace()
    {
        while (pos < s.size() && (s.at(pos).isSpace()))
            ++pos;
    }
    bool fail(qsizetype at, const QString &what)
    {
        error = what;
        errorLine = lineAt(at);
        return false;
    }
    QString identifier()
    {
        const qsizetype start = pos;
        while (pos < s.size() && (s.at(pos).isLetterOrNumber() || QStringLiteral("_-:./+'").contains(s.at(pos))))
            ++pos;
        return s.mid(start, pos - start);
    }
    // {…} with nested braces, from pos at '{'.
    bool braced(QString &out, qsizetype entryStart)
    {
        int depth = 0;
        const qsizetype start = pos;
        for (; pos < s.size(); ++pos) {
            const QChar c = s.at(pos);
            if (c == QLatin1Char('\\')) {
                ++pos;
                continue;
            }
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0) {
                out = s.mid(start + 1, pos - start - 1);
                ++pos;
                return true;
            }
        }
        return fail(entryStart, QObject::tr("the entry starting here is not closed: its braces do not balance, or the file is cut short"));
    }
    bool quoted(QString &out, qsizetype entryStart)
    {
        int depth = 0;
        const qsizetype start = ++pos;
        for (; pos < s.size(); ++pos) {
            const QChar c = s.at(pos);
            if (c == QLatin1Char('\\')) {
                ++pos;
                continue;
            }
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}'))
                --depth;
            else if (c == QLatin1Char('"') && depth == 0) {
                out = s.mid(start, pos - start);
                ++pos;
                return true;
            }
        }
        return fail(entryStart, QObject::tr("a quoted value in the entry starting here is not closed"));
    }
    // value [# value]*
    bool value(QString &out, qsizetype entryStart)
    {
        out.clear();
        for (;;) {
            skipSpace();
            if (pos >= s.size())
                return fail(entryStart, QObject::tr("the file ends inside the entry starting here"));
            QString part;
            const QChar c = s.at(pos);
            if (c == QLatin1Char('{')) {
                if (!braced(part, entryStart))
                    return false;
            } else if (c == QLatin1Char('"')) {
                if (!quoted(part, entryStart))
                    return false;
            } else if (c.isLetterOrNumber()) {
                const QString word = identifier();
                bool number = false;
                word.toLongLong(&number);
                if (number)
                    part = word;
                else if (macros.contains(word.toLower()))
                    part = macros.value(word.toLower());
                else
                    return fail(pos, QObject::tr("“%1” is neither a value in braces or quotes nor a defined @string").arg(word));
            } else {
                return fail(pos, QObject::tr("expected a value, found “%1”").arg(c));
            }
            out += part;
            skipSpace();
            if (pos < s.size() && s.at(pos) == QLatin1Char('#')) {
                ++pos;
                continue;
            }
            return true;
        }
    }
};

void applyBibField(MaterialEntry &e, const QString &name, const QString &raw, QStringList &extraNotes)
{
    const QString v = BibliographyReader::latexToUnicode(raw);
    if (v.isEmpty())
        return;
    if (name == QLatin1String("title")) {
        e.fields.insert(QStringLiteral("title"), v);
    } else if (name == QLatin1String("subtitle")) {
        e.fields.insert(QStringLiteral("subtitle"), v);
    } else if (name == QLatin1String("author") || name == QLatin1String("editor") || name == QLatin1String("translator")) {
        const QString role = name == QLatin1String("author") ? QStringLiteral("author") : name;
        // Split on " and " outside braces; a name wholly in braces is an organisation ({UN Women}).
        QStringList names;
        int depth = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}'))
                --depth;
            else if (depth == 0 && raw.mid(i, 5).compare(QLatin1String(" and "), Qt::CaseInsensitive) == 0) {
                names << raw.mid(start, i - start);
                start = i + 5;
                i += 4;
            }
        }
        names << raw.mid(start);
        for (const QString &n : std::as_const(names)) {
            const QString t = n.trimmed();
            if (t.isEmpty() || t == QLatin1String("others"))
                continue;
            if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}')) && role == QLatin1String("author"))
                e.organisations.append({BibliographyReader::latexToUnicode(t), QStringLiteral("producer")});
            else
                e.people.append({personName(BibliographyReader::latexToUnicode(t)), role});
        }
    } else if (name == QLatin1String("year")) {
        setDate(e, v);
    } else if (name == QLatin1String("date")) {
        setDate(e, v);
    } else if (name == QLatin1String("abstract")) {
        e.fields.insert(QStringLiteral("abstract"), v);
    } else if (name == QLatin1String("keywords")) {
        for (const QString &k : v.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
            addTopic(e, k);
    } else if (name == QLatin1String("language") || name == QLatin1String("langid")) {
        addLanguage(e, v);
    } else if (name == QLatin1String("url")) {
        e.fields.insert(QStringLiteral("url"), v);
    } else if (name == QLatin1String("doi")) {
        if (!e.fields.contains(QStringLiteral("url")))
            e.fields.insert(QStringLiteral("url"), QString(QStringLiteral("https://doi.org/") + v));
    } else if (name == QLatin1String("publisher") || name == QLatin1String("institution") || name == QLatin1String("organization") ||
               name == QLatin1String("school")) {
        e.organisations.append({v, name == QLatin1String("publisher") ? QStringLiteral("publisher") : QStringLiteral("producer")});
    } else if (name == QLatin1String("note") || name == QLatin1String("annote")) {
        extraNotes << v;
    } else if (name == QLatin1String("howpublished")) {
        if (v.startsWith(QLatin1String("http")) && !e.fields.contains(QStringLiteral("url")))
            e.fields.insert(QStringLiteral("url"), v.section(QLatin1Char(' '), 0, 0));
        else
            extraNotes << v;
    } else if (name == QLatin1String("copyright") || name == QLatin1String("license")) {
        e.fields.insert(QStringLiteral("licence"), v);
    } else if (name == QLatin1String("series") || name == QLatin1String("booktitle") || name == QLatin1String("journal")) {
        extraNotes << QObject::tr("Series or container: %1").arg(v);
    } else if (name == QLatin1String("isbn") || name == QLatin1String("issn")) {
        extraNotes << QStringLiteral("%1: %2").arg(name.toUpper(), v);
    } else if (name == QLatin1String("address") || name == QLatin1String("location")) {
        extraNotes << QObject::tr("Place: %1").arg(v);
    }
}

} // namespace

Result<QList<MaterialEntry>> BibliographyReader::readBibtex(const QByteArray &bytes)
{
    auto text = utf8Text(bytes, QStringLiteral("BibTeX"));
    if (!text)
        return text.error();
    BibParser p(*text);
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m)
        p.macros.insert(QString::fromLatin1(months[m]), QString::number(m + 1));
    QList<MaterialEntry> entries;
    bool sawAt = false;
    while (true) {
        const qsizetype at = text->indexOf(QLatin1Char('@'), p.pos);
        if (at < 0)
            break;
        sawAt = true;
        p.pos = at + 1;
        const QString type = p.identifier().toLower();
        p.skipSpace();
        if (type.isEmpty())
            continue; // an @ in free text between entries
        if (p.pos >= text->size() || (text->at(p.pos) != QLatin1Char('{') && text->at(p.pos) != QLatin1Char('(')))
            return formatError(QStringLiteral("BibTeX"), p.lineAt(at), QObject::tr("“@%1” is not followed by “{”").arg(type));
        if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
            QString ignored;
            if (!p.braced(ignored, at))
                return formatError(QStringLiteral("BibTeX"), p.errorLine, p.error);
            continue;
        }
        ++p.pos; // {
        if (type == QLatin1String("string")) {
            p.skipSpace();
            const QString name = p.identifier().toLower();
            p.skipSpace();
            if (p.pos >= text->size() || text->at(p.pos) != QLatin1Char('='))
                return formatError(QStringLiteral("BibTeX"), p.lineAt(p.pos), QObject::tr("@string needs “name = value”"));
            ++p.pos;
            QString v;
            if (!p.value(v, at))
                return formatError(QStringLiteral("BibTeX"), p.errorLine, p.error);
            p.macros.insert(name, v);
            p.skipSpace();
            if (p.pos < text->size() && (text->at(p.pos) == QLatin1Char('}') || text->at(p.pos) == QLatin1Char(')')))
                ++p.pos;
            continue;
        }
        MaterialEntry e;
        e.line = p.lineAt(at);
        p.skipSpace();
        e.key = p.identifier();
        p.skipSpace();
        if (p.pos < text->size() && text->at(p.pos) == QLatin1Char(','))
            ++p.pos;
        QStringList notes;
        bool closed = false;
        while (!closed) {
            p.skipSpace();
            if (p.pos >= text->size())
                return formatError(QStringLiteral("BibTeX"), e.line,
                                   QObject::tr("the entry starting here is not closed: its braces do not balance, or the file is cut short"));
            const QChar c = text->at(p.pos);
            if (c == QLatin1Char('}') || c == QLatin1Char(')')) {
                ++p.pos;
                closed = true;
                break;
            }
            if (c == QLatin1Char(',')) {
                ++p.pos;
                continue;
            }
            if (c == QLatin1Char('@'))
                return formatError(QStringLiteral("BibTeX"), e.line,
                                   QObject::tr("the entry starting here is not closed before the next one begins: its braces do not balance"));
            const qsizetype fieldAt = p.pos;
            const QString name = p.identifier().toLower();
            if (name.isEmpty())
                return formatError(QStringLiteral("BibTeX"), p.lineAt(fieldAt), QObject::tr("expected a field name, found “%1”").arg(c));
            p.skipSpace();
            if (p.pos >= text->size() || text->at(p.pos) != QLatin1Char('='))
                return formatError(QStringLiteral("BibTeX"), p.lineAt(fieldAt), QObject::tr("the field “%1” has no “=”").arg(name));
            ++p.pos;
            QString raw;
            if (!p.value(raw, at))
                return formatError(QStringLiteral("BibTeX"), p.errorLine, p.error);
            applyBibField(e, name, raw, notes);
        }
        for (const QString &n : std::as_const(notes))
            appendNote(e, n);
        finish(e, type);
        entries.append(e);
    }
    if (!sawAt || entries.isEmpty())
        return formatError(QStringLiteral("BibTeX"), 0, QObject::tr("it holds no entries (entries start with “@type{”)"));
    return entries;
}

// ---- CSL-JSON ----

Result<QList<MaterialEntry>> BibliographyReader::readCslJson(const QByteArray &bytes)
{
    auto text = utf8Text(bytes, QStringLiteral("CSL-JSON"));
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(text->toUtf8().left(parseError.offset).count('\n')) + 1;
        return formatError(QStringLiteral("CSL-JSON"), line, parseError.errorString());
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject() && doc.object().contains(QStringLiteral("items")))
        items = doc.object().value(QStringLiteral("items")).toArray();
    else if (doc.isObject() && doc.object().contains(QStringLiteral("title")))
        items = QJsonArray{doc.object()};
    else
        return formatError(QStringLiteral("CSL-JSON"), 0, QObject::tr("expected a list of items"));
    QList<MaterialEntry> entries;
    int index = 0;
    for (const QJsonValue &v : std::as_const(items)) {
        ++index;
        if (!v.isObject())
            return formatError(QStringLiteral("CSL-JSON"), 0, QObject::tr("item %1 is not an object").arg(index));
        const QJsonObject o = v.toObject();
        MaterialEntry e;
        e.key = o.value(QStringLiteral("id")).toVariant().toString();
        if (e.key.isEmpty())
            e.key = QObject::tr("item %1").arg(index);
        auto str = [&](const char *k) { return o.value(QLatin1String(k)).toVariant().toString().trimmed(); };
        if (!str("title").isEmpty())
            e.fields.insert(QStringLiteral("title"), str("title"));
        if (!str("abstract").isEmpty())
            e.fields.insert(QStringLiteral("abstract"), str("abstract"));
        if (!str("URL").isEmpty())
            e.fields.insert(QStringLiteral("url"), str("URL"));
        else if (!str("DOI").isEmpty())
            e.fields.insert(QStringLiteral("url"), QString(QStringLiteral("https://doi.org/") + str("DOI")));
        if (!str("language").isEmpty())
            addLanguage(e, str("language"));
        for (const QString &k : str("keyword").split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
            addTopic(e, k);
        if (!str("note").isEmpty())
            appendNote(e, str("note"));
        if (!str("publisher").isEmpty())
            e.organisations.append({str("publisher"), QStringLiteral("publisher")});
        if (!str("publisher-place").isEmpty())
            appendNote(e, QObject::tr("Place: %1").arg(str("publisher-place")));
        if (!str("container-title").isEmpty())
            appendNote(e, QObject::tr("Series or container: %1").arg(str("container-title")));
        if (!str("license").isEmpty())
            e.fields.insert(QStringLiteral("licence"), str("license"));
        if (!str("dimensions").isEmpty())
            e.fields.insert(QStringLiteral("duration"), str("dimensions"));
        for (const char *role : {"author", "editor", "translator"}) {
            for (const QJsonValue &n : o.value(QLatin1String(role)).toArray()) {
                const QJsonObject name = n.toObject();
                const QString literal = name.value(QStringLiteral("literal")).toString().trimmed();
                const QString given = name.value(QStringLiteral("given")).toString().trimmed();
                const QString family = name.value(QStringLiteral("family")).toString().trimmed();
                if (!literal.isEmpty() && QLatin1String(role) == QLatin1String("author") && given.isEmpty() && family.isEmpty())
                    e.organisations.append({literal, QStringLiteral("producer")}); // Zotero writes institutions as literal names
                else if (!literal.isEmpty() || !family.isEmpty())
                    e.people.append({literal.isEmpty() ? QString(given + QLatin1Char(' ') + family).trimmed() : literal, QString::fromLatin1(role)});
            }
        }
        const QJsonObject issued = o.value(QStringLiteral("issued")).toObject();
        const QJsonArray parts = issued.value(QStringLiteral("date-parts")).toArray().at(0).toArray();
        if (!parts.isEmpty()) {
            QStringList bits;
            for (const QJsonValue &b : parts)
                bits << b.toVariant().toString();
            setDate(e, bits.join(QLatin1Char('-')));
        } else if (issued.contains(QStringLiteral("raw")) || issued.contains(QStringLiteral("literal"))) {
            setDate(e, QString(issued.value(QStringLiteral("raw")).toString() + QLatin1Char(' ') + issued.value(QStringLiteral("literal")).toString()).trimmed());
        }
        finish(e, str("type"));
        entries.append(e);
    }
    if (entries.isEmpty())
        return formatError(QStringLiteral("CSL-JSON"), 0, QObject::tr("it holds no items"));
    return entries;
}

} // namespace praxis::core
