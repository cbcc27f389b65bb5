#pragma once

#include "records/write_pipeline.h"

#include <QSet>

namespace praxis::core {

class Database;

// The write pipeline's first hook: queues each changed record, and the records it is a part of, for the
// search indexer, in the write's own transaction. Trash and restore queue it deep (its parts' documents
// change too); a part moved to another owner queues the old owner as well.
class SearchQueueHook {
public:
    explicit SearchQueueHook(Database &db)
        : m_db(db)
    {
    }

    Status apply(const Change &change);
    // Within one write a record is queued once; the queue's position only matters between writes.
    void writeEnded() { m_queued.clear(); }

    WriteHook hook();

private:
    Status enqueue(const QString &type, const RecordId &id, const RecordId &parent, bool deep);

    Database &m_db;
    QSet<QString> m_queued;
};

} // namespace praxis::core
