// The rows of a CSV file as material entries, read one row at a time.

#include "exchange/csv_table.h"
#include "exchange/entry_source.h"
#include "exchange/text_input.h"

#include <QObject>

namespace praxis::core {

namespace {

class CsvSource final : public TextEntrySource {
public:
    CsvSource(std::unique_ptr<TextInput> input, const CsvMapping *mapping, QChar delimiter)
        : TextEntrySource(std::move(input), QStringLiteral("CSV"))
        , m_delimiter(delimiter.isNull() ? CsvReader::detectDelimiter(m_in->peek(20000)) : delimiter)
        , m_records(*m_in, m_delimiter)
        , m_given(mapping != nullptr)
    {
        if (mapping)
            m_mapping = *mapping;
    }

    Result<bool> next(MaterialEntry &entry) override
    {
        QStringList cells;
        int line = 0;
        QString problem;
        if (!m_started) {
            m_started = true;
            if (m_in->peek(65536).contains(QChar(0)))
                return makeError(ErrorCode::Invalid, QObject::tr("This is not a CSV file: it holds binary data."));
            do {
                if (!m_records.next(cells, line, problem))
                    return makeError(ErrorCode::Invalid, QObject::tr("This CSV file is empty."));
                if (!problem.isEmpty())
                    return makeError(ErrorCode::Invalid, QObject::tr("This CSV file cannot be read: line %1: its header row cannot be read: %2.").arg(line).arg(problem));
            } while (cells.size() == 1 && cells.first().trimmed().isEmpty());
            for (QString &h : cells)
                h = h.trimmed();
            m_header = cells;
            if (!m_given)
                m_mapping = CsvMapping::guess(m_header);
            if (Status s = m_mapping.check(m_header); !s)
                return s.error();
        }
        while (m_records.next(cells, line, problem)) {
            if (!problem.isEmpty()) {
                m_notes.skipped.append({line, {}, problem});
                continue;
            }
            if (cells.size() == 1 && cells.first().trimmed().isEmpty())
                continue;
            entry = m_mapping.entry(m_header, cells, line);
            capNames(entry, m_notes);
            return true;
        }
        if (Status s = readError(); !s)
            return s.error();
        return false;
    }

private:
    QChar m_delimiter;
    CsvRecords m_records;
    CsvMapping m_mapping;
    bool m_given = false;
    bool m_started = false;
    QStringList m_header;
};

} // namespace

std::unique_ptr<EntrySource> csvSource(std::unique_ptr<TextInput> input, const CsvMapping *mapping, QChar delimiter)
{
    return std::make_unique<CsvSource>(std::move(input), mapping, delimiter);
}

} // namespace praxis::core
