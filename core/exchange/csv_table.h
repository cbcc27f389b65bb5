#pragma once

#include "exchange/material_entry.h"
#include "storage/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace praxis::core {

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

    Result<QList<MaterialEntry>> apply(const CsvTable &table) const;
};

// Writes CSV the way spreadsheets read it back: UTF-8 with a byte-order mark, CRLF, quoted when needed.
class CsvWriter {
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace praxis::core
