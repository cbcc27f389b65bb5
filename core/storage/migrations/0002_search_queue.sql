-- Records whose search document must be rebuilt. Written in the same transaction as the change;
-- the search indexer drains it. `seq` grows on every enqueue so a re-queue during indexing is kept.
CREATE TABLE search_queue (
    record_id TEXT PRIMARY KEY NOT NULL,
    seq TEXT NOT NULL,
    deep INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO library_meta (key, value) VALUES ('default_language', 'en')
    ON CONFLICT (key) DO NOTHING;

-- Everything that exists now needs a document.
INSERT INTO search_queue (record_id, seq, deep) SELECT id, '', 0 FROM records;
