#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace praxis::core {

class Clock;
class Database;

// What reading one attached file gave.
struct ExtractedText {
    enum class Status { Ok, Failed, Unsupported };
    Status status = Status::Unsupported;
    QString text; // Ok: the words of the file, one paragraph per line
    QString message; // Failed, Unsupported: why, in words a user understands

    static ExtractedText ok(QString text) { return {Status::Ok, std::move(text), {}}; }
    static ExtractedText failed(QString message) { return {Status::Failed, {}, std::move(message)}; }
    static ExtractedText unsupported(QString message) { return {Status::Unsupported, {}, std::move(message)}; }
};

// Reads the text of one stored file. Runs on worker threads, so it must keep no shared state; it must
// never throw and never crash on a damaged file (it reports Failed instead). The readers of PDF, DOCX, ODT
// and so on need libraries core may not link; they live in app/extract and are passed in.
using TextExtractor = std::function<ExtractedText(const QString &path, const QString &fileName, const QString &mimeType)>;

// A file whose text has not been read yet, or was read by an older extractor.
struct PendingText {
    QString sha256;
    QString fileName; // of one of the attachments holding the file
    QString mimeType;
};

// The cached result for one file.
struct StoredText {
    ExtractedText::Status status = ExtractedText::Status::Unsupported;
    QString message;
    int extractorVersion = 0;
    QString text;
    QString extractedAt; // ISO 8601, UTC
};

// The text of attached files, cached by content hash in `attachment_text` (migration 4). This is derived
// data like the search index: writing it is no change to a record, so it bypasses the record store and
// the change log. Storing a result queues every record that holds the file for re-indexing in the same
// transaction, so the search index picks the text up through its usual queue.
class AttachmentTextCache {
public:
    // Text kept per file, in characters (UTF-16 code units). A search document takes at most this much of
    // each attachment: about 500 pages of prose, which covers the manuals and reports attached in practice
    // while keeping one record's document small enough to index and rank quickly.
    static constexpr qsizetype kMaxChars = 1 << 20;

    AttachmentTextCache(Database &db, const Clock &clock);

    // Files (of attachments not in the trash) with no result, or a result from an extractor older than
    // `extractorVersion`. Ordered by hash; `after` continues from the last hash of the previous page.
    Result<QList<PendingText>> pending(int extractorVersion, int limit, const QString &after = {}) const;
    Result<qint64> pendingCount(int extractorVersion) const;

    Status store(const QString &sha256, const ExtractedText &result, int extractorVersion);
    Result<std::optional<StoredText>> find(const QString &sha256) const;
    // The text read from a file; empty when none was (not yet read, failed or unsupported).
    Result<QString> text(const QString &sha256) const;
    // Drops the results for files no attachment holds any more (their records were purged); a file in
    // the trash keeps its text for when it comes back. Returns how many were dropped.
    Result<qint64> forgetUnattached();

    static QString statusName(ExtractedText::Status status);

private:
    Database &m_db;
    const Clock &m_clock;
};

// What a run of the extraction did.
struct ExtractionSummary {
    qint64 read = 0; // files whose text is now in the cache
    qint64 failed = 0; // damaged, encrypted or unreadable files
    qint64 unsupported = 0; // kinds of file with no reader
    qint64 missing = 0; // files absent from the attachments folder (left pending: they may arrive later)
    QStringList problems; // one line per failed or missing file, with its name
    qint64 total() const { return read + failed + unsupported + missing; }
};

// Reads the text of every pending file with the given extractor and stores each result on its own, so a
// failure or a cancel keeps what was done. Files are read outside any transaction: a slow PDF never
// holds the library's write lock.
class AttachmentTextRunner {
public:
    AttachmentTextRunner(AttachmentTextCache &cache, QString attachmentsFolder, TextExtractor extractor, int extractorVersion);

    Result<ExtractionSummary> run(
        const std::atomic_bool *cancel = nullptr, const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    AttachmentTextCache &m_cache;
    QString m_folder;
    TextExtractor m_extractor;
    int m_version = 0;
};

} // namespace praxis::core
