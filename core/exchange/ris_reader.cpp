// RIS as Zotero, EndNote, Mendeley, JabRef, Web of Science and Scopus write it, read one record at a time.

#include "exchange/entry_source.h"
#include "exchange/text_input.h"

#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

namespace {

// Tags whose every line, tagged or continued, is one more value.
bool isListTag(const QString &tag)
{
    static const QStringList tags{QStringLiteral("AU"), QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"),
                                  QStringLiteral("ED"), QStringLiteral("TA"), QStringLiteral("KW"), QStringLiteral("LA")};
    return tags.contains(tag);
}

struct RisRecord {
    int line = 0;
    QString type;
    QList<std::pair<QString, QString>> tags;
    qsizetype chars = 0;
    bool tooLong = false;

    void clear() { *this = RisRecord(); }
};

void applyTag(MaterialEntry &e, const QString &tag, const QString &value, QString &abstractText, QString &notesText)
{
    if (value.isEmpty())
        return;
    auto setIfEmpty = [&](const char *field, const QString &v) {
        if (!e.fields.contains(QLatin1String(field)))
            e.fields.insert(QLatin1String(field), v);
    };
    if (tag == QLatin1String("TI") || tag == QLatin1String("T1")) {
        setIfEmpty("title", value);
    } else if (tag == QLatin1String("ST") || tag == QLatin1String("BT") || tag == QLatin1String("CT")) {
        setIfEmpty("title", value);
    } else if (tag == QLatin1String("AU") || tag == QLatin1String("A1")) {
        e.people.append({personName(value), QStringLiteral("author")});
    } else if (tag == QLatin1String("A2") || tag == QLatin1String("ED") || tag == QLatin1String("A3")) {
        e.people.append({personName(value), QStringLiteral("editor")});
    } else if (tag == QLatin1String("A4") || tag == QLatin1String("TA")) {
        e.people.append({personName(value), QStringLiteral("translator")});
    } else if (tag == QLatin1String("PY") || tag == QLatin1String("Y1")) {
        // The date (DA) says more when the file has one; a year alone does not replace it.
        if (!e.fields.contains(QStringLiteral("date")))
            setDate(e, value);
    } else if (tag == QLatin1String("DA")) {
        const qint64 year = e.fields.value(QStringLiteral("year")).toLongLong();
        MaterialEntry dated;
        if (setDate(dated, value) && (year == 0 || dated.fields.value(QStringLiteral("year")).toLongLong() == year))
            for (auto it = dated.fields.cbegin(); it != dated.fields.cend(); ++it)
                e.fields.insert(it.key(), it.value());
    } else if (tag == QLatin1String("AB") || tag == QLatin1String("N2")) {
        if (!abstractText.contains(value))
            abstractText += (abstractText.isEmpty() ? QString() : QStringLiteral("\n\n")) + value;
    } else if (tag == QLatin1String("N1")) {
        notesText += (notesText.isEmpty() ? QString() : QStringLiteral("\n")) + value;
    } else if (tag == QLatin1String("KW")) {
        addTopic(e, value);
    } else if (tag == QLatin1String("LA")) {
        addLanguage(e, value);
    } else if (tag == QLatin1String("UR") || tag == QLatin1String("L2") || tag == QLatin1String("LK")) {
        if (value.startsWith(QLatin1String("http"), Qt::CaseInsensitive) || value.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            setIfEmpty("url", value.section(QRegularExpression(QStringLiteral("[\\s;]")), 0, 0));
    } else if (tag == QLatin1String("DO")) {
        QString doi = value;
        doi.remove(QRegularExpression(QStringLiteral("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)"), QRegularExpression::CaseInsensitiveOption));
        setIfEmpty("url", QStringLiteral("https://doi.org/") + doi);
    } else if (tag == QLatin1String("PB")) {
        e.organisations.append({value, QStringLiteral("publisher")});
    } else if (tag == QLatin1String("T2") || tag == QLatin1String("T3") || tag == QLatin1String("JF") || tag == QLatin1String("JO") ||
               tag == QLatin1String("JA") || tag == QLatin1String("J2")) {
        appendNote(e, QObject::tr("Series or container: %1").arg(value));
    } else if (tag == QLatin1String("SN")) {
        appendNote(e, QStringLiteral("ISBN/ISSN: %1").arg(value));
    } else if (tag == QLatin1String("ID")) {
        if (e.key.isEmpty())
            e.key = value;
    } else if (tag == QLatin1String("ET")) {
        appendNote(e, QObject::tr("Edition: %1").arg(value));
    } else if (tag == QLatin1String("CY") || tag == QLatin1String("PP")) {
        appendNote(e, QObject::tr("Place: %1").arg(value));
    }
}

class RisSource final : public TextEntrySource {
public:
    explicit RisSource(std::unique_ptr<TextInput> input) : TextEntrySource(std::move(input), QStringLiteral("RIS"))
    {
    }

    Result<bool> next(MaterialEntry &entry) override
    {
        static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|(.*))?$"));
        QString line;
        while (m_in->readLine(line)) {
            const int n = m_in->lineNumber();
            // A byte-order mark where files were joined, trailing white space, a tab instead of spaces.
            line.remove(QChar(0xFEFF));
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
            if (line.isEmpty())
                continue;
            const auto m = tagLine.match(line);
            if (!m.hasMatch()) {
                // EndNote writes further values of a tag on untagged lines; elsewhere: numbering, headings.
                if (m_open && !m_record.tags.isEmpty()) {
                    auto &[tag, value] = m_record.tags.last();
                    const QString more = line.trimmed();
                    if (isListTag(tag))
                        m_record.tags.append({tag, more});
                    else
                        value += (tag == QLatin1String("AB") || tag == QLatin1String("N2") || tag == QLatin1String("N1") ? QStringLiteral("\n")
                                                                                                                          : QStringLiteral(" ")) +
                                 more;
                    grow(more.size());
                } else if (!m_open) {
                    m_strayLines = m_strayLines == 0 ? n : m_strayLines;
                }
                continue;
            }
            ++m_tagged;
            const QString tag = m.captured(1);
            const QString value = (m.captured(2).isNull() ? m.captured(3) : m.captured(2)).trimmed();
            if (tag == QLatin1String("TY")) {
                noteStray();
                if (m_open) {
                    m_notes.warnings.append({m_record.line, {}, QObject::tr("the record has no “ER  -” line before the next one starts")});
                    if (build(entry)) {
                        start(n, value);
                        return true;
                    }
                }
                start(n, value);
                continue;
            }
            if (!m_open) {
                if (tag != QLatin1String("ER"))
                    m_strayLines = m_strayLines == 0 ? n : m_strayLines;
                continue;
            }
            if (tag == QLatin1String("ER")) {
                m_open = false;
                if (build(entry))
                    return true;
                continue;
            }
            m_record.tags.append({tag, value});
            grow(value.size());
        }
        noteStray();
        if (Status s = readError(); !s)
            return s.error();
        if (m_open) {
            m_open = false;
            m_notes.warnings.append({m_record.line, {}, QObject::tr("the file ends inside this record (no “ER  -” line): it may be cut short")});
            if (build(entry))
                return true;
        }
        if (m_records == 0)
            return notInFormat(QStringLiteral("RIS"), 0,
                               m_tagged == 0 ? QObject::tr("it holds no RIS tags (records start with “TY  - ”)")
                                             : QObject::tr("it holds no records (records start with “TY  - ”)"));
        return false;
    }

private:
    void start(int line, const QString &type)
    {
        m_record.clear();
        m_record.line = line;
        m_record.type = type;
        m_open = true;
        ++m_records;
    }

    void grow(qsizetype chars)
    {
        m_record.chars += chars;
        if (m_record.chars > ImportLimits::kEntryChars && !m_record.tooLong) {
            m_record.tooLong = true;
            m_record.tags.clear(); // what is held stays bounded
        }
    }

    void noteStray()
    {
        if (m_strayLines > 0)
            m_notes.skipped.append({m_strayLines, {}, QObject::tr("lines outside any record were left out (a record starts with “TY  - ”)")});
        m_strayLines = 0;
    }

    // The entry of the record read; false when it was left out (and noted).
    bool build(MaterialEntry &entry)
    {
        if (m_record.tooLong) {
            m_notes.skipped.append({m_record.line, {}, QObject::tr("the record is longer than %1 million characters").arg(ImportLimits::kEntryChars >> 20)});
            return false;
        }
        MaterialEntry e;
        e.line = m_record.line;
        QString abstractText, notesText;
        for (const auto &[tag, value] : std::as_const(m_record.tags))
            applyTag(e, tag, value.left(ImportLimits::kValueChars), abstractText, notesText);
        if (!abstractText.isEmpty())
            e.fields.insert(QStringLiteral("abstract"), abstractText.trimmed());
        if (!notesText.isEmpty())
            appendNote(e, notesText);
        finishEntry(e, m_record.type);
        capNames(e, m_notes);
        entry = std::move(e);
        return true;
    }

    RisRecord m_record;
    bool m_open = false;
    int m_records = 0;
    int m_tagged = 0;
    int m_strayLines = 0;
};

} // namespace

std::unique_ptr<EntrySource> risSource(std::unique_ptr<TextInput> input)
{
    return std::make_unique<RisSource>(std::move(input));
}

} // namespace praxis::core
