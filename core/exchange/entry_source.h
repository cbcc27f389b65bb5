#pragma once

#include "exchange/material_entry.h"
#include "storage/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace praxis::core {

class TextInput;

// An entry of a file that was not imported, or was imported with something to say about it.
struct EntryNote {
    int line = 0;  // where the entry starts (1-based); 0 when unknown
    QString key;   // the file's own key for it, when it has one
    QString reason;

    // "line 12 (smith2016): reason"
    QString text() const;
};

// What reading a file found besides its entries.
struct ReadNotes {
    QString format;   // "BibTeX", "RIS", "CSL-JSON", "CSV"
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QList<EntryNote> skipped;  // entries that could not be read, each with its line and why
    QList<EntryNote> warnings; // entries read with something adjusted (an undefined macro, a repeated key, a cut list)
};

// Entries read one at a time from a file, so that a file of any size is read in little memory. A reader
// leaves out an entry it cannot read and notes it (a bad entry is not a bad file); `next` fails only when
// the file is not in the format at all, or cannot be read.
class EntrySource {
public:
    virtual ~EntrySource() = default;
    // The next entry into `entry`: true, or false at the end of the file.
    virtual Result<bool> next(MaterialEntry &entry) = 0;
    // How far reading has come, for progress: in bytes of the file, or in entries.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;

    const ReadNotes &notes() const { return m_notes; }
    ReadNotes &notes() { return m_notes; }

protected:
    ReadNotes m_notes;
};

// A source that reads a text file: its input, its progress in bytes, and the refusal of a file whose
// reading stopped before its end (a file that vanished, a failing disk).
class TextEntrySource : public EntrySource {
public:
    ~TextEntrySource() override;
    qint64 done() const override;
    qint64 total() const override;

protected:
    TextEntrySource(std::unique_ptr<TextInput> input, const QString &format);
    Status readError() const;

    std::unique_ptr<TextInput> m_in;
};

// Entries already in memory (a test's, or the ones a dialog has shown).
class EntryList final : public EntrySource {
public:
    explicit EntryList(QList<MaterialEntry> entries, ReadNotes notes = {});
    Result<bool> next(MaterialEntry &entry) override;
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_entries.size(); }

private:
    QList<MaterialEntry> m_entries;
    qsizetype m_next = 0;
};

// Reads a whole source into a list (small files; tests). Fails as the source fails.
Result<QList<MaterialEntry>> readAll(EntrySource &source);

// The readers of the formats other tools write. Each reads text from a TextInput.
std::unique_ptr<EntrySource> risSource(std::unique_ptr<TextInput> input);
std::unique_ptr<EntrySource> bibtexSource(std::unique_ptr<TextInput> input);
std::unique_ptr<EntrySource> cslJsonSource(std::unique_ptr<TextInput> input);

// Shared by the readers: the note an entry that cannot be read gets, and the refusal of a file that is
// not in the format ("This is not a readable RIS file: line 3: …").
Error notInFormat(const QString &format, int line, QString what);
// Keeps at most ImportLimits::kNamesPerEntry people and organisations, with a warning when more were named.
void capNames(MaterialEntry &entry, ReadNotes &notes);

} // namespace praxis::core
