// BibTeX and BibLaTeX as JabRef, Zotero, BibDesk, Mendeley and hand-kept files have them, read one entry
// at a time. What BibTeX itself accepts is accepted: text between entries, @comment and @preamble,
// entries in parentheses, @string macros (an undefined one is kept as its name, with a warning).

#include "exchange/bibliography_reader.h"
#include "exchange/entry_source.h"
#include "exchange/text_input.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

namespace {

// One character of BibTeX text inside something opened by `close`'s partner ({…}, (…) or "…"): keeps
// the depth of braces (and, with `quoted`, of quotes at depth 0); true when `c` closes it.
bool closes(QChar c, QChar close, int &depth, bool *quoted)
{
    if (c == QLatin1Char('{')) {
        ++depth;
    } else if (c == QLatin1Char('}')) {
        if (depth == 0 && close == QLatin1Char('}'))
            return true;
        --depth;
    } else if (quoted && c == QLatin1Char('"') && depth == 0) {
        *quoted = !*quoted;
    } else if (c == close && depth == 0 && !(quoted && *quoted)) {
        return true;
    }
    return false;
}

// One entry's text parsed: `@type{key, name = value, ...}`. Errors name the line within the file.
struct EntryParser {
    EntryParser(const QString &text, int firstLine, const QHash<QString, QString> &macros) : s(text), line0(firstLine), macros(macros) {}
    const QString &s;
    int line0;
    const QHash<QString, QString> &macros;
    qsizetype pos = 0;
    QString error;
    int errorLine = 0;
    QStringList undefined; // macros used but never defined

    int lineAt(qsizetype p) const { return line0 + int(QStringView(s).left(p).count(QLatin1Char('\n'))); }
    void skipSpace()
    {
        while (pos < s.size() && s.at(pos).isSpace())
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
        while (pos < s.size() && (s.at(pos).isLetterOrNumber() || QStringLiteral("_-:./+'!?&*<>[]").contains(s.at(pos))))
            ++pos;
        return s.mid(start, pos - start);
    }
    bool delimited(QString &out, QChar close)
    {
        int depth = 0;
        const qsizetype start = pos + 1;
        for (++pos; pos < s.size(); ++pos) {
            const QChar c = s.at(pos);
            if (c == QLatin1Char('\\')) {
                ++pos;
                continue;
            }
            if (closes(c, close, depth, nullptr))
                break;
        }
        if (pos >= s.size())
            return fail(start, close == QLatin1Char('"') ? QObject::tr("a quoted value is not closed") : QObject::tr("a value in braces is not closed"));
        out = s.mid(start, pos - start);
        ++pos;
        return true;
    }
    // value [# value]*, macros expanded, bounded.
    bool value(QString &out)
    {
        out.clear();
        for (;;) {
            skipSpace();
            if (pos >= s.size())
                return fail(pos, QObject::tr("a field has no value"));
            QString part;
            const QChar c = s.at(pos);
            if (c == QLatin1Char('{')) {
                if (!delimited(part, QLatin1Char('}')))
                    return false;
            } else if (c == QLatin1Char('"')) {
                if (!delimited(part, QLatin1Char('"')))
                    return false;
            } else if (c.isLetterOrNumber()) {
                const QString word = identifier();
                bool number = false;
                word.toLongLong(&number);
                if (number) {
                    part = word;
                } else if (auto it = macros.constFind(word.toLower()); it != macros.cend()) {
                    part = *it;
                } else {
                    part = word;
                    if (!undefined.contains(word))
                        undefined << word;
                }
            } else {
                return fail(pos, QObject::tr("expected a value, found “%1”").arg(c));
            }
            if (out.size() + part.size() > ImportLimits::kValueChars)
                return fail(pos, QObject::tr("a value grows beyond %1 million characters").arg(ImportLimits::kValueChars >> 20));
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

// "A and B and {UN Women}": split on " and " outside braces.
QStringList splitNames(const QString &raw)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    const QStringView view(raw);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            --depth;
        else if (depth == 0 && c.isSpace() && view.mid(i, 5).compare(QLatin1String(" and "), Qt::CaseInsensitive) == 0) {
            names << raw.mid(start, i - start);
            start = i + 5;
            i += 4;
        }
    }
    names << raw.mid(start);
    return names;
}

// What an entry's fields say that is applied once all of them are read.
struct BibExtras {
    QStringList notes;
    QString month;
};

void applyBibField(MaterialEntry &e, const QString &name, const QString &raw, BibExtras &extras)
{
    QStringList &extraNotes = extras.notes;
    auto is = [&](const char *n) { return name == QLatin1String(n); };
    if (is("author") || is("editor") || is("translator")) {
        const QString role = is("author") ? QStringLiteral("author") : name;
        for (const QString &n : splitNames(raw)) {
            const QString t = n.trimmed();
            if (t.isEmpty() || t == QLatin1String("others"))
                continue;
            if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}')) && role == QLatin1String("author"))
                e.organisations.append({BibliographyReader::latexToUnicode(t), QStringLiteral("producer")});
            else
                e.people.append({personName(BibliographyReader::latexToUnicode(t)), role});
            if (e.people.size() + e.organisations.size() > 2 * ImportLimits::kNamesPerEntry)
                break; // capNames says how many there were
        }
        return;
    }
    const QString v = BibliographyReader::latexToUnicode(raw);
    if (v.isEmpty())
        return;
    if (is("title")) {
        e.fields.insert(QStringLiteral("title"), v);
    } else if (is("subtitle")) {
        e.fields.insert(QStringLiteral("subtitle"), v);
    } else if (is("year")) {
        if (!e.fields.contains(QStringLiteral("date")))
            setDate(e, v);
    } else if (is("month")) {
        extras.month = v;
    } else if (is("date")) {
        // BibLaTeX date ranges: 2016-09-01/2016-09-30.
        setDate(e, v.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('-')) ? v.section(QLatin1Char('/'), 0, 0) : v);
    } else if (is("abstract")) {
        e.fields.insert(QStringLiteral("abstract"), v);
    } else if (is("keywords")) {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        for (const QString &k : v.split(separators, Qt::SkipEmptyParts))
            addTopic(e, k);
    } else if (is("language") || is("langid")) {
        addLanguage(e, v);
    } else if (is("url")) {
        e.fields.insert(QStringLiteral("url"), v);
    } else if (is("doi")) {
        if (!e.fields.contains(QStringLiteral("url")))
            e.fields.insert(QStringLiteral("url"), QString(QStringLiteral("https://doi.org/") + v));
    } else if (is("publisher") || is("institution") || is("organization") || is("school")) {
        e.organisations.append({v, is("publisher") ? QStringLiteral("publisher") : QStringLiteral("producer")});
    } else if (is("note") || is("annote") || is("annotation")) {
        extraNotes << v;
    } else if (is("howpublished")) {
        if (v.startsWith(QLatin1String("http")) && !e.fields.contains(QStringLiteral("url")))
            e.fields.insert(QStringLiteral("url"), v.section(QLatin1Char(' '), 0, 0));
        else
            extraNotes << v;
    } else if (is("copyright") || is("license")) {
        e.fields.insert(QStringLiteral("licence"), v);
    } else if (is("series") || is("booktitle") || is("journal") || is("journaltitle")) {
        extraNotes << QObject::tr("Series or container: %1").arg(v);
    } else if (is("isbn") || is("issn")) {
        extraNotes << QStringLiteral("%1: %2").arg(name.toUpper(), v);
    } else if (is("address") || is("location")) {
        extraNotes << QObject::tr("Place: %1").arg(v);
    }
}

class BibtexSource final : public TextEntrySource {
public:
    explicit BibtexSource(std::unique_ptr<TextInput> input) : TextEntrySource(std::move(input), QStringLiteral("BibTeX"))
    {
        static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; ++m)
            m_macros.insert(QString::fromLatin1(months[m]), QString::number(m + 1));
    }

    Result<bool> next(MaterialEntry &entry) override
    {
        QString text;
        int line = 0;
        for (;;) {
            auto read = nextBlock(text, line);
            if (!read)
                return read.error();
            if (!*read)
                break;
            if (handle(text, line, entry))
                return true;
        }
        if (Status s = readError(); !s)
            return s.error();
        if (m_blocks == 0)
            return notInFormat(QStringLiteral("BibTeX"), 0, QObject::tr("it holds no entries (entries start with “@type{”)"));
        return false;
    }

private:
    // The text of the next block `@type{…}` (or `@type(…)`) and the line it starts on; false at the end.
    Result<bool> nextBlock(QString &text, int &startLine)
    {
        static const QRegularExpression start(QStringLiteral("@\\s*([A-Za-z][\\w-]*)\\s*([{(])"));
        static const QRegularExpression startOfLine(QStringLiteral("^\\s*@\\s*[A-Za-z][\\w-]*\\s*[{(]"));
        text.clear();
        bool inside = false;
        QChar close;
        int depth = 0;
        bool quoted = false;
        bool tooLong = false;
        QString line;
        for (;;) {
            qsizetype from = 0;
            if (m_pending.isNull()) {
                if (!m_in->readLine(line)) {
                    if (inside) {
                        m_notes.skipped.append({startLine, keyOf(text), QObject::tr("the file ends inside this entry: it may be cut short")});
                        text.clear();
                    }
                    return false;
                }
                m_pendingLine = m_in->lineNumber();
            } else {
                line = m_pending;
                from = m_pendingFrom;
                m_pending = QString();
            }
            const int lineNo = m_pendingLine;
            if (!inside) {
                const auto m = start.match(line, from);
                if (!m.hasMatch())
                    continue; // text between entries is a comment
                inside = true;
                ++m_blocks;
                startLine = lineNo;
                close = m.captured(2) == QLatin1String("{") ? QLatin1Char('}') : QLatin1Char(')');
                depth = 0;
                quoted = false;
                tooLong = false;
                from = m.capturedEnd(0);
                text = line.mid(m.capturedStart(0), from - m.capturedStart(0));
            } else if (startOfLine.match(line).hasMatch()) {
                // A new entry begins while this one is still open: its braces do not balance.
                m_notes.skipped.append({startLine, keyOf(text), QObject::tr("the entry is not closed before the next one begins: its braces do not balance")});
                m_pending = line;
                m_pendingFrom = 0;
                text.clear();
                inside = false;
                continue;
            } else {
                text += QLatin1Char('\n');
            }
            // Scan to the end of the entry, or the end of the line.
            qsizetype i = from;
            for (; i < line.size(); ++i) {
                const QChar c = line.at(i);
                if (c == QLatin1Char('\\')) {
                    ++i;
                    continue;
                }
                if (closes(c, close, depth, &quoted))
                    break;
            }
            if (!tooLong) {
                text += QStringView(line).mid(from, std::min<qsizetype>(i + 1, line.size()) - from);
                if (text.size() > ImportLimits::kEntryChars) {
                    tooLong = true;
                    text = text.left(200); // enough to name it
                }
            }
            if (i < line.size()) {
                // The entry ends here; the rest of the line may begin another.
                if (i + 1 < line.size()) {
                    m_pending = line;
                    m_pendingFrom = i + 1;
                }
                if (tooLong) {
                    m_notes.skipped.append(
                        {startLine, keyOf(text), QObject::tr("the entry is longer than %1 million characters").arg(ImportLimits::kEntryChars >> 20)});
                    inside = false;
                    text.clear();
                    continue;
                }
                return true;
            }
        }
    }

    static QString keyOf(const QString &text)
    {
        static const QRegularExpression key(QStringLiteral("^@\\s*[A-Za-z][\\w-]*\\s*[{(]\\s*([^,\\s=]+)\\s*,"));
        const auto m = key.match(text);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    // One block: a macro definition, a comment, or an entry (into `entry`: true).
    bool handle(const QString &text, int line, MaterialEntry &entry)
    {
        EntryParser p(text, line, m_macros);
        p.pos = 1;
        p.skipSpace();
        const QString type = p.identifier().toLower();
        p.skipSpace();
        ++p.pos; // { or (
        if (type == QLatin1String("comment") || type == QLatin1String("preamble"))
            return false;
        if (type == QLatin1String("string")) {
            p.skipSpace();
            const QString name = p.identifier().toLower();
            p.skipSpace();
            QString v;
            if (name.isEmpty() || p.pos >= text.size() || text.at(p.pos) != QLatin1Char('=')) {
                m_notes.skipped.append({line, name, QObject::tr("@string needs “name = value”")});
                return false;
            }
            ++p.pos;
            if (!p.value(v)) {
                m_notes.skipped.append({p.errorLine, QStringLiteral("@string ") + name, p.error});
                return false;
            }
            noteUndefined(p, line, QStringLiteral("@string ") + name);
            m_macros.insert(name, v);
            return false;
        }
        MaterialEntry e;
        e.line = line;
        p.skipSpace();
        e.key = p.identifier();
        p.skipSpace();
        if (p.pos < text.size() && text.at(p.pos) == QLatin1Char(','))
            ++p.pos;
        BibExtras extras;
        for (;;) {
            p.skipSpace();
            if (p.pos >= text.size())
                break;
            const QChar c = text.at(p.pos);
            if (c == QLatin1Char('}') || c == QLatin1Char(')'))
                break;
            if (c == QLatin1Char(',')) {
                ++p.pos;
                continue;
            }
            const qsizetype fieldAt = p.pos;
            const QString name = p.identifier().toLower();
            p.skipSpace();
            if (name.isEmpty() || p.pos >= text.size() || text.at(p.pos) != QLatin1Char('=')) {
                const QString what = name.isEmpty() ? QObject::tr("expected a field name, found “%1”").arg(c) : QObject::tr("the field “%1” has no “=”").arg(name);
                m_notes.skipped.append({p.lineAt(fieldAt), e.key, what});
                return false;
            }
            ++p.pos;
            QString raw;
            if (!p.value(raw)) {
                m_notes.skipped.append({p.errorLine, e.key, p.error});
                return false;
            }
            applyBibField(e, name, raw, extras);
        }
        noteUndefined(p, line, e.key);
        // "sep", "9", "September": with the year, a month date (unless the entry has a full date).
        const qint64 year = e.fields.value(QStringLiteral("year")).toLongLong();
        if (!extras.month.isEmpty() && year > 0 && !e.fields.contains(QStringLiteral("date"))) {
            const QString &month = extras.month;
            MaterialEntry dated;
            if (setDate(dated, month.toInt() > 0 ? QStringLiteral("%1-%2").arg(year).arg(month.toInt()) : month + QLatin1Char(' ') + QString::number(year)) &&
                dated.fields.contains(QStringLiteral("date")))
                e.fields.insert(QStringLiteral("date"), dated.fields.value(QStringLiteral("date")));
        }
        for (const QString &n : std::as_const(extras.notes))
            appendNote(e, n);
        finishEntry(e, type);
        capNames(e, m_notes);
        if (!e.key.isEmpty()) {
            if (const int earlier = m_keys.value(e.key); earlier > 0)
                m_notes.warnings.append({line, e.key, QObject::tr("the key is also used by the entry at line %1; both are kept").arg(earlier)});
            else
                m_keys.insert(e.key, line);
        }
        entry = std::move(e);
        return true;
    }

    void noteUndefined(const EntryParser &p, int line, const QString &key)
    {
        for (const QString &name : p.undefined)
            m_notes.warnings.append({line, key, QObject::tr("the macro “%1” is not defined in the file; its name is kept as the text").arg(name)});
    }

    QHash<QString, QString> m_macros;
    QHash<QString, int> m_keys;
    QString m_pending; // a line whose rest is still to be read
    qsizetype m_pendingFrom = 0;
    int m_pendingLine = 0;
    int m_blocks = 0;
};

} // namespace

std::unique_ptr<EntrySource> bibtexSource(std::unique_ptr<TextInput> input)
{
    return std::make_unique<BibtexSource>(std::move(input));
}

} // namespace praxis::core
