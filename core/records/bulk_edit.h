#pragma once

#include "model/custom_fields.h"
#include "model/record_id.h"
#include "storage/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace praxis::core {

class Database;
class RecordStore;

// What a bulk edit does to each record.
enum class BulkOperation {
    Set,    // the field takes the value (for lists: the list becomes the value)
    Add,    // a list gains the value; a tag is put on
    Remove, // a list loses the value; a tag is taken off
    Clear,  // the field is emptied
};

// One bulk edit, as done, so it can be taken back exactly.
struct BulkEditOutcome {
    struct Change {
        RecordId id;
        QString field;     // a field of the record, "custom:NAME", "@tag" or "@collection"
        QVariant before;
        RecordId link;     // for tags and collections: the link created, or the one moved to the trash
        bool created = false;
    };
    QList<Change> changes;
    int recordsChanged = 0;
};

// Changes one field (a model field, a custom field, or the tags) of many records in one transaction:
// all of them or, when one is refused, none.
class BulkEditor {
public:
    BulkEditor(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    // `target`: a field name, "custom:NAME", "@tag" (value: the tag's id) or "@collection" (value: a manual
    // collection's id; Add puts the records in it, Remove takes them out).
    Result<BulkEditOutcome> apply(const QList<RecordId> &ids, const QString &target, BulkOperation op, const QVariant &value);
    Status undo(const BulkEditOutcome &outcome);

private:
    Database &m_db;
    RecordStore &m_store;
};

} // namespace praxis::core
