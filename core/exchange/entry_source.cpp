#include "exchange/entry_source.h"

#include "exchange/text_input.h"

#include <QObject>

namespace praxis::core {

QString EntryNote::text() const
{
    const QString where = entryPlace(line, key);
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

TextEntrySource::TextEntrySource(std::unique_ptr<TextInput> input, const QString &format)
    : m_in(std::move(input))
{
    m_notes.format = format;
    m_notes.encoding = m_in->encoding();
}

TextEntrySource::~TextEntrySource() = default;

qint64 TextEntrySource::done() const
{
    return m_in->bytesRead();
}

qint64 TextEntrySource::total() const
{
    return m_in->size();
}

Status TextEntrySource::readError() const
{
    if (m_in->error().isEmpty())
        return {};
    return makeError(ErrorCode::Io, QObject::tr("The %1 file could not be read to its end: %2.").arg(m_notes.format, m_in->error()));
}

EntryList::EntryList(QList<MaterialEntry> entries, ReadNotes notes)
    : m_entries(std::move(entries))
{
    m_notes = std::move(notes);
}

Result<bool> EntryList::next(MaterialEntry &entry)
{
    if (m_next >= m_entries.size())
        return false;
    entry = m_entries.at(m_next++);
    return true;
}

Result<QList<MaterialEntry>> readAll(EntrySource &source)
{
    QList<MaterialEntry> out;
    for (;;) {
        MaterialEntry e;
        auto more = source.next(e);
        if (!more)
            return more.error();
        if (!*more)
            return out;
        out.append(std::move(e));
    }
}

Error notInFormat(const QString &format, int line, QString what)
{
    if (!what.endsWith(QLatin1Char('.')) && !what.endsWith(QLatin1Char(')')))
        what += QLatin1Char('.');
    return makeError(ErrorCode::Invalid, line > 0 ? QObject::tr("This is not a readable %1 file: line %2: %3").arg(format).arg(line).arg(what)
                                                  : QObject::tr("This is not a readable %1 file: %2").arg(format, what));
}

void capNames(MaterialEntry &entry, ReadNotes &notes)
{
    const qsizetype named = entry.people.size() + entry.organisations.size();
    if (named <= ImportLimits::kNamesPerEntry)
        return;
    const qsizetype people = std::min<qsizetype>(entry.people.size(), ImportLimits::kNamesPerEntry);
    entry.people.resize(people);
    entry.organisations.resize(std::min<qsizetype>(entry.organisations.size(), ImportLimits::kNamesPerEntry - people));
    notes.warnings.append({entry.line, entry.key,
                           QObject::tr("it names %1 people and organisations; the first %2 are kept").arg(named).arg(ImportLimits::kNamesPerEntry)});
}

} // namespace praxis::core
