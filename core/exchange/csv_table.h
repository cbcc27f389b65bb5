#pragma once

#include "exchange/material_entry.h"
#include "storage/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace praxis::core {

class EntrySource;
class TextInput;

// Whether bytes are well-formed UTF-8; `firstBad` receives the offset of the first byte that is not.
bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad = nullptr);

// A CSV file as cells: the header, the rows, and how it was read.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;   // the line each row starts on
    QString encoding;      // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QChar delimiter;
    bool hadByteOrderMark = false;
};

// CSV records one at a time from text: quoted cells with doubled quotes, line breaks and CRLF. A row
// longer than ImportLimits::kEntryChars or with more than kCellsPerRow cells is left out, and said.
class CsvRecords {
public:
    CsvRecords(TextInput &input, QChar delimiter) : m_in(input), m_delimiter(delimiter) {}
    // The next record and the line it starts on; false at the end. `problem` is set (and the record is
    // empty) when the record cannot be read: a quoted cell not closed by the end of the file, a row too long.
    bool next(QStringList &cells, int &line, QString &problem);

private:
    TextInput &m_in;
    QChar m_delimiter;
};

// Reads CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, UTF-16, or Windows-1252
// (Excel's "CSV" on Western Windows); comma, semicolon (European Excel), tab or bar; quoted cells with
// doubled quotes, line breaks and CRLF. Encoding and delimiter are detected unless given.
class CsvReader {
public:
    static Result<CsvTable> read(const QByteArray &bytes, const QString &encoding = {}, QChar delimiter = {});
    static QString detectEncoding(const QByteArray &bytes);
    static QChar detectDelimiter(const QString &text);
    static QString decode(const QByteArray &bytes, const QString &encoding);
};

// Which column fills which field: a field name of the material type, "@author", "@editor",
// "@organisation" (publisher), "@producer", "@funder", "custom:NAME" for a custom field, or nothing.
// Saved and loaded as JSON so a user can reuse a mapping for files of the same shape.
struct CsvMapping {
    QMap<QString, QString> columns; // header text → target
    QString listSeparator = QStringLiteral(";");

    QJsonObject toJson() const;
    static CsvMapping fromJson(const QJsonObject &json);
    // Matches headers to fields by name and by the names other tools use ("Author", "Publication Year", …).
    static CsvMapping guess(const QStringList &header);
    // The targets a column can be mapped to, for the mapping dialog.
    static QStringList targets();

    // Whether the mapping can be used with this header: it maps a title, and every column it names is there.
    Status check(const QStringList &header) const;
    // One row as an entry (Excel's ="…" formula quoting and <br/> line breaks undone).
    MaterialEntry entry(const QStringList &header, const QStringList &row, int line) const;
    Result<QList<MaterialEntry>> apply(const CsvTable &table) const;
};

// The rows of a CSV file as entries, read as they are needed. Without a mapping, the columns are matched
// by their names (CsvMapping::guess). Fails at the first `next` when the file has no header or the mapping
// does not fit it.
std::unique_ptr<EntrySource> csvSource(std::unique_ptr<TextInput> input, const CsvMapping *mapping = nullptr, QChar delimiter = {});

// Writes CSV the way spreadsheets read it back: UTF-8 with a byte-order mark, CRLF, quoted when needed.
class CsvWriter {
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace praxis::core
