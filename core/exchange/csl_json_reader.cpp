// CSL-JSON as Zotero, Pandoc, citeproc and Better BibTeX write it, read one item at a time: the list is
// split into its items as the text arrives, and each item is parsed on its own, so that a malformed item
// is left out with its line while the others are read.

#include "exchange/entry_source.h"
#include "exchange/text_input.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray()) // some tools write one-element lists
        return v.toArray().at(0).toVariant().toString().trimmed();
    return v.toVariant().toString().trimmed();
}

// "issued": {"date-parts": [[2016, 9, 6]]}, [["2016", "9"]], a range [[2016,1],[2016,3]], {"raw": "…"},
// {"literal": "…"}, or a plain string.
void setIssued(MaterialEntry &e, const QJsonValue &issued)
{
    if (issued.isString()) {
        setDate(e, issued.toString());
        return;
    }
    const QJsonObject o = issued.toObject();
    const QJsonArray parts = o.value(QStringLiteral("date-parts")).toArray().at(0).toArray();
    if (!parts.isEmpty()) {
        QStringList bits;
        for (const QJsonValue &b : parts) {
            const QString bit = b.toVariant().toString().trimmed();
            if (bit.isEmpty() || bit == QLatin1String("0"))
                break;
            bits << bit;
        }
        if (!bits.isEmpty() && setDate(e, bits.join(QLatin1Char('-'))))
            return;
    }
    for (const char *key : {"raw", "literal"})
        if (const QString v = o.value(QLatin1String(key)).toString(); !v.isEmpty() && setDate(e, v))
            return;
}

MaterialEntry fromItem(const QJsonObject &o, int index)
{
    MaterialEntry e;
    e.key = o.value(QStringLiteral("id")).toVariant().toString();
    if (e.key.isEmpty())
        e.key = QObject::tr("item %1").arg(index);
    auto put = [&](const char *field, const QString &v) {
        if (!v.isEmpty())
            e.fields.insert(QLatin1String(field), v.left(ImportLimits::kValueChars));
    };
    put("title", text(o, "title"));
    put("abstract", text(o, "abstract"));
    if (!text(o, "URL").isEmpty())
        put("url", text(o, "URL"));
    else if (!text(o, "DOI").isEmpty())
        put("url", QStringLiteral("https://doi.org/") + text(o, "DOI"));
    if (!text(o, "language").isEmpty())
        addLanguage(e, text(o, "language"));
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &k : text(o, "keyword").split(separators, Qt::SkipEmptyParts))
        addTopic(e, k);
    appendNote(e, text(o, "note"));
    if (!text(o, "publisher").isEmpty())
        e.organisations.append({text(o, "publisher"), QStringLiteral("publisher")});
    if (!text(o, "publisher-place").isEmpty())
        appendNote(e, QObject::tr("Place: %1").arg(text(o, "publisher-place")));
    if (!text(o, "container-title").isEmpty())
        appendNote(e, QObject::tr("Series or container: %1").arg(text(o, "container-title")));
    if (!text(o, "ISBN").isEmpty())
        appendNote(e, QStringLiteral("ISBN: %1").arg(text(o, "ISBN")));
    put("licence", text(o, "license"));
    put("duration", text(o, "dimensions"));
    for (const char *role : {"author", "editor", "translator"}) {
        const QJsonArray names = o.value(QLatin1String(role)).toArray();
        for (const QJsonValue &n : names) {
            const QJsonObject name = n.toObject();
            const QString literal = name.value(QStringLiteral("literal")).toString().trimmed();
            const QString given = name.value(QStringLiteral("given")).toString().trimmed();
            const QString family = name.value(QStringLiteral("family")).toString().trimmed();
            if (!literal.isEmpty() && QLatin1String(role) == QLatin1String("author") && given.isEmpty() && family.isEmpty())
                e.organisations.append({literal, QStringLiteral("producer")}); // Zotero writes institutions as literal names
            else if (!literal.isEmpty() || !family.isEmpty())
                e.people.append({literal.isEmpty() ? QString(given + QLatin1Char(' ') + family).trimmed() : literal, QString::fromLatin1(role)});
            if (e.people.size() + e.organisations.size() > 2 * ImportLimits::kNamesPerEntry)
                break;
        }
    }
    setIssued(e, o.value(QStringLiteral("issued")));
    finishEntry(e, text(o, "type"));
    return e;
}

class CslJsonSource final : public TextEntrySource {
public:
    explicit CslJsonSource(std::unique_ptr<TextInput> input) : TextEntrySource(std::move(input), QStringLiteral("CSL-JSON"))
    {
    }

    Result<bool> next(MaterialEntry &entry) override
    {
        if (!m_started) {
            m_started = true;
            if (Status s = begin(); !s)
                return s.error();
        }
        while (m_wrappedNext < m_wrapped.size() || !m_done) {
            QJsonObject item;
            int line = 0;
            if (m_wrappedNext < m_wrapped.size()) {
                line = m_wrappedLine;
                const QJsonValue v = m_wrapped.at(m_wrappedNext++);
                ++m_index;
                if (!v.isObject()) {
                    m_notes.skipped.append({line, QObject::tr("item %1").arg(m_index), QObject::tr("the item is not an object")});
                    continue;
                }
                item = v.toObject();
            } else {
                QString element;
                if (!nextElement(element, line))
                    break;
                ++m_index;
                if (element.size() > ImportLimits::kEntryChars) {
                    m_notes.skipped.append({line, QObject::tr("item %1").arg(m_index),
                                            QObject::tr("the item is longer than %1 million characters").arg(ImportLimits::kEntryChars >> 20)});
                    continue;
                }
                if (!element.startsWith(QLatin1Char('{'))) {
                    m_notes.skipped.append({line, QObject::tr("item %1").arg(m_index), QObject::tr("the item is not an object")});
                    continue;
                }
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(element.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                    const QString why = error.error != QJsonParseError::NoError ? error.errorString() : QObject::tr("the item is not an object");
                    m_notes.skipped.append({line, QObject::tr("item %1").arg(m_index), why});
                    continue;
                }
                item = doc.object();
            }
            MaterialEntry e = fromItem(item, m_index);
            e.line = line;
            capNames(e, m_notes);
            entry = std::move(e);
            return true;
        }
        if (Status s = readError(); !s)
            return s.error();
        if (m_index == 0)
            return notInFormat(QStringLiteral("CSL-JSON"), 0, QObject::tr("it holds no items"));
        return false;
    }

private:
    bool nextChar(QChar &c)
    {
        while (m_pos >= m_line.size()) {
            if (m_eol) {
                m_eol = false;
                c = QLatin1Char('\n');
                return true;
            }
            if (!m_in->readLine(m_line))
                return false;
            m_pos = 0;
            m_eol = true;
        }
        c = m_line.at(m_pos++);
        return true;
    }
    bool nextNonSpace(QChar &c)
    {
        while (nextChar(c))
            if (!c.isSpace())
                return true;
        return false;
    }

    // The start: a list of items, an object with "items", or one item.
    Status begin()
    {
        QChar c;
        if (!nextNonSpace(c) || (c != QLatin1Char('[') && c != QLatin1Char('{')))
            return notInFormat(QStringLiteral("CSL-JSON"), m_in->lineNumber(), QObject::tr("expected a list of items"));
        if (c == QLatin1Char('['))
            return {};
        // An object: read it whole (a wrapper of items, or one item).
        QString element(c);
        const int line = m_in->lineNumber();
        if (!rest(element, 1))
            return notInFormat(QStringLiteral("CSL-JSON"), line, QObject::tr("the object is not closed: the file may be cut short"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(element.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return notInFormat(QStringLiteral("CSL-JSON"), line, error.errorString());
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("items")).isArray())
            m_wrapped = o.value(QStringLiteral("items")).toArray();
        else if (o.contains(QStringLiteral("title")) || o.contains(QStringLiteral("type")))
            m_wrapped = QJsonArray{o};
        else
            return notInFormat(QStringLiteral("CSL-JSON"), line, QObject::tr("expected a list of items"));
        m_wrappedLine = line;
        m_done = true;
        return {};
    }

    // Reads on to the end of a value whose opening bracket is in `out`, at `depth`.
    bool rest(QString &out, int depth)
    {
        bool inString = false, escaped = false;
        QChar c;
        while (nextChar(c)) {
            if (out.size() <= ImportLimits::kEntryChars)
                out += c;
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == QLatin1Char('\\'))
                    escaped = true;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
                return true;
        }
        return false;
    }

    // The next element of the top-level list; false at its end.
    bool nextElement(QString &out, int &line)
    {
        QChar c;
        for (;;) {
            if (!nextNonSpace(c)) {
                m_done = true;
                return false;
            }
            if (c == QLatin1Char(','))
                continue;
            if (c == QLatin1Char(']')) {
                m_done = true;
                return false;
            }
            break;
        }
        line = m_in->lineNumber();
        out = c;
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            if (!rest(out, 1)) {
                m_notes.skipped.append({line, QObject::tr("item %1").arg(m_index + 1), QObject::tr("the file ends inside this item: it may be cut short")});
                m_done = true;
                return false;
            }
            return true;
        }
        // A scalar where an item should be: read to the next comma or the end of the list.
        while (nextChar(c) && c != QLatin1Char(',') && c != QLatin1Char(']'))
            if (out.size() < 200)
                out += c;
        if (c == QLatin1Char(']'))
            m_done = true;
        return true;
    }

    QString m_line;
    qsizetype m_pos = 0;
    bool m_eol = false;
    bool m_started = false;
    bool m_done = false;
    int m_index = 0;
    QJsonArray m_wrapped;
    qsizetype m_wrappedNext = 0;
    int m_wrappedLine = 0;
};

} // namespace

std::unique_ptr<EntrySource> cslJsonSource(std::unique_ptr<TextInput> input)
{
    return std::make_unique<CslJsonSource>(std::move(input));
}

} // namespace praxis::core
