#include "search/search_index.h"

#include "attachments/attachment_text.h"
#include "history/clock.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "search/search_document.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"
#include "storage/logging.h"

namespace praxis::core {

// Writing the index: the document of one record, kept current as records change. Searching is in
// search_index_query.cpp, the index file and its state in search_index_state.cpp, the bulk build in
// search_rebuild.cpp.

SearchIndex::SearchIndex(Database &db, RecordStore &store, QString path)
    : m_db(db)
    , m_store(store)
    , m_path(std::move(path))
{
}

const QStringList &SearchIndex::columnFacets()
{
    // In the order of their columns in search.doc.
    static const QStringList names{QStringLiteral("type"), QStringLiteral("dialogue"), QStringLiteral("week")};
    return names;
}

int SearchIndex::bindAll(Statement &statement, const QVariantList &values, int first)
{
    int i = first;
    for (const QVariant &v : values)
        statement.bindVariant(i++, v);
    return i;
}

Result<StatementLease> SearchIndex::bound(const QString &sql, const QVariantList &binds) const
{
    auto stmt = m_db.cached(sql);
    if (stmt)
        bindAll(**stmt, binds, 1);
    return stmt;
}

Result<QVariantList> SearchIndex::firstRow(const QString &sql, const QVariantList &binds) const
{
    auto stmt = bound(sql, binds);
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    QVariantList values;
    for (int c = 0; *row && c < (*stmt)->columnCount(); ++c)
        values << (*stmt)->value(c);
    return values;
}

Status SearchIndex::execute(const QString &sql, const QVariantList &binds)
{
    auto stmt = bound(sql, binds);
    if (!stmt)
        return stmt.error();
    return (*stmt)->run();
}

Error SearchIndex::unreadable(const Error &error)
{
    // Busy, read-only, damaged, a full disk: their words already say what happened and what to do.
    if (error.code != ErrorCode::Storage)
        return error;
    qCWarning(lcStorage) << "indexing failed:" << error.message;
    return makeError(ErrorCode::Storage, QObject::tr("The search index could not read all of a record, so it left the record's entry as it "
                                                     "was; it tries again the next time it is brought up to date."));
}

Result<qint64> SearchIndex::documentCount() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM search.doc"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> SearchIndex::isLive(const QString &type, const RecordId &id) const
{
    // A record is searchable when neither it nor anything it is a part of is in the trash.
    QString currentType = type;
    RecordId current = id;
    for (int depth = 0; depth < 16 && !current.isNull(); ++depth) {
        const RecordTypeDef *def = RecordTypes::find(currentType);
        if (!def)
            return false;
        const QString parentColumn = def->parentField.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("t.") + def->parentField;
        auto row = firstRow(QStringLiteral("SELECT r.deleted_at IS NULL, %1 FROM %2 t JOIN records r ON r.id = t.id WHERE t.id = ?")
                                .arg(parentColumn, def->name),
                            {current.toString()});
        if (!row)
            return row.error();
        if (row->isEmpty() || row->at(0).toLongLong() == 0)
            return false;
        if (!row->at(1).isValid())
            return true;
        current = RecordId(row->at(1).toString());
        auto t = m_store.typeOf(current);
        if (!t)
            return true; // a dangling owner of a link (any-type reference) does not hide the record
        currentType = *t;
    }
    return true;
}

Status SearchIndex::removeDocument(const RecordId &id)
{
    auto found = m_db.scalar(QStringLiteral("SELECT docid FROM search.doc WHERE record_id = ?"), {id.toString()});
    if (!found)
        return found.error();
    return found->isValid() ? removeDocument(found->toLongLong()) : Status();
}

Status SearchIndex::removeDocument(qint64 docid)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM search.fts WHERE rowid = ?"), QStringLiteral("DELETE FROM search.doc_facet WHERE docid = ?"),
                               QStringLiteral("DELETE FROM search.doc WHERE docid = ?")}) {
        if (Status s = execute(sql, {docid}); !s)
            return s;
    }
    return {};
}

Status SearchIndex::index(const RecordId &id, bool deep, int depth)
{
    auto record = m_store.get(id);
    if (!record)
        return record.error().code == ErrorCode::NotFound ? removeDocument(id) : Status(record.error());
    const QString kind = SearchDocumentBuilder::kindOfType(record->type);
    const RecordTypeDef *def = RecordTypes::find(record->type);
    if (kind.isEmpty() && !deep) {
        // A part: its text lives in its owner's document.
        if (def && depth < 16 && !def->parentField.isEmpty() && record->fields.contains(def->parentField))
            return index(RecordId(record->fields.value(def->parentField).toString()), false, depth + 1);
        return {};
    }
    auto live = isLive(record->type, id);
    if (!live)
        return live.error();
    if (kind.isEmpty()) {
        // Reached while walking down from a trashed or restored owner: only its parts have documents.
    } else if (!*live) {
        if (Status s = removeDocument(id); !s)
            return s;
    } else {
        // The cache is only read here, so the clock it would stamp results with is never consulted.
        const AttachmentTextCache texts(m_db, *systemClock());
        const StoreDocumentSource source(m_store, &texts);
        SearchDocumentBuilder builder(source, m_defaultLanguage);
        auto doc = builder.build(*record);
        if (!doc)
            return doc.error();
        const QString hash = (*doc)->hash();
        auto found = firstRow(QStringLiteral("SELECT docid, hash FROM search.doc WHERE record_id = ?"), {id.toString()});
        if (!found)
            return found.error();
        const bool exists = !found->isEmpty();
        const qint64 oldDocid = exists ? found->at(0).toLongLong() : 0;
        const QString oldHash = exists ? found->at(1).toString() : QString();
        if (!exists || oldHash != hash) { // unchanged text is skipped
            if (exists) {
                if (Status s = removeDocument(oldDocid); !s)
                    return s;
            }
            const QString marker = SearchTokenizer::languageMarker((*doc)->language);
            if (Status s = writeDocument(id.toString(), kind, **doc, hash, QString(marker + (*doc)->title).toStdString(), QString(marker + (*doc)->body).toStdString()); !s)
                return s;
            // Names of people and organisations appear in other records' documents, which are written
            // again in the same pass: the indexer writes nothing but the index.
            if (exists && def && def->namedElsewhere) {
                QStringList referrers;
                for (const auto &[refDef, refField] : RecordTypes::referencesTo(record->type)) {
                    auto refs = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(refDef->name, refField->name));
                    if (!refs)
                        return refs.error();
                    refs->bind(1, id.toString());
                    if (Status s = refs->forEach([&](const Statement &row) { referrers << row.text(0); }); !s)
                        return s;
                }
                for (const QString &referrer : std::as_const(referrers)) {
                    if (referrer != id.toString() && depth < 16) {
                        if (Status s = index(RecordId(referrer), false, depth + 1); !s)
                            return s;
                    }
                }
            }
        }
    }
    if (deep) {
        // Trash and restore of an owner reach the documents of its parts (a dialogue's posts).
        for (const RecordTypeDef *partType : RecordTypes::partsOf(record->type)) {
            auto parts = m_store.parts(id, partType->name);
            if (!parts)
                return parts.error();
            for (const Record &p : *parts) {
                if (!SearchDocumentBuilder::kindOfType(p.type).isEmpty() || !RecordTypes::partsOf(p.type).isEmpty()) {
                    if (Status s = index(p.id, true, depth + 1); !s)
                        return s;
                }
            }
        }
    }
    return {};
}

Status SearchIndex::writeDocument(const QString &recordId, const QString &kind, const SearchDocument &doc, const QString &hash, const std::string &title,
                                  const std::string &body, const QString &suffix)
{
    // Single-valued filters live in columns: checking them costs no extra lookup per match, and their
    // facet counts are taken from there too.
    QVariant type, dialogue, week;
    for (const auto &[facet, value] : std::as_const(doc.facets)) {
        if (facet == QLatin1String("type"))
            type = value;
        else if (facet == QLatin1String("dialogue"))
            dialogue = value;
        else if (facet == QLatin1String("week"))
            week = value.toLongLong();
    }
    auto insertDoc = m_db.cached(QStringLiteral("INSERT INTO search.doc%1 (record_id, kind, lang, year, type, dialogue, week, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(suffix));
    if (!insertDoc)
        return insertDoc.error();
    (*insertDoc)->bind(1, recordId).bind(2, kind).bind(3, doc.language).bindVariant(4, doc.year ? QVariant(doc.year) : QVariant());
    (*insertDoc)->bindVariant(5, type).bindVariant(6, dialogue).bindVariant(7, week).bind(8, hash);
    if (Status s = (*insertDoc)->run(); !s)
        return s;
    const qint64 docid = m_db.lastInsertRowId();
    auto insertText = m_db.cached(QStringLiteral("INSERT INTO search.fts%1 (rowid, title, body) VALUES (?, ?, ?)").arg(suffix));
    if (!insertText)
        return insertText.error();
    (*insertText)->bind(1, docid).bindUtf8(2, title).bindUtf8(3, body);
    if (Status s = (*insertText)->run(); !s)
        return s;
    auto insertFacet = m_db.cached(QStringLiteral("INSERT INTO search.doc_facet%1 (docid, facet, value) VALUES (?, ?, ?)").arg(suffix));
    if (!insertFacet)
        return insertFacet.error();
    for (const auto &[facet, value] : std::as_const(doc.facets)) {
        if (value.isEmpty() || columnFacets().contains(facet))
            continue;
        (*insertFacet)->reset();
        (*insertFacet)->bind(1, docid).bind(2, facet).bind(3, value);
        if (Status s = (*insertFacet)->run(); !s)
            return s;
    }
    return {};
}

} // namespace praxis::core
