#pragma once

#include "exchange/entry_source.h"
#include "exchange/material_entry.h"
#include "model/record_id.h"
#include "storage/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace praxis::core {

class Database;
class RecordStore;
class SearchIndex;

// What to do with an incoming material that resembles one already there (or an earlier row of the file).
enum class DuplicatePolicy {
    Add,   // add it anyway
    Skip,  // leave it out
    Merge, // fill the existing record's empty fields, join lists, add missing people and organisations
};

// What became of one incoming record.
struct ImportedRecord {
    enum class Outcome { Imported, Merged, Skipped };
    Outcome outcome = Outcome::Imported;
    QString where;        // "line 12 (smith2016)"
    QString title;
    RecordId id;          // the record created or merged into
    QString reason;       // why skipped or merged; notes on what was adjusted
};

struct ImportOptions {
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    bool dryRun = false;
    // Refuse the whole file when any entry cannot be read or is refused (and import nothing).
    bool strict = false;
};

struct ImportReport {
    int imported = 0;
    int merged = 0;
    int skipped = 0;    // resembling records left out, and entries the model refused
    int unreadable = 0; // entries the reader could not read (listed in read.skipped)
    bool dryRun = false;
    ReadNotes read;     // the file's format and encoding, its unreadable entries and warnings
    QList<ImportedRecord> records;
    QString summary() const;
};

// Writes material entries read from a file into the library in one transaction: every entry is
// checked first, resemblance to existing records and to earlier rows is looked for before adding, and
// people and organisations are linked to the records of the same name when there are any. A cancel, a
// refused write or a full disk leaves the library as it was.
class MaterialImporter {
public:
    MaterialImporter(Database &db, RecordStore &store, SearchIndex &index) : m_db(db), m_store(store), m_index(index) {}

    // Reads the source to its end, importing as it goes; the whole import is one transaction.
    Result<ImportReport> run(EntrySource &source, const ImportOptions &options, const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64 done, qint64 total)> &progress = {});
    Result<ImportReport> run(const QList<MaterialEntry> &entries, DuplicatePolicy policy, bool dryRun = false,
                             const std::atomic_bool *cancel = nullptr, const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    RecordStore &m_store;
    SearchIndex &m_index;
};

} // namespace praxis::core
