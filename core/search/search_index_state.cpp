// SearchIndex: the index file's life (attach, state, damage) and catching up with the search queue.

#include "model/record_type.h"
#include "records/record_store.h"
#include "search/search_document.h"
#include "search/search_index.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QUrl>

#include <tuple>

namespace praxis::core {

namespace {

const QString kTables = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS search.doc%1 (
    docid INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT,
    year INTEGER,
    type TEXT,
    dialogue TEXT,
    week INTEGER,
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search.doc_facet%1 (
    docid INTEGER NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search.fts%1 USING fts5(title, body, tokenize = 'praxis', prefix = '2');
)");

// Made after the tables are filled when the index is rebuilt (sorting once beats inserting in order).
const QString kIndexes = QStringLiteral(R"(
CREATE UNIQUE INDEX IF NOT EXISTS search.doc_record_idx ON doc(record_id);
CREATE INDEX IF NOT EXISTS search.doc_kind_idx ON doc(kind);
CREATE INDEX IF NOT EXISTS search.doc_type_idx ON doc(type);
CREATE INDEX IF NOT EXISTS search.doc_year_idx ON doc(year);
CREATE INDEX IF NOT EXISTS search.doc_dialogue_idx ON doc(dialogue, week);
CREATE INDEX IF NOT EXISTS search.doc_facet_docid_idx ON doc_facet(docid);
CREATE INDEX IF NOT EXISTS search.doc_facet_value_idx ON doc_facet(facet, value COLLATE NOCASE);
)");

const QString kStateTable = QStringLiteral("CREATE TABLE IF NOT EXISTS search.state (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID");

// "PRXI": an index file of a Praxis library.
constexpr qint32 kIndexApplicationId = 0x50525849;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The highest queue position ever given out in the library, pruned entries included.
const QString kQueueHighWater = QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_queue'), 0)");

} // namespace

Status SearchIndex::attach(const QString &target)
{
    auto stmt = m_db.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, target);
    return stmt->run();
}

// Creates the index file through SQLite (never by hand: the library's own files are SQLite's alone).
Status SearchIndex::prepareFile()
{
    if (QFileInfo(m_path).size() > 0)
        return {};
    auto db = Database::open(m_path, Database::Mode::Create);
    if (!db)
        return makeError(ErrorCode::Io, QObject::tr("The search index %1 cannot be created: %2").arg(native(m_path), db.error().message));
    return (*db)->exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA journal_mode = WAL").arg(kIndexApplicationId));
}

Status SearchIndex::setAside(const QString &why)
{
    (void)m_db.exec(QStringLiteral("DETACH DATABASE search"));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = m_path + QStringLiteral(".set-aside-") + stamp;
    for (const QString &ext : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + ext) && !QFile::rename(m_path + ext, aside + ext))
            return makeError(ErrorCode::Io, QObject::tr("The search index %1 %2 and could not be moved aside.").arg(native(m_path), why));
    }
    m_notices << QObject::tr("The search index %1 and was moved aside (%2); a new one is being built from the records, which stay usable meanwhile.")
                     .arg(why, native(aside));
    qCWarning(lcLibrary) << "search index set aside:" << why << aside;
    return {};
}

Status SearchIndex::open(bool readOnly)
{
    m_readOnly = readOnly;
    if (Status s = SearchTokenizer::registerWith(m_db); !s)
        return s;
    const QString identity = [&] {
        auto id = m_db.scalar(QStringLiteral("SELECT value FROM library_meta WHERE key = 'device_id'"));
        return id && id->isValid() ? id->toString() : QString();
    }();
    // Why the file at m_path cannot serve as this library's index; empty when it can.
    auto unusable = [&]() -> QString {
        auto objects = m_db.scalar(QStringLiteral("SELECT count(*) FROM search.sqlite_master"));
        if (!objects)
            return objects.error().code == ErrorCode::Corrupt ? QObject::tr("was damaged") : QObject::tr("could not be read");
        auto appId = m_db.scalar(QStringLiteral("PRAGMA search.application_id"));
        if (objects->toLongLong() == 0)
            return {};
        if (!appId || (appId->toLongLong() != kIndexApplicationId && appId->toLongLong() != 0))
            return QObject::tr("belongs to another program");
        auto library = m_db.scalar(QStringLiteral("SELECT value FROM search.state WHERE key = 'library'"));
        if (library && library->isValid() && !identity.isEmpty() && library->toString() != identity)
            return QObject::tr("belongs to another library");
        return {};
    };

    if (readOnly) {
        bool usable = false;
        if (QFileInfo(m_path).size() > 0) {
            const bool hasLog = QFileInfo::exists(m_path + QStringLiteral("-wal")) && QFileInfo::exists(m_path + QStringLiteral("-shm"));
            const QString uri = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toEncoded())
                + (hasLog ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1"));
            if (attach(uri)) {
                auto version = m_db.scalar(QStringLiteral("PRAGMA search.user_version"));
                auto built = m_db.scalar(QStringLiteral("SELECT value FROM search.state WHERE key = 'built'"));
                usable = unusable().isEmpty() && version && version->toInt() == kSchemaVersion && built && built->toInt() == 1;
                if (!usable)
                    (void)m_db.exec(QStringLiteral("DETACH DATABASE search"));
            }
        }
        if (!usable) {
            // Built from the records on first use, and gone when the library is closed.
            m_inMemory = true;
            if (Status s = attach(QStringLiteral(":memory:")); !s)
                return s;
            if (Status s = m_db.exec(kStateTable); !s)
                return s;
            if (Status s = createTables(); !s)
                return s;
            m_notices << QObject::tr("The library is read-only and its search index could not be used as it is: searches use an index built in memory.");
        }
    } else {
        if (Status s = prepareFile(); !s)
            return s;
        Status attached = attach(m_path);
        QString why = attached ? unusable() : (attached.error().code == ErrorCode::Corrupt ? QObject::tr("was damaged") : QObject::tr("could not be opened"));
        if (!why.isEmpty()) {
            if (Status s = setAside(why); !s)
                return s;
            if (Status s = prepareFile(); !s)
                return s;
            if (Status s = attach(m_path); !s)
                return makeError(s.error().code, QObject::tr("The search index %1 cannot be opened: %2").arg(native(m_path), s.error().message));
        }
        auto version = m_db.scalar(QStringLiteral("PRAGMA search.user_version"));
        if (!version)
            return version.error();
        auto appId = m_db.scalar(QStringLiteral("PRAGMA search.application_id"));
        auto library = m_db.scalar(QStringLiteral("SELECT value FROM search.state WHERE key = 'library'"));
        auto tables = m_db.scalar(QStringLiteral("SELECT count(*) FROM search.sqlite_master WHERE name IN ('state', 'doc', 'fts', 'doc_facet')"));
        if (!tables)
            return tables.error();
        // Opening writes to the index only when it must: another program may be writing to it right now.
        const bool ready = version->toInt() == kSchemaVersion && appId && appId->toLongLong() == kIndexApplicationId && tables->toInt() == 4
            && (identity.isEmpty() || (library && library->toString() == identity));
        if (!ready) {
            if (Status s = m_db.exec(QStringLiteral("PRAGMA search.journal_mode = WAL")); !s)
                return s;
            Transaction tx(m_db, Transaction::Kind::Derived);
            if (!tx.status())
                return tx.status().error();
            // The first statement writes, so that the lock is waited for rather than refused.
            if (Status s = lockIndex(); !s)
                return s;
            if (version->toInt() != kSchemaVersion) {
                // The index is derived data: another format is dropped and built again.
                (void)dropTables();
                (void)m_db.exec(QStringLiteral("DROP TABLE IF EXISTS search.state"));
            }
            // The tables of a rebuild that was interrupted (the program ended) are left for the next rebuild to
            // clear: another connection may be rebuilding right now.
            if (Status s = m_db.exec(kStateTable); !s)
                return s;
            if (Status s = createTables(); !s)
                return makeError(s.error().code, QObject::tr("The search index could not be created: %1").arg(s.error().message));
            if (Status s = m_db.exec(QStringLiteral("PRAGMA search.application_id = %1").arg(kIndexApplicationId)); !s)
                return s;
            if (!identity.isEmpty()) {
                if (Status s = setState(QStringLiteral("library"), identity); !s)
                    return s;
            }
            if (Status s = tx.commit(); !s)
                return s;
        }
    }
    auto lang = m_db.scalar(QStringLiteral("SELECT value FROM library_meta WHERE key = 'default_language'"));
    if (lang && lang->isValid())
        m_defaultLanguage = lang->toString();
    return {};
}

Status SearchIndex::lockIndex()
{
    // A write of the format number the index has (or is given): it takes the index's write lock, and
    // waits for it, before anything is read in the transaction.
    return m_db.exec(QStringLiteral("PRAGMA search.user_version = %1").arg(kSchemaVersion));
}

Result<QVariant> SearchIndex::state(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM search.state WHERE key = ?"), {key});
}

Status SearchIndex::setState(const QString &key, const QVariant &value)
{
    auto stmt = m_db.cached(QStringLiteral("INSERT INTO search.state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key).bindVariant(2, value);
    return (*stmt)->run();
}

Result<qint64> SearchIndex::position() const
{
    auto v = state(QStringLiteral("position"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status SearchIndex::dropTables(const QString &suffix)
{
    for (const char *table : {"fts", "doc", "doc_facet"}) {
        if (Status s = m_db.exec(QStringLiteral("DROP TABLE IF EXISTS search.%1%2").arg(QString::fromLatin1(table), suffix)); !s)
            return s;
    }
    return {};
}

Status SearchIndex::createTables(bool withIndexes, const QString &suffix)
{
    if (Status s = m_db.exec(QString(kTables).arg(suffix)); !s)
        return s;
    return withIndexes ? createIndexes() : Status();
}

Status SearchIndex::createIndexes()
{
    return m_db.exec(kIndexes);
}

Result<qint64> SearchIndex::pending() const
{
    auto pos = position();
    if (!pos)
        return pos.error();
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM search_queue WHERE qid > ?"), {*pos});
    if (!v)
        return v.error();
    return v->toLongLong();
}

void SearchIndex::prune()
{
    if (m_readOnly || m_db.inTransaction() || m_db.writeRefusal())
        return;
    auto pos = position();
    if (!pos || *pos == 0)
        return;
    auto left = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_queue WHERE qid <= ?)"), {*pos});
    if (!left || left->toInt() == 0)
        return;
    // Tidying only: another program writing now keeps the entries for a later pass.
    const int wait = m_db.busyTimeout();
    m_db.setBusyTimeout(0);
    {
        Transaction tx(m_db);
        if (tx.status()) {
            auto stmt = m_db.prepare(QStringLiteral("DELETE FROM search_queue WHERE qid <= ?"));
            if (stmt) {
                stmt->bind(1, *pos);
                if (stmt->run())
                    (void)tx.commit();
            }
        }
    }
    m_db.setBusyTimeout(wait);
}

Result<qint64> SearchIndex::drain(qint64 maxRecords, const std::atomic_bool *cancel, const SearchProgress &progress)
{
    m_frequencies.clear();
    auto built = state(QStringLiteral("built"));
    if (!built)
        return built.error();
    auto pos = position();
    if (!pos)
        return pos.error();
    auto highWater = m_db.scalar(kQueueHighWater);
    if (!highWater)
        return highWater.error();
    // Never built, or ahead of the library (the library was put back to an older state): from scratch.
    if (built->toInt() != 1 || *pos > highWater->toLongLong())
        return rebuild(cancel, progress);
    auto total = pending();
    if (!total)
        return total.error();
    if (m_readOnly && !m_inMemory) {
        // The index on a read-only medium serves as it stands.
        if (*total > 0)
            m_notices << QObject::tr("The library is read-only and its search index lacks the latest %n change(s): searches may miss them.", nullptr, int(*total));
        return 0;
    }
    const qint64 goal = maxRecords > 0 ? std::min(maxRecords, *total) : *total;
    qint64 done = 0;
    constexpr int kBatch = 500;
    while (done < goal) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("Indexing was stopped; %1 records remain queued.").arg(goal - done));
        // Only the index's file is written, in a transaction of its own; the write comes first so that
        // the queue is read in the same snapshot as the position.
        Transaction tx(m_db, Transaction::Kind::Derived);
        if (!tx.status())
            return tx.status().error();
        if (Status s = lockIndex(); !s)
            return s.error();
        auto from = position();
        if (!from)
            return from.error();
        auto batch = m_db.prepare(QStringLiteral("SELECT qid, record_id, deep FROM search_queue WHERE qid > ? ORDER BY qid LIMIT %1").arg(kBatch));
        if (!batch)
            return batch.error();
        batch->bind(1, *from);
        QList<std::tuple<qint64, QString, bool>> items;
        if (Status s = batch->forEach([&](const Statement &row) { items.append({row.integer(0), row.text(1), row.integer(2) != 0}); }); !s)
            return s.error();
        batch = Statement();
        if (items.isEmpty())
            break;
        for (const auto &[qid, id, deep] : items) {
            if (Status s = index(RecordId(id), deep); !s)
                return unreadable(s.error());
        }
        if (Status s = setState(QStringLiteral("position"), std::get<0>(items.last())); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        done += items.size();
        if (progress)
            progress(std::min(done, goal), goal);
    }
    prune();
    return done;
}

Status SearchIndex::catchUp(const std::atomic_bool *cancel, const SearchProgress &progress)
{
    const int wait = m_db.busyTimeout();
    m_db.setBusyTimeout(250);
    auto done = drain(0, cancel, progress);
    m_db.setBusyTimeout(wait);
    if (!done && done.error().code == ErrorCode::Busy) {
        m_notices << QObject::tr("Another program is writing to the library; the search index is caught up once it has finished.");
        return {};
    }
    if (!done)
        return done.error();
    return {};
}

bool SearchIndex::replaceIfDamaged()
{
    if (m_inMemory)
        return false;
    auto check = m_db.scalar(QStringLiteral("PRAGMA search.quick_check(1)"));
    if (check && check->toString() == QLatin1String("ok"))
        return false;
    if (m_readOnly)
        return false;
    if (!setAside(QObject::tr("was damaged")) || !prepareFile() || !attach(m_path))
        return false;
    Transaction tx(m_db, Transaction::Kind::Derived);
    if (!tx.status() || !lockIndex() || !m_db.exec(kStateTable) || !createTables() || !tx.commit())
        return false;
    return drain().ok();
}

Result<SearchResults> SearchIndex::search(const QString &text, int limit, int offset)
{
    auto results = runSearch(text, limit, offset);
    if (!results && results.error().code == ErrorCode::Corrupt && replaceIfDamaged())
        return runSearch(text, limit, offset);
    return results;
}

Result<QList<FacetGroup>> SearchIndex::facets(const QString &text, int perFacet)
{
    auto groups = runFacets(text, perFacet);
    if (!groups && groups.error().code == ErrorCode::Corrupt && replaceIfDamaged())
        return runFacets(text, perFacet);
    return groups;
}

Result<QStringList> SearchIndex::verify()
{
    QStringList problems;
    if (Status s = catchUp(); !s)
        problems << QObject::tr("the index could not catch up with the records: %1").arg(s.error().message);
    auto pos = position();
    if (!pos)
        return pos.error();
    QStringList kinds;
    for (const RecordTypeDef &def : RecordTypes::all()) {
        if (!SearchDocumentBuilder::kindOfType(def.name).isEmpty())
            kinds << QLatin1Char('\'') + def.name + QLatin1Char('\'');
    }
    // Live records of searchable types with no document, that no queue entry still waits for.
    auto missing = m_db.prepare(QStringLiteral("SELECT r.id, r.type FROM records r LEFT JOIN search.doc d ON d.record_id = r.id "
                                               "WHERE r.type IN (%1) AND r.deleted_at IS NULL AND d.docid IS NULL "
                                               "AND NOT EXISTS (SELECT 1 FROM search_queue q WHERE q.record_id = r.id AND q.qid > ?)")
                                    .arg(kinds.join(QLatin1Char(','))));
    if (!missing)
        return missing.error();
    missing->bind(1, *pos);
    QList<std::pair<QString, QString>> candidates; // id, type
    if (Status s = missing->forEach([&](const Statement &row) { candidates.append({row.text(0), row.text(1)}); }); !s)
        return s.error();
    qint64 lacking = 0;
    QString example;
    for (const auto &[id, type] : std::as_const(candidates)) {
        auto live = isLive(type, RecordId(id));
        if (!live)
            return live.error();
        if (*live && lacking++ == 0)
            example = id;
    }
    if (lacking > 0)
        problems << QObject::tr("Search index: %n record(s) cannot be found by search (for example %1); run  praxis-cli reindex", nullptr, int(lacking)).arg(example);
    // Documents of records that are gone or in the trash.
    auto extra = m_db.scalar(QStringLiteral("SELECT count(*) FROM search.doc d LEFT JOIN records r ON r.id = d.record_id "
                                            "WHERE (r.id IS NULL OR r.deleted_at IS NOT NULL) "
                                            "AND NOT EXISTS (SELECT 1 FROM search_queue q WHERE q.record_id = d.record_id AND q.qid > ?)"),
                             {*pos});
    if (!extra)
        return extra.error();
    if (extra->toLongLong() > 0)
        problems << QObject::tr("Search index: %n document(s) belong to records that are gone or in the trash; run  praxis-cli reindex", nullptr, int(extra->toLongLong()));
    return problems;
}

} // namespace praxis::core
