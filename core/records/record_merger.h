#pragma once

#include "model/record_id.h"
#include "storage/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace praxis::core {

class Database;
class RecordStore;

// What a merge changed, enough to take it back exactly.
struct MergeOutcome {
    RecordId kept;
    RecordId merged;  // now in the trash
    struct FieldChange {
        RecordId id;
        QString field;
        QVariant before;
    };
    QList<FieldChange> changes; // in the order they were made
    int movedParts = 0;         // parts and links (authors, attachments, tags, ...) now on the kept record
    int redirected = 0;         // references from other records now pointing at the kept record
};

// Merges two records of one type into the first, keeping every value: empty fields are filled from the
// other, lists are joined, and values that differ are written into the kept record's notes. Parts and
// links (authors, organisations, attachments, tags, collection entries, custom values) move over unless
// the kept record has the same one already; references from elsewhere are redirected. The other record
// goes to the trash, so it can still be restored. All of it in one transaction, through the store.
class RecordMerger {
public:
    RecordMerger(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    Result<MergeOutcome> merge(const RecordId &keep, const RecordId &other);
    // Takes a merge back: the other record out of the trash, every change reverted in reverse order.
    Status undo(const MergeOutcome &outcome);

private:
    Database &m_db;
    RecordStore &m_store;
};

} // namespace praxis::core
