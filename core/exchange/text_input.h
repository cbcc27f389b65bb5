#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace praxis::core {

// How far one file, one entry and one value may grow while it is read. A file past these is not read
// further; an entry or value past them is reported and left out, so that a hostile file (macros that
// double themselves, one line of a gigabyte) cannot exhaust memory or time.
struct ImportLimits {
    static constexpr qint64 kFileBytes = qint64(4) << 30;  // 4 GiB
    static constexpr qsizetype kLineChars = 4 << 20;       // one line, in characters
    static constexpr qsizetype kEntryChars = 8 << 20;      // one entry's text
    static constexpr qsizetype kValueChars = 1 << 20;      // one field's value, macros expanded
    static constexpr int kNamesPerEntry = 1000;            // authors, editors and organisations of one entry
    static constexpr int kCellsPerRow = 10000;             // CSV cells in one row
};

// Bytes as text in one of the encodings TextInput names ("UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252");
// a byte-order mark is dropped.
QString decodeText(const QByteArray &bytes, const QString &encoding);

// A text file read line by line in its own encoding, without holding the file in memory: UTF-8 (with or
// without a byte-order mark), UTF-16 with a byte-order mark, or Windows-1252 when the start of the file
// is not UTF-8 (older Mendeley, EndNote, JabRef and Excel files). Only regular files are read: a named
// pipe, a device or a folder is refused before anything is read.
class TextInput {
public:
    // The encoding a file's first bytes say or suggest: "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    static QString detectEncoding(const QByteArray &head);
    // Opens `path` for `formatName` ("BibTeX": used in messages). `encoding` overrides the detection.
    static Result<std::unique_ptr<TextInput>> openFile(const QString &path, const QString &formatName, const QString &encoding = {});
    static std::unique_ptr<TextInput> fromBytes(const QByteArray &bytes, const QString &encoding = {});
    // The first bytes of a regular file (for detecting its format), or an error in words.
    static Result<QByteArray> head(const QString &path, qint64 bytes = 65536);

    ~TextInput();
    TextInput(const TextInput &) = delete;
    TextInput &operator=(const TextInput &) = delete;

    // The next line without its line break (LF, CRLF or CR); false at the end. A line longer than
    // ImportLimits::kLineChars is cut there and `lineCut()` is true for it.
    bool readLine(QString &line);
    // The line number of the line readLine gave last (1-based).
    // Up to `chars` characters from where reading stands, without reading them (to detect a delimiter).
    QString peek(qsizetype chars);
    int lineNumber() const { return m_line; }
    bool lineCut() const { return m_cut; }
    bool atEnd() const;
    // An I/O error met while reading (a file that vanished or a disk that failed), in words; empty if none.
    QString error() const { return m_error; }

    QString encoding() const { return m_encoding; }
    // Whether bytes that are not valid in the encoding were met (they read as U+FFFD), and the first line.
    int firstInvalidLine() const { return m_invalidLine; }
    qint64 bytesRead() const;
    qint64 size() const { return m_size; }

private:
    TextInput(std::unique_ptr<QIODevice> device, QByteArray pending, QString encoding, qint64 size);
    bool fill();

    std::unique_ptr<QIODevice> m_device;
    QByteArray m_pendingBytes; // read but not yet decoded (the sniffed head)
    QString m_encoding;
    QStringDecoder m_decoder;
    bool m_windows1252 = false;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_cut = false;
    bool m_first = true;
    int m_line = 0;
    int m_invalidLine = 0;
    qint64 m_size = 0;
    qint64 m_consumed = 0;
    QString m_error;
};

} // namespace praxis::core
