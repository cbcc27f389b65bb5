-- Text read out of attached files (PDF, DOCX, ODT, HTML, plain text) for the search index, keyed by the
-- file's content hash: the same file attached to several records is read once. Like search.sqlite this is
-- derived data, rebuilt from the files at any time, and not a change to any record: it is written outside
-- the change log and never synced. `extractor_version` lets a newer reader redo what an older one read
-- (or failed on, or could not read at all).
CREATE TABLE attachment_text (
    sha256 TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'unsupported')),
    message TEXT,
    extractor_version INTEGER NOT NULL,
    text TEXT,
    extracted_at TEXT NOT NULL
) WITHOUT ROWID;

-- Finding the attachments (and so the owners) that hold one file.
CREATE INDEX attachment_sha256_idx ON attachment(sha256);
