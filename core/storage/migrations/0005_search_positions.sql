-- The search queue gets positions that only grow: AUTOINCREMENT never hands out a number twice, even
-- after entries are removed. The index, in its own file, records the position it has reached, so that
-- no transaction has to span the library and the index (SQLite does not commit attached write-ahead-log
-- databases atomically), and the indexer never writes to the library. A queued record that changes again
-- is queued anew, at a new position. The index is rebuilt from the records once, so nothing is carried over.
DROP TABLE search_queue;
CREATE TABLE search_queue (
    qid INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL UNIQUE,
    deep INTEGER NOT NULL DEFAULT 0
);
