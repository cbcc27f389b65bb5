// SearchIndex::rebuild(): the whole index from the records, in one transaction.
//
// Two threads share the work. A reader, on a read-only connection of its own, walks every searchable
// record once (one scan per record type, merged in id order), builds its document, and works out its
// tokens (folding and stemming); the calling thread writes documents, facets and the full-text index,
// handing FTS5 the tokens already made. Inside an open transaction (an import that indexes before it
// commits) the reader could not see the new records, so the same work runs on the caller's connection.

#include "search/search_index.h"

#include "attachments/attachment_text.h"
#include "history/change_log.h"
#include "history/clock.h"
#include "history/hybrid_clock.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "search/search_document.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace praxis::core {

namespace {

// FTS5 keeps this much of the new index in memory before writing it out as a segment (1 MiB unless
// told): larger segments mean far less merging while a big index is built.
constexpr int kBuildHashSize = 256 * 1024 * 1024;
constexpr int kBuildCacheKiB = 64 * 1024;
constexpr size_t kBatchSize = 256;
// The new tables are committed in parts, so that the write-ahead log can be copied on the way.
constexpr qint64 kDocumentsPerCommit = 250000;
constexpr size_t kQueuedBatches = 16;
constexpr int kMemoLimit = 100000;
constexpr int kMaxDepth = 16;

// One record's document, ready to write.
struct PreparedDocument {
    QString recordId;
    QString kind;
    SearchDocument doc; // title and body are dropped once tokenized
    QString hash;
    SearchTokenizer::Tokens title;
    SearchTokenizer::Tokens body;
};
using Batch = std::vector<PreparedDocument>;

// A source for one pass over the whole library. Most records have no tags, attachments or custom values:
// the records that have parts of a type at all are read once per part type, so the others cost no query.
// Records and names read for one document (a post's thread and dialogue) are kept for the next.
class BulkSource : public SearchDocumentSource {
public:
    BulkSource(Database &db, const RecordStore &store, const AttachmentTextCache &texts)
        : m_db(db), m_store(store), m_texts(texts) {}

    Result<QList<Record>> parts(const RecordId &owner, const QString &partType) const override
    {
        auto owners = m_owners.find(partType);
        if (owners == m_owners.end()) {
            auto loaded = ownersOf(partType);
            if (!loaded)
                return loaded.error();
            owners = m_owners.insert(partType, *loaded);
        }
        if (owners->has && !owners->ids.contains(owner.toString()))
            return QList<Record>();
        return m_store.parts(owner, partType);
    }

    Result<Record> get(const RecordId &id) const override
    {
        return remembered(m_records, id, [&] { return m_store.get(id); });
    }

    Result<QString> displayName(const RecordId &id) const override
    {
        return remembered(m_names, id, [&] { return m_store.displayName(id); });
    }

    QString attachmentText(const QString &sha256) const override
    {
        auto contents = m_texts.text(sha256);
        return contents ? *contents : QString();
    }

    // Whether a record (not in the trash itself) is searchable: nothing it is a part of is in the trash.
    // The same rule as SearchIndex::isLive, with the owners remembered.
    bool isLive(const Record &record) const
    {
        const RecordTypeDef *def = RecordTypes::find(record.type);
        if (!def || def->parentField.isEmpty() || !record.fields.contains(def->parentField))
            return true;
        return ownerIsLive(record.fields.value(def->parentField).toString(), 1);
    }

private:
    // What was read for an id before, or read now and kept (up to kMemoLimit ids).
    template<typename T, typename Read>
    static T remembered(QHash<QString, T> &memo, const RecordId &id, Read read)
    {
        const QString key = id.toString();
        auto known = memo.constFind(key);
        if (known != memo.cend())
            return *known;
        T value = read();
        if (memo.size() >= kMemoLimit)
            memo.clear();
        memo.insert(key, value);
        return value;
    }

    struct Owners {
        bool has = false; // false: the part type has no owner field, ask the store
        QSet<QString> ids;
    };

    Result<Owners> ownersOf(const QString &partType) const
    {
        Owners out;
        const RecordTypeDef *def = RecordTypes::find(partType);
        if (!def || def->parentField.isEmpty())
            return out;
        auto stmt = m_db.prepare(QStringLiteral("SELECT DISTINCT t.%1 FROM %2 t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL AND t.%1 IS NOT NULL")
                                     .arg(def->parentField, def->name));
        if (!stmt)
            return stmt.error();
        out.has = true;
        if (Status s = stmt->forEach([&](const Statement &row) { out.ids.insert(row.text(0)); }); !s)
            return s.error();
        return out;
    }

    bool ownerIsLive(const QString &id, int depth) const
    {
        if (depth >= kMaxDepth || id.isEmpty())
            return true;
        auto known = m_live.constFind(id);
        if (known != m_live.cend())
            return *known;
        bool live = true;
        auto owner = get(RecordId(id));
        if (!owner) {
            // A dangling owner (an any-type reference to a purged record) does not hide the record.
            live = owner.error().code == ErrorCode::NotFound;
        } else if (owner->isTrashed()) {
            live = false;
        } else {
            const RecordTypeDef *def = RecordTypes::find(owner->type);
            if (def && !def->parentField.isEmpty() && owner->fields.contains(def->parentField))
                live = ownerIsLive(owner->fields.value(def->parentField).toString(), depth + 1);
        }
        if (m_live.size() >= kMemoLimit)
            m_live.clear();
        m_live.insert(id, live);
        return live;
    }

    Database &m_db;
    const RecordStore &m_store;
    const AttachmentTextCache &m_texts;
    mutable QHash<QString, Owners> m_owners;
    mutable QHash<QString, Result<Record>> m_records;
    mutable QHash<QString, Result<QString>> m_names;
    mutable QHash<QString, bool> m_live;
};

// Batches from the reader to the writer, at most kQueuedBatches waiting.
class Channel {
public:
    // False when the writer has stopped taking batches.
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < kQueuedBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // No value once the reader has finished and everything was taken.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

// What the reader found besides the documents.
struct ReadSummary {
    qint64 lastQueued = 0;           // the highest search-queue position the snapshot holds
    std::atomic<qint64> total{-1};   // searchable records, once counted (progress)
};

// Reads every searchable record of the database in id order and hands over batches of prepared documents.
// `sink` returns false to stop.
Status produce(Database &db, const RecordStore &store, const QString &defaultLanguage, const std::atomic_bool *cancel, ReadSummary &summary,
               const std::function<bool(Batch &&)> &sink)
{
    auto last = db.scalar(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_queue'), 0)"));
    if (!last)
        return last.error();
    summary.lastQueued = last->toLongLong();
    QStringList types;
    for (const RecordTypeDef &def : RecordTypes::all()) {
        if (!SearchDocumentBuilder::kindOfType(def.name).isEmpty())
            types << def.name;
    }
    {
        QStringList quoted;
        for (const QString &t : std::as_const(types))
            quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM records WHERE deleted_at IS NULL AND type IN (%1)").arg(quoted.join(QLatin1Char(','))));
        if (!count)
            return count.error();
        summary.total.store(count->toLongLong());
    }
    // The cache is only read here, so the clock it would stamp results with is never consulted.
    const AttachmentTextCache texts(db, *systemClock());
    const BulkSource source(db, store, texts);
    const SearchDocumentBuilder builder(source, defaultLanguage);

    struct Stream {
        std::unique_ptr<RecordScan> scan;
        std::optional<Record> head;
    };
    std::vector<Stream> streams;
    for (const QString &type : std::as_const(types)) {
        auto scan = store.scan(type);
        if (!scan)
            return scan.error();
        Stream s{std::move(scan.value()), std::nullopt};
        auto first = s.scan->next();
        if (!first)
            return first.error();
        s.head = std::move(first.value());
        if (s.head)
            streams.push_back(std::move(s));
    }

    Batch batch;
    batch.reserve(kBatchSize);
    while (!streams.empty()) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("Indexing was stopped."));
        // The record with the lowest id next, as the search queue is drained.
        size_t next = 0;
        for (size_t i = 1; i < streams.size(); ++i) {
            if (streams[i].head->id < streams[next].head->id)
                next = i;
        }
        Stream &stream = streams[next];
        const Record record = std::move(*stream.head);
        auto following = stream.scan->next();
        if (!following)
            return following.error();
        stream.head = std::move(following.value());
        if (!stream.head)
            streams.erase(streams.begin() + qsizetype(next));

        if (!source.isLive(record))
            continue;
        auto doc = builder.build(record);
        if (!doc)
            return SearchIndex::unreadable(doc.error());
        if (!*doc)
            continue;
        PreparedDocument prepared;
        prepared.recordId = record.id.toString();
        prepared.kind = (*doc)->kind;
        prepared.doc = std::move(**doc);
        prepared.hash = prepared.doc.hash();
        const QString marker = SearchTokenizer::languageMarker(prepared.doc.language);
        SearchTokenizer::tokenizeDocument(QString(marker + prepared.doc.title).toStdString(), prepared.title);
        SearchTokenizer::tokenizeDocument(QString(marker + prepared.doc.body).toStdString(), prepared.body);
        prepared.doc.title.clear();
        prepared.doc.body.clear();
        batch.push_back(std::move(prepared));
        if (batch.size() >= kBatchSize) {
            if (!sink(std::move(batch)))
                return {};
            batch = Batch();
            batch.reserve(kBatchSize);
        }
    }
    if (!batch.empty())
        (void)sink(std::move(batch));
    return {};
}

} // namespace

Result<qint64> SearchIndex::rebuild(const std::atomic_bool *cancel, const SearchProgress &progress)
{
    m_frequencies.clear();
    const QString suffix = QLatin1String(kBuildSuffix);
    // Inside a transaction begun by the caller, a second connection would not see its records, and
    // nothing can be committed on the way.
    const bool callerTransaction = m_db.inTransaction();
    const QString path = m_db.path();
    const bool threaded = !callerTransaction && !m_inMemory && !m_readOnly && !path.isEmpty() && path != QLatin1String(":memory:") && QFileInfo::exists(path);

    // The new index is written beside the old one, which serves searches until the new one takes its place.
    // Only the index's own file is written, never the library's.
    auto dropBuild = [&] {
        Transaction cleanup(m_db, Transaction::Kind::Derived);
        if (cleanup.status() && lockIndex() && dropTables(suffix))
            (void)cleanup.commit();
    };
    {
        Transaction tx(m_db, Transaction::Kind::Derived);
        if (!tx.status())
            return tx.status().error();
        if (Status s = lockIndex(); !s)
            return s.error();
        if (Status s = dropTables(suffix); !s)
            return s.error();
        if (Status s = createTables(false, suffix); !s)
            return s.error();
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO search.fts%1 (fts%1, rank) VALUES ('hashsize', %2)").arg(suffix).arg(kBuildHashSize)); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    // Pages written early are read again as segments merge: keep them in memory rather than reading
    // them back from the write-ahead log. The log is copied into the index file by a thread of its own
    // as each part of the work is committed, instead of all at once at the end.
    auto cacheSize = m_db.scalar(QStringLiteral("PRAGMA search.cache_size"));
    auto autoCheckpoint = m_db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"));
    (void)m_db.exec(QStringLiteral("PRAGMA search.cache_size = -%1").arg(kBuildCacheKiB));
    if (threaded)
        (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    struct Restore {
        Database &db;
        QVariant cacheSize;
        QVariant autoCheckpoint;
        ~Restore()
        {
            if (cacheSize.isValid())
                (void)db.exec(QStringLiteral("PRAGMA search.cache_size = %1").arg(cacheSize.toLongLong()));
            if (autoCheckpoint.isValid())
                (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpoint.toLongLong()));
        }
    } restore{m_db, cacheSize ? *cacheSize : QVariant(), autoCheckpoint ? *autoCheckpoint : QVariant()};

    ReadSummary summary;
    qint64 written = 0;
    std::optional<Transaction> part;
    auto write = [&](Batch &&batch) -> Status {
        if (!part) {
            part.emplace(m_db, Transaction::Kind::Derived);
            if (!part->status())
                return part->status();
            if (Status s = lockIndex(); !s)
                return s;
        }
        for (const PreparedDocument &p : batch) {
            const std::vector<const SearchTokenizer::Tokens *> prepared{&p.title, &p.body};
            const SearchTokenizer::PreparedScope scope(prepared);
            if (Status s = writeDocument(p.recordId, p.kind, p.doc, p.hash, p.title.text(), p.body.text(), suffix); !s)
                return s;
        }
        const qint64 before = written;
        written += qint64(batch.size());
        if (written / kDocumentsPerCommit != before / kDocumentsPerCommit) {
            Status s = part->commit();
            part.reset();
            if (!s)
                return s;
        }
        if (progress)
            progress(written, std::max(written, summary.total.load()));
        return {};
    };

    Status writeStatus;
    Status readStatus;
    if (threaded) {
        Channel channel;
        std::thread reader([&] {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db) {
                readStatus = db.error();
                channel.close();
                return;
            }
            // One snapshot for the whole pass: the queue entries it covers are the ones it empties.
            if (Status s = (*db)->exec(QStringLiteral("BEGIN")); !s) {
                readStatus = s;
                channel.close();
                return;
            }
            {
                HybridClock clock(systemClock());
                ChangeLog log(**db, clock, QString(), QString());
                const RecordStore store(**db, log);
                readStatus = produce(**db, store, m_defaultLanguage, cancel, summary, [&](Batch &&b) { return channel.push(std::move(b)); });
            }
            (void)(*db)->exec(QStringLiteral("ROLLBACK"));
            channel.close();
        });
        std::atomic_bool writing{true};
        std::thread checkpointer([&] {
            auto db = Database::open(m_path, Database::Mode::ReadWrite);
            if (!db)
                return; // the writer's own commit copies the log instead
            while (writing.load()) {
                (void)(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        while (auto batch = channel.pop()) {
            if (cancel && cancel->load())
                break;
            if (writeStatus = write(std::move(*batch)); !writeStatus)
                break;
        }
        channel.stop();
        reader.join();
        writing.store(false);
        checkpointer.join();
    } else {
        readStatus = produce(m_db, m_store, m_defaultLanguage, cancel, summary, [&](Batch &&b) {
            writeStatus = write(std::move(b));
            return writeStatus.ok();
        });
    }
    if (writeStatus && readStatus && part) {
        writeStatus = part->commit();
        part.reset();
    }
    part.reset();
    if (writeStatus && readStatus && cancel && cancel->load())
        writeStatus = makeError(ErrorCode::Cancelled, QObject::tr("Indexing was stopped; the index is as it was."));
    if (!writeStatus || !readStatus) {
        dropBuild();
        return !writeStatus ? writeStatus.error() : readStatus.error();
    }

    // The new tables take the old ones' place in one transaction, with the queue position the snapshot
    // reached: later changes are caught up from there. The library itself is not written.
    Transaction swap(m_db, Transaction::Kind::Derived);
    if (!swap.status())
        return swap.status().error();
    if (Status s = lockIndex(); !s)
        return s.error();
    if (Status s = dropTables(); !s)
        return s.error();
    for (const char *table : {"fts", "doc", "doc_facet"}) {
        const QString name = QString::fromLatin1(table);
        if (Status s = m_db.exec(QStringLiteral("ALTER TABLE search.%1%2 RENAME TO %1").arg(name, suffix)); !s)
            return s.error();
    }
    if (Status s = createIndexes(); !s)
        return s.error();
    if (Status s = setState(QStringLiteral("position"), summary.lastQueued); !s)
        return s.error();
    if (Status s = setState(QStringLiteral("built"), 1); !s)
        return s.error();
    if (Status s = swap.commit(); !s)
        return s.error();
    prune();
    m_frequencies.clear();
    return written;
}

} // namespace praxis::core
