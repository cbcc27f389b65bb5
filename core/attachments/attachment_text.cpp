#include "attachments/attachment_text.h"

#include "attachments/attachment_store.h"
#include "history/clock.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QObject>

namespace praxis::core {

namespace {

// The records whose documents show this file: the owners of its live attachments, queued anew at new
// positions so that an indexer that read them before indexes them again.
const QString kQueueOwners = QStringLiteral("INSERT OR REPLACE INTO search_queue (record_id, deep) "
                                            "SELECT DISTINCT a.owner_id, coalesce((SELECT q.deep FROM search_queue q WHERE q.record_id = a.owner_id), 0) "
                                            "FROM attachment a WHERE a.sha256 = ? AND a.owner_id IS NOT NULL");

const QString kPendingFrom = QStringLiteral("FROM attachment a JOIN records r ON r.id = a.id "
                                            "LEFT JOIN attachment_text t ON t.sha256 = a.sha256 "
                                            "WHERE a.sha256 IS NOT NULL AND a.sha256 <> '' AND r.deleted_at IS NULL "
                                            "AND (t.sha256 IS NULL OR t.extractor_version < ?) ");

ExtractedText::Status statusFromName(const QString &name)
{
    if (name == QLatin1String("ok"))
        return ExtractedText::Status::Ok;
    if (name == QLatin1String("failed"))
        return ExtractedText::Status::Failed;
    return ExtractedText::Status::Unsupported;
}

// At most kMaxChars, never ending in half of a surrogate pair, and without NULs (which would cut the text
// short for SQLite's string functions and the tokenizer).
QString bounded(QString text)
{
    if (text.size() > AttachmentTextCache::kMaxChars) {
        qsizetype end = AttachmentTextCache::kMaxChars;
        if (text.at(end - 1).isHighSurrogate())
            --end;
        text.truncate(end);
    }
    text.replace(QChar(0), QLatin1Char(' '));
    return text;
}

} // namespace

AttachmentTextCache::AttachmentTextCache(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString AttachmentTextCache::statusName(ExtractedText::Status status)
{
    switch (status) {
    case ExtractedText::Status::Ok:
        return QStringLiteral("ok");
    case ExtractedText::Status::Failed:
        return QStringLiteral("failed");
    case ExtractedText::Status::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

Result<QList<PendingText>> AttachmentTextCache::pending(int extractorVersion, int limit, const QString &after) const
{
    // One row per file, named after the attachment with the first file name (SQLite takes the bare
    // columns from the row that gave min()).
    auto stmt = m_db.cached(QStringLiteral("SELECT a.sha256, min(a.file_name), a.mime_type ") + kPendingFrom
        + QStringLiteral("AND a.sha256 > ifnull(?, '') GROUP BY a.sha256 ORDER BY a.sha256 LIMIT ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, qint64(extractorVersion)).bind(2, after).bind(3, qint64(limit));
    QList<PendingText> out;
    if (Status s = (*stmt)->forEach([&out](const Statement &row) { out.append({row.text(0), row.text(1), row.text(2)}); }); !s)
        return s.error();
    return out;
}

Result<qint64> AttachmentTextCache::pendingCount(int extractorVersion) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(DISTINCT a.sha256) ") + kPendingFrom, {extractorVersion});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status AttachmentTextCache::store(const QString &sha256, const ExtractedText &result, int extractorVersion)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto upsert = m_db.cached(QStringLiteral(
        "INSERT INTO attachment_text (sha256, status, message, extractor_version, text, extracted_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO UPDATE SET status = excluded.status, message = excluded.message, "
        "extractor_version = excluded.extractor_version, text = excluded.text, extracted_at = excluded.extracted_at"));
    if (!upsert)
        return upsert.error();
    (*upsert)->bind(1, sha256).bind(2, statusName(result.status));
    if (result.message.isEmpty())
        (*upsert)->bindNull(3);
    else
        (*upsert)->bind(3, result.message);
    (*upsert)->bind(4, qint64(extractorVersion));
    if (result.status == ExtractedText::Status::Ok)
        (*upsert)->bind(5, bounded(result.text));
    else
        (*upsert)->bindNull(5);
    (*upsert)->bind(6, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    if (Status s = (*upsert)->run(); !s)
        return s;
    auto queue = m_db.cached(kQueueOwners);
    if (!queue)
        return queue.error();
    (*queue)->bind(1, sha256);
    if (Status s = (*queue)->run(); !s)
        return s;
    return tx.commit();
}

Result<std::optional<StoredText>> AttachmentTextCache::find(const QString &sha256) const
{
    auto stmt = m_db.cached(
        QStringLiteral("SELECT status, message, extractor_version, text, extracted_at FROM attachment_text WHERE sha256 = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<StoredText>();
    StoredText stored;
    stored.status = statusFromName((*stmt)->text(0));
    stored.message = (*stmt)->text(1);
    stored.extractorVersion = int((*stmt)->integer(2));
    stored.text = (*stmt)->text(3);
    stored.extractedAt = (*stmt)->text(4);
    return std::optional<StoredText>(std::move(stored));
}

Result<QString> AttachmentTextCache::text(const QString &sha256) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT text FROM attachment_text WHERE sha256 = ? AND status = 'ok'"), {sha256});
    if (!v)
        return v.error();
    return v->toString();
}

Result<qint64> AttachmentTextCache::forgetUnattached()
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM attachment_text WHERE NOT EXISTS "
                                            "(SELECT 1 FROM attachment a WHERE a.sha256 = attachment_text.sha256)"));
        !s)
        return s.error();
    return qint64(m_db.changes());
}

AttachmentTextRunner::AttachmentTextRunner(
    AttachmentTextCache &cache, QString attachmentsFolder, TextExtractor extractor, int extractorVersion)
    : m_cache(cache)
    , m_folder(std::move(attachmentsFolder))
    , m_extractor(std::move(extractor))
    , m_version(extractorVersion)
{
}

Result<ExtractionSummary> AttachmentTextRunner::run(const std::atomic_bool *cancel, const std::function<void(qint64, qint64)> &progress)
{
    if (!m_extractor)
        return makeError(ErrorCode::Invalid, QObject::tr("This program cannot read the text of attached files."));
    if (auto forgotten = m_cache.forgetUnattached(); !forgotten)
        return forgotten.error();
    auto count = m_cache.pendingCount(m_version);
    if (!count)
        return count.error();
    qint64 total = *count;
    ExtractionSummary summary;
    if (progress)
        progress(0, total);
    constexpr int kPage = 50;
    QString after;
    for (;;) {
        auto page = m_cache.pending(m_version, kPage, after);
        if (!page)
            return page.error();
        for (const PendingText &p : std::as_const(*page)) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled,
                    QObject::tr("Reading the text of attachments was stopped after %1 of %2 files; "
                                "the rest will be read next time.")
                        .arg(summary.total())
                        .arg(total));
            after = p.sha256;
            const QString path = AttachmentStore::blobPath(m_folder, p.sha256);
            if (!QFileInfo::exists(path)) {
                // Left pending: a file still on its way (a sync carries files after records) is read once it arrives.
                ++summary.missing;
                summary.problems << QObject::tr("%1: the file is missing from the library's attachments folder.").arg(p.fileName);
            } else {
                const ExtractedText result = m_extractor(path, p.fileName, p.mimeType);
                if (Status s = m_cache.store(p.sha256, result, m_version); !s)
                    return s.error();
                switch (result.status) {
                case ExtractedText::Status::Ok:
                    ++summary.read;
                    break;
                case ExtractedText::Status::Failed:
                    ++summary.failed;
                    summary.problems << QObject::tr("%1: %2").arg(p.fileName, result.message);
                    qCInfo(lcAttachments) << "no text from" << p.fileName << ":" << result.message;
                    break;
                case ExtractedText::Status::Unsupported:
                    ++summary.unsupported;
                    break;
                }
            }
            total = std::max(total, summary.total()); // files attached while this runs are read too
            if (progress)
                progress(summary.total(), total);
        }
        if (page->size() < kPage)
            break;
    }
    return summary;
}

} // namespace praxis::core
