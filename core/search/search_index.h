#pragma once

#include "model/record_id.h"
#include "search/search_query.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <string>
#include <utility>

namespace praxis::core {

class Database;
class Statement;
class StatementLease;
class RecordStore;
struct RecordTypeDef;
struct SearchDocument;

struct SearchHit {
    RecordId id;
    QString kind;     // material, case, dialogue, post, recommendation, memo, person, organisation
    QString title;    // with matches between \x02 and \x03
    QString snippet;  // the best passage of the body, matches marked the same way
    double score = 0; // lower is better (bm25)
};

struct SearchResults {
    QList<SearchHit> hits;
    qint64 total = 0;        // matches; a lower bound when `capped`
    bool capped = false;     // very common terms: ranked among the newest kCandidateCap matches
    ParsedQuery query;
};

struct FacetValue {
    QString value;  // what a filter takes (a code, or a record id for org/person/tag/dialogue)
    QString label;  // what a user reads
    qint64 count = 0;
};

struct FacetGroup {
    QString name;   // kind, type, lang, year, country, region, org, person, tag, topic, dialogue, week
    QList<FacetValue> values;
};

using SearchProgress = std::function<void(qint64 done, qint64 total)>;

// The full-text index in search.sqlite, attached to the library's connection. It covers every record
// type users search (see SearchDocumentBuilder), is kept current from the search queue that every write
// fills in its own transaction, and can be dropped and rebuilt from the records at any time.
//
// Ranking: bm25 with titles weighted 8 times the body. For a query matching more than kCandidateCap
// documents (the most common words), ranking runs on the newest kCandidateCap matches only, so the first
// page stays fast; the results say so (capped) and the count is then a lower bound. Each phrase's
// document frequency (bm25's idf) is counted up to kFrequencyCap and kept until the index changes:
// a word in more than kFrequencyCap documents counts as exactly that common, which leaves the order
// of a one-word query unchanged and still weighs rare words above very common ones.
class SearchIndex {
public:
    static constexpr int kCandidateCap = 5000;
    // Facet counts cover the same matches as the ranking.
    static constexpr int kFacetCap = kCandidateCap;
    static constexpr int kSchemaVersion = 6;
    static constexpr int kFrequencyCap = 20000;

    SearchIndex(Database &db, RecordStore &store, QString path);

    // Attaches (creating when needed) the index and registers the tokenizer. Fails clearly without FTS5.
    // A damaged or foreign index file is moved aside and a new one made (with a notice); on a read-only
    // library an index that cannot be used as it stands is built in memory instead.
    Status open(bool readOnly = false);
    // What the user should hear about the index (moved aside, rebuilt, read-only), each once.
    QStringList takeNotices() { return std::exchange(m_notices, {}); }

    // The index remembers, in its own file, how far into the search queue (kept in the library) it has
    // come; it never relies on one transaction spanning both files, and never takes the library's write
    // lock. Records queued beyond that position are pending.
    Result<qint64> pending() const;
    // drain() for a reader: it never waits for another program. When another program holds the index's
    // write lock, the index is left as it is and searches see it as it stands.
    Status catchUp(const std::atomic_bool *cancel = nullptr, const SearchProgress &progress = {});
    // The index compared with the records: live records it lacks, documents of records that are gone.
    Result<QStringList> verify();
    // Indexes queued records, up to maxRecords (all when 0), in batches; returns how many were processed.
    // An empty index with a long queue (a new or imported library, an index of an older format) is
    // built with rebuild() instead.
    Result<qint64> drain(qint64 maxRecords = 0, const std::atomic_bool *cancel = nullptr, const SearchProgress &progress = {});
    // Indexes all records again, from scratch, in one transaction: until it commits, searches see the
    // old index, and a failure or a cancel leaves the old index as it was. One thread reads the records
    // and works out each document and its tokens while this one writes. Returns the documents written.
    Result<qint64> rebuild(const std::atomic_bool *cancel = nullptr, const SearchProgress &progress = {});
    // A queue at least this long on an empty index is built by rebuild().
    static constexpr qint64 kBulkThreshold = 2000;

    Result<SearchResults> search(const QString &text, int limit = 50, int offset = 0);
    Result<QList<FacetGroup>> facets(const QString &text, int perFacet = 12);
    Result<qint64> documentCount() const;
    // The error of a record that could not be read for indexing, in words.
    static Error unreadable(const Error &error);

private:
    struct Sql;
    Result<SearchResults> runSearch(const QString &text, int limit, int offset);
    Result<QList<FacetGroup>> runFacets(const QString &text, int perFacet);
    // After SQLite reported damage: true when the index file was damaged and has been replaced.
    bool replaceIfDamaged();
    Status attach(const QString &target);
    Status prepareFile();
    Status setAside(const QString &why);
    // The first statement of every transaction that writes the index.
    Status lockIndex();
    Result<QVariant> state(const QString &key) const;
    Status setState(const QString &key, const QVariant &value);
    Result<qint64> position() const;
    // Removes queue entries the index has covered, when the library's write lock is free at once.
    void prune();
    Result<Sql> compile(const ParsedQuery &query) const;
    // Parses and compiles; the parsed query also goes to parsedOut when given.
    Result<Sql> compile(const QString &text, ParsedQuery *parsedOut = nullptr) const;
    // Binds values from `first` on; returns the index after the last.
    static int bindAll(Statement &statement, const QVariantList &values, int first);
    // A cached statement with these values bound.
    Result<StatementLease> bound(const QString &sql, const QVariantList &binds) const;
    // The values of the first row a cached statement gives with these values bound; empty when none.
    Result<QVariantList> firstRow(const QString &sql, const QVariantList &binds) const;
    // Runs a cached statement with these values bound.
    Status execute(const QString &sql, const QVariantList &binds);
    Status narrow(Sql &sql, const QString &column, const QStringList &values) const;
    // The records a filter that names records of this type means (SQL taking the name as ?1x).
    static QString namedRecords(const RecordTypeDef &type);
    // Facets with one value a document, kept in columns of search.doc: type, dialogue, week.
    static const QStringList &columnFacets();
    Status index(const RecordId &id, bool deep, int depth = 0);
    Status removeDocument(const RecordId &id);
    Status removeDocument(qint64 docid);
    // The tables a rebuild fills before they take the place of the index's own.
    static constexpr const char *kBuildSuffix = "_rebuild";
    Status dropTables(const QString &suffix = {});
    Status createTables(bool withIndexes = true, const QString &suffix = {});
    Status createIndexes();
    // Writes a new document; title and body carry the language marker and are UTF-8.
    Status writeDocument(const QString &recordId, const QString &kind, const SearchDocument &doc, const QString &hash, const std::string &title,
                         const std::string &body, const QString &suffix = {});
    Result<bool> isLive(const QString &type, const RecordId &id) const;
    // How many documents hold a phrase of the match expression, up to kFrequencyCap (cached).
    Result<qint64> documentFrequency(const QString &phrase);

    Database &m_db;
    RecordStore &m_store;
    QString m_path;
    bool m_readOnly = false;
    bool m_inMemory = false; // a read-only library's index that could not be used as it stood
    QStringList m_notices;
    QString m_defaultLanguage = QStringLiteral("en");
    QHash<QString, qint64> m_frequencies; // by phrase; emptied whenever documents change
};

} // namespace praxis::core
