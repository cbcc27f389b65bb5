#pragma once

#include "model/record_id.h"
#include "records/record_store.h"
#include "storage/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace praxis::core {

class Database;

struct DocumentSummary {
    QList<RecordId> created;        // in creation order; the first is the top record
    QHash<QString, RecordId> keys;  // local keys given in the document
};

// Writes records described as JSON, with their parts nested, in one transaction: all or nothing.
//
//   {"type": "dialogue", "key": "vd2016", "title": "...", "languages": ["en", "es"],
//    "parts": {"dialogue_phase": [{"title": "Week 1", "parts": {"key_question": [{"text": "..."}]}}]}}
//
// A document is one such object or {"records": [...]}. Inside a part the parent field and, when left
// out, the position are filled in. A reference field may name a record by id or by "@key" of a
// record earlier in the same document. "type" may be omitted when the caller names it.
class RecordDocument {
public:
    RecordDocument(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    Result<DocumentSummary> write(const QJsonObject &document, const QString &type = {},
                                  const CreateOptions &options = {});

private:
    Database &m_db;
    RecordStore &m_store;
};

} // namespace praxis::core
