#pragma once

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

struct ImportReport {
    int imported = 0;
    int merged = 0;
    int skipped = 0;
    bool dryRun = false;
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

    Result<ImportReport> run(const QList<MaterialEntry> &entries, DuplicatePolicy policy, bool dryRun = false,
                             const std::atomic_bool *cancel = nullptr, const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    RecordStore &m_store;
    SearchIndex &m_index;
};

} // namespace praxis::core
